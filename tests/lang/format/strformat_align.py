# Format spec: fill and alignment for strings and numbers.
print '[{:<8}][{:>8}][{:^8}]'.format('ab', 'ab', 'ab')
print '[{:*<7}][{:->7}][{:_^7}]'.format('x', 'x', 'x')
print '[{:^6}]'.format('abc')
print '[{:<6}][{:>6}][{:^6}][{:=6}]'.format(42, 42, 42, -42)
print '[{:0=8}][{:x=+8}]'.format(-3, 3)
print '[{:5}][{:5}]'.format('ab', 12)
print '[{:.2}][{:8.3}]'.format('abcdef', 'abcdef')
# expect: [ab      ][      ab][   ab   ]
# expect: [x******][------x][___x___]
# expect: [ abc  ]
# expect: [42    ][    42][  42  ][-   42]
# expect: [-0000003][+xxxxxx3]
# expect: [ab   ][   12]
# expect: [ab][abc     ]
