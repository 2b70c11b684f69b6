# unichr for ASCII code points behaves like chr when printed; ord inverts both.
print unichr(65), unichr(97) + unichr(98)
print ord(unichr(120)), ord('A'), ord(chr(255))
print ''.join([unichr(c) for c in range(72, 76)])
print unichr(48) == '0', len(unichr(33))
# expect: A ab
# expect: 120 65 255
# expect: HIJK
# expect: True 1
