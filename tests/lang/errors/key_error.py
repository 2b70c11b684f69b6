# Uncaught KeyError.
def lookup(table, key):
    return table[key]

def main():
    prices = {'apple': 3}
    print lookup(prices, 'apple')
    print lookup(prices, 'pear')

main()
# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/key_error.py", line 10, in <module>
# expect stderr:     main()
# expect stderr:   File "tests/lang/errors/key_error.py", line 8, in main
# expect stderr:     print lookup(prices, 'pear')
# expect stderr:   File "tests/lang/errors/key_error.py", line 3, in lookup
# expect stderr:     return table[key]
# expect stderr: KeyError: 'pear'
# expect exit: 1
