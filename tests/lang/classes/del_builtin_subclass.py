# __del__ of instances of user subclasses of builtin types (lists, dicts,
# strings, numbers, exceptions) runs after they became unreachable, at the
# latest at gc.collect(). At least 90% must be finalized (conservative GC).
import gc, collections

count = {}

def subclass(base):
    class K(base):
        def __del__(self):
            count[base.__name__] = count.get(base.__name__, 0) + 1
    return K

bases = (list, dict, set, frozenset, tuple, str, int, long, float, Exception,
         collections.defaultdict)
classes = [subclass(b) for b in bases]

def make(n):
    for i in range(n):
        for k in classes:
            k()

make(1000)
for i in range(5):
    gc.collect()
for name, n in sorted(count.items()):
    print name, n >= 900, n <= 1000
print len(count)
# expect: Exception True True
# expect: defaultdict True True
# expect: dict True True
# expect: float True True
# expect: frozenset True True
# expect: int True True
# expect: list True True
# expect: long True True
# expect: set True True
# expect: str True True
# expect: tuple True True
# expect: 11
