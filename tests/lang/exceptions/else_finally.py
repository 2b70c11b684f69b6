# try/except/else/finally ordering.
def run(fail):
    try:
        print 'try'
        if fail:
            raise ValueError('bad')
    except ValueError:
        print 'except'
    else:
        print 'else'
    finally:
        print 'finally'
run(False)
run(True)
try:
    print 'body'
finally:
    print 'cleanup'
# expect: try
# expect: else
# expect: finally
# expect: try
# expect: except
# expect: finally
# expect: body
# expect: cleanup
