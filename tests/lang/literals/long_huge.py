# Huge integer literals are converted in subquadratic time (a 10^5-digit
# literal used to take seconds in the tokenizer).
n = eval('9' * 100000)
print len(str(n)), n % 1000, n == 10 ** 100000 - 1
h = eval('0x' + 'f' * 50000 + 'L')
print h == 16 ** 50000 - 1, h % 1000
o = eval('0' + '7' * 30000)
print o == 8 ** 30000 - 1
b = eval('0b' + '1' * 70000)
print b == 2 ** 70000 - 1
print eval('0L'), eval('00L'), eval('0x0L'), eval('017L'), eval('-' + '9' * 30)
# expect: 100000 999 True
# expect: True 375
# expect: True
# expect: True
# expect: 0 0 0 15 -999999999999999999999999999999
