# Counting with a dict.
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    if counts[w] > 1:
        print w, counts[w]
print len(counts)
# expect: the 3
# expect: 9
