# A bare except catches everything, including SystemExit and KeyboardInterrupt.
import sys
for exc in [SystemExit(3), KeyboardInterrupt(), GeneratorExit(), ValueError('v')]:
    try:
        raise exc
    except:
        print 'caught', type(exc).__name__, sys.exc_info()[0] is type(exc)
try:
    sys.exit('message')
except SystemExit, e:
    print 'SystemExit code:', repr(e.code)
try:
    sys.exit()
except SystemExit, e:
    print 'SystemExit code:', repr(e.code)
# expect: caught SystemExit True
# expect: caught KeyboardInterrupt True
# expect: caught GeneratorExit True
# expect: caught ValueError True
# expect: SystemExit code: 'message'
# expect: SystemExit code: None
