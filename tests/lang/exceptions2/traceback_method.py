# A traceback through methods and a property shows each function's name and line.
class Account(object):
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        return self._check(amount)

    def _check(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: %d > %d' % (amount, self.balance))
        return amount

    @property
    def everything(self):
        return self.withdraw(self.balance + 1)

a = Account(10)
print a.withdraw(5)
print a.everything
# expect: 5
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/traceback_method.py", line 20, in <module>
# expect stderr:     print a.everything
# expect stderr:   File "tests/lang/exceptions2/traceback_method.py", line 16, in everything
# expect stderr:     return self.withdraw(self.balance + 1)
# expect stderr:   File "tests/lang/exceptions2/traceback_method.py", line 7, in withdraw
# expect stderr:     return self._check(amount)
# expect stderr:   File "tests/lang/exceptions2/traceback_method.py", line 11, in _check
# expect stderr:     raise ValueError('insufficient funds: %d > %d' % (amount, self.balance))
# expect stderr: ValueError: insufficient funds: 11 > 10
# expect exit: 1
