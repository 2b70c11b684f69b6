# A bank simulation: account classes with properties, class counters, custom exceptions.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        BankError.__init__(self, account.owner, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return '%s cannot withdraw %.2f (balance %.2f)' % (
            self.account.owner, self.amount, self.account.balance)


class Account(object):
    next_number = 1000
    kind = 'basic'

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise BankError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))

    def limit(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return '<%s #%d %s %.2f>' % (self.kind, self.number, self.owner, self._balance)


class Savings(Account):
    kind = 'savings'

    def __init__(self, owner, balance=0.0, rate=0.02):
        super(Savings, self).__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        self._balance += interest
        self.history.append(('interest', interest))


class Checking(Account):
    kind = 'checking'
    overdraft = 100.0

    def limit(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self._balance -= 5.0
            self.history.append(('fee', 5.0))


class Bank(object):
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Savings, 'alice', 1200)
bob = bank.open(Checking, 'bob', 50)
carol = bank.open(Account, 'carol')
print alice, bob, carol
operations = [
    lambda: bank.transfer(alice, bob, 300),
    lambda: bob.withdraw(400),
    lambda: bob.withdraw(100),
    lambda: carol.deposit(-5),
    lambda: carol.withdraw(1),
    lambda: bank.transfer(bob, carol, 25),
]
for i, op in enumerate(operations):
    try:
        op()
        print i, 'ok'
    except InsufficientFunds, e:
        print i, 'refused:', e
    except BankError, e:
        print i, 'error:', e.args
for month in range(3):
    for number in sorted(bank.accounts):
        bank.accounts[number].month_end()
for number in sorted(bank.accounts):
    a = bank.accounts[number]
    print repr(a), a.history
print '%.2f' % bank.total(), Account.next_number
try:
    alice.balance = 0
except AttributeError, e:
    print 'AttributeError:', e
# expect: <savings #1000 alice 1200.00> <checking #1001 bob 50.00> <basic #1002 carol 0.00>
# expect: 0 ok
# expect: 1 ok
# expect: 2 refused: bob cannot withdraw 100.00 (balance -50.00)
# expect: 3 error: ('deposit must be positive',)
# expect: 4 refused: carol cannot withdraw 1.00 (balance 0.00)
# expect: 5 ok
# expect: <savings #1000 alice 904.50> [('withdraw', 300), ('interest', 1.5), ('interest', 1.5), ('interest', 1.5)]
# expect: <checking #1001 bob -90.00> [('deposit', 300), ('withdraw', 400), ('withdraw', 25), ('fee', 5.0), ('fee', 5.0), ('fee', 5.0)]
# expect: <basic #1002 carol 25.00> [('deposit', 25)]
# expect: 839.50 1003
# expect: AttributeError: can't set attribute
