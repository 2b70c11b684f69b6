# finally runs on return, break, continue-free loops and propagating exceptions.
def ret():
    try:
        return 'returned'
    finally:
        print 'finally on return'
print ret()
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print 'finally', i
def propagate():
    try:
        raise KeyError('k')
    finally:
        print 'finally before propagation'
try:
    propagate()
except KeyError:
    print 'caught after finally'
def override():
    try:
        return 1
    finally:
        return 2
print override()
# expect: finally on return
# expect: returned
# expect: finally 0
# expect: finally 1
# expect: finally before propagation
# expect: caught after finally
# expect: 2
