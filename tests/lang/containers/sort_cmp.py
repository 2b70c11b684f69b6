# The cmp argument of sort/sorted, combined with key and reverse; the cmp builtin.
def by_length_then_alpha(a, b):
    return cmp(len(a), len(b)) or cmp(a, b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print sorted(words, cmp=by_length_then_alpha)
print sorted(words, cmp=by_length_then_alpha, reverse=True)
print sorted(words, cmp=lambda a, b: cmp(b, a))
nums = [5, -3, 2, -8, 0]
nums.sort(cmp=lambda a, b: a - b, key=abs)
print nums
nums.sort(lambda a, b: cmp(b, a))
print nums
print sorted([3, 1, 2], None, None, True)
calls = []
def counting(a, b):
    calls.append(1)
    return cmp(a, b)
sorted(range(20), cmp=counting)
print len(calls) > 0
try:
    sorted([1, 2], cmp=lambda a, b: 'x')
except TypeError, e:
    print 'TypeError:', e
# expect: ['fig', 'date', 'kiwi', 'pear', 'apple', 'banana']
# expect: ['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']
# expect: ['pear', 'kiwi', 'fig', 'date', 'banana', 'apple']
# expect: [0, 2, -3, 5, -8]
# expect: [5, 2, 0, -3, -8]
# expect: [3, 2, 1]
# expect: True
# expect: TypeError: comparison function must return int, not str
