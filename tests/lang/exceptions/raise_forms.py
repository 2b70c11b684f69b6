# raise E, raise E(msg), raise E, msg.
def f(form):
    if form == 1:
        raise ValueError
    if form == 2:
        raise ValueError('with message')
    if form == 3:
        raise ValueError, 'old style message'
    if form == 4:
        e = ValueError('instance')
        raise e
for form in range(1, 5):
    try:
        f(form)
    except ValueError, e:
        print form, repr(str(e)), e.args
# expect: 1 '' ()
# expect: 2 'with message' ('with message',)
# expect: 3 'old style message' ('old style message',)
# expect: 4 'instance' ('instance',)
