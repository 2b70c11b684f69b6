# str.translate with a 256-character table, with None and with characters to delete.
table = ''.join([chr(i) for i in range(256)])
upper_vowels = list(table)
for c in 'aeiou':
    upper_vowels[ord(c)] = c.upper()
upper_vowels = ''.join(upper_vowels)
print 'translate this sentence'.translate(upper_vowels)
print 'remove the vowels'.translate(None, 'aeiou')
print 'a-b_c d'.translate(table, '-_ ')
try:
    'abc'.translate('short')
except ValueError, e:
    print 'ValueError:', e
# expect: trAnslAtE thIs sEntEncE
# expect: rmv th vwls
# expect: abcd
# expect: ValueError: translation table must be 256 characters long
