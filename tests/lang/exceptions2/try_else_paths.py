# else runs only without exception; exceptions raised in else are not caught by the try.
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print 'handler'
        return 'from handler'
    else:
        print 'else, r =', r
        if r == 5:
            raise ValueError('raised in else')
        return 'from else'
    finally:
        print 'finally'
print f(0)
print f(1)
try:
    f(2)
except ValueError, e:
    print 'outside:', e
# expect: handler
# expect: finally
# expect: from handler
# expect: else, r = 10
# expect: finally
# expect: from else
# expect: else, r = 5
# expect: finally
# expect: outside: raised in else
