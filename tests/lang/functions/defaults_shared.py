# A mutable default value is created once and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
print append_to(1)
print append_to(2)
print append_to(3, [])
print append_to(4)
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print safe(1), safe(2)
# expect: [1]
# expect: [1, 2]
# expect: [3]
# expect: [1, 2, 4]
# expect: [1] [2]
