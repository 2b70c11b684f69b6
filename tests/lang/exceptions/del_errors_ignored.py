# Errors in __del__ and in closing an unreachable generator are printed on
# sys.stderr ("Exception ...: ... in ... ignored") and otherwise ignored.
# sys.stderr stays replaced to the end, so that finalizers a conservative GC
# runs only at exit print nothing either.
import gc, re, sys, StringIO

class Missing(object):
    def __del__(self):
        self.nope

class Raises(object):
    def __del__(self):
        raise ValueError("boom")

class Err(Exception):
    pass

class Custom:
    def __del__(self):
        raise Err(1, 2)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def make(n):
    for i in range(n):
        Missing()
        Raises()
        Custom()
        g = stubborn()
        g.next()

buf = StringIO.StringIO()
sys.stderr = buf
make(200)
for i in range(5):
    gc.collect()
lines = buf.getvalue().splitlines()
print len(lines) >= 720, len(lines) <= 800
for line in sorted(set(re.sub('0x[0-9a-fA-F]+', 'ADDR', l) for l in lines)):
    print line
print 'still running'
# expect: True True
# expect: Exception AttributeError: "'Missing' object has no attribute 'nope'" in <bound method Missing.__del__ of <__main__.Missing object at ADDR>> ignored
# expect: Exception RuntimeError: 'generator ignored GeneratorExit' in <generator object stubborn at ADDR> ignored
# expect: Exception ValueError: ValueError('boom',) in <bound method Raises.__del__ of <__main__.Raises object at ADDR>> ignored
# expect: Exception __main__.Err: Err(1, 2) in <bound method Custom.__del__ of <__main__.Custom instance at ADDR>> ignored
# expect: still running
