# An uncaught exception inside a generator shows the generator's frame in the traceback.
def producer():
    yield 1
    yield {}['missing']

def consume():
    for x in producer():
        print 'item', x

consume()
# expect: item 1
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/generators/gen_traceback.py", line 10, in <module>
# expect stderr:     consume()
# expect stderr:   File "tests/lang/generators/gen_traceback.py", line 7, in consume
# expect stderr:     for x in producer():
# expect stderr:   File "tests/lang/generators/gen_traceback.py", line 4, in producer
# expect stderr:     yield {}['missing']
# expect stderr: KeyError: 'missing'
# expect exit: 1
