# list.sort and sorted are stable: equal keys keep their original order, also reversed.
records = [('bob', 3), ('ann', 1), ('cid', 3), ('dan', 2), ('eve', 1), ('fay', 2)]
print sorted(records, key=lambda r: r[1])
print sorted(records, key=lambda r: r[1], reverse=True)
r = list(records)
r.sort(key=lambda r: r[0])
r.sort(key=lambda r: r[1])
print r
words = 'The quick brown fox jumps over the lazy dog'.split()
print sorted(words, key=len)
print sorted(words, key=str.lower)
print sorted(words, key=len, reverse=True)
# expect: [('ann', 1), ('eve', 1), ('dan', 2), ('fay', 2), ('bob', 3), ('cid', 3)]
# expect: [('bob', 3), ('cid', 3), ('dan', 2), ('fay', 2), ('ann', 1), ('eve', 1)]
# expect: [('ann', 1), ('eve', 1), ('dan', 2), ('fay', 2), ('bob', 3), ('cid', 3)]
# expect: ['The', 'fox', 'the', 'dog', 'over', 'lazy', 'quick', 'brown', 'jumps']
# expect: ['brown', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'The', 'the']
# expect: ['quick', 'brown', 'jumps', 'over', 'lazy', 'The', 'fox', 'the', 'dog']
