# sort with key= and reverse=; sorting is stable.
words = ['banana', 'kiwi', 'apple', 'fig', 'cherry']
words.sort(key=len)
print words
words.sort(reverse=True)
print words
words.sort(key=len, reverse=True)
print words
pairs = [('b', 2), ('a', 2), ('c', 1)]
pairs.sort(key=lambda p: p[1])
print pairs
nums = [3, -1, -4, 2]
nums.sort(key=abs)
print nums
# expect: ['fig', 'kiwi', 'apple', 'banana', 'cherry']
# expect: ['kiwi', 'fig', 'cherry', 'banana', 'apple']
# expect: ['cherry', 'banana', 'apple', 'kiwi', 'fig']
# expect: [('c', 1), ('b', 2), ('a', 2)]
# expect: [-1, 2, 3, -4]
