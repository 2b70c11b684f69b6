# A vending-machine state machine: states as classes, transitions table, event log.
class InvalidEvent(Exception):
    pass


class State(object):
    name = 'state'

    def on_event(self, machine, event, arg):
        handler = getattr(self, 'on_' + event, None)
        if handler is None:
            raise InvalidEvent('%s cannot handle %s' % (self.name, event))
        return handler(machine, arg)

    def __str__(self):
        return self.name


class Idle(State):
    name = 'idle'

    def on_coin(self, m, value):
        m.credit += value
        return Paying()

    def on_service(self, m, arg):
        return Maintenance()


class Paying(State):
    name = 'paying'

    def on_coin(self, m, value):
        m.credit += value
        return self

    def on_select(self, m, item):
        price = m.prices.get(item)
        if price is None:
            m.say('unknown item %s' % item)
            return self
        if m.stock.get(item, 0) == 0:
            m.say('%s sold out' % item)
            return self
        if m.credit < price:
            m.say('need %d more for %s' % (price - m.credit, item))
            return self
        m.credit -= price
        m.stock[item] -= 1
        m.say('vend %s' % item)
        return Idle() if m.refund() == 0 else Idle()

    def on_cancel(self, m, arg):
        m.refund()
        return Idle()


class Maintenance(State):
    name = 'maintenance'

    def on_restock(self, m, item):
        m.stock[item] = m.stock.get(item, 0) + 3
        return self

    def on_done(self, m, arg):
        return Idle()


class Machine(object):
    def __init__(self):
        self.state = Idle()
        self.credit = 0
        self.prices = {'cola': 150, 'chips': 100, 'gum': 50}
        self.stock = {'cola': 1, 'chips': 2, 'gum': 0}
        self.messages = []

    def say(self, text):
        self.messages.append(text)

    def refund(self):
        amount = self.credit
        if amount:
            self.say('refund %d' % amount)
        self.credit = 0
        return amount

    def send(self, event, arg=None):
        before = self.state
        try:
            self.state = self.state.on_event(self, event, arg)
        except InvalidEvent, e:
            self.say('ignored: %s' % e)
        print '%-8s %-6s %-12s -> %-12s credit=%d' % (event, arg, before, self.state, self.credit)


m = Machine()
events = [('select', 'cola'), ('coin', 100), ('select', 'cola'), ('coin', 100),
          ('select', 'cola'), ('coin', 200), ('select', 'cola'), ('select', 'gum'),
          ('select', 'tea'), ('cancel', None), ('service', None), ('restock', 'gum'),
          ('coin', 5), ('done', None), ('coin', 50), ('select', 'gum')]
for ev, arg in events:
    m.send(ev, arg)
print '\n'.join(m.messages)
print sorted(m.stock.items())
# expect: select   cola   idle         -> idle         credit=0
# expect: coin     100    idle         -> paying       credit=100
# expect: select   cola   paying       -> paying       credit=100
# expect: coin     100    paying       -> paying       credit=200
# expect: select   cola   paying       -> idle         credit=0
# expect: coin     200    idle         -> paying       credit=200
# expect: select   cola   paying       -> paying       credit=200
# expect: select   gum    paying       -> paying       credit=200
# expect: select   tea    paying       -> paying       credit=200
# expect: cancel   None   paying       -> idle         credit=0
# expect: service  None   idle         -> maintenance  credit=0
# expect: restock  gum    maintenance  -> maintenance  credit=0
# expect: coin     5      maintenance  -> maintenance  credit=0
# expect: done     None   maintenance  -> idle         credit=0
# expect: coin     50     idle         -> paying       credit=50
# expect: select   gum    paying       -> idle         credit=0
# expect: ignored: idle cannot handle select
# expect: need 50 more for cola
# expect: vend cola
# expect: refund 50
# expect: cola sold out
# expect: gum sold out
# expect: unknown item tea
# expect: refund 200
# expect: ignored: maintenance cannot handle coin
# expect: vend gum
# expect: [('chips', 2), ('cola', 0), ('gum', 2)]
