# Exception classes and instances are ordinary values.
errors = [ValueError, KeyError, TypeError]
for cls in errors:
    try:
        raise cls('boom')
    except Exception, e:
        print isinstance(e, cls), type(e) is cls
caught = None
try:
    raise RuntimeError('saved')
except RuntimeError, e:
    caught = e
print caught.args
# expect: True True
# expect: True True
# expect: True True
# expect: ('saved',)
