# finally runs on break, continue and return from inside try blocks in loops.
def run():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append('body%d' % i)
        finally:
            log.append('fin%d' % i)
    i = 0
    while True:
        i += 1
        try:
            try:
                if i == 2:
                    return log
            finally:
                log.append('inner%d' % i)
        finally:
            log.append('outer%d' % i)
r = run()
print r
# expect: ['body0', 'fin0', 'fin1', 'body2', 'fin2', 'fin3', 'inner1', 'outer1', 'inner2', 'outer2']
