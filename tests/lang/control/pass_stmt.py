# pass in every kind of block.
def f():
    pass
class C(object):
    pass
for i in range(2):
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print f(), i, C is not None
# expect: None 1 True
