# except (A, B) as e catches any of several types.
def trigger(kind):
    if kind == 0:
        raise ValueError('value problem')
    elif kind == 1:
        raise TypeError('type problem')
    else:
        raise KeyError('key problem')
for k in range(3):
    try:
        trigger(k)
    except (ValueError, TypeError) as e:
        print 'first handler:', e
    except Exception as e:
        print 'second handler:', e
# expect: first handler: value problem
# expect: first handler: type problem
# expect: second handler: 'key problem'
