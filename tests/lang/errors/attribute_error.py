# AttributeError on a user class instance.
class Account(object):
    def __init__(self, owner):
        self.owner = owner

def report(acct):
    return acct.owner + ': ' + str(acct.balance)

def main():
    a = Account('ann')
    print report(a)

main()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/attribute_error.py", line 13, in <module>
# expect stderr:     main()
# expect stderr:   File "tests/lang/errors/attribute_error.py", line 11, in main
# expect stderr:     print report(a)
# expect stderr:   File "tests/lang/errors/attribute_error.py", line 7, in report
# expect stderr:     return acct.owner + ': ' + str(acct.balance)
# expect stderr: AttributeError: 'Account' object has no attribute 'balance'
# expect exit: 1
