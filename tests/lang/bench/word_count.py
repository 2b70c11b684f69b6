# Word frequency count, sorted by decreasing count then alphabetically.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    result = []
    for raw in text.split():
        w = raw.strip('.,;:!?').lower()
        if w:
            result.append(w)
    return result

def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts

counts = count(words(TEXT))
pairs = sorted(counts.items(), key=lambda p: (-p[1], p[0]))
for w, c in pairs[:8]:
    print '%-12s %3d' % (w, c)
print 'distinct:', len(counts), 'total:', sum(counts.values())
# expect: it            10
# expect: of            10
# expect: the           10
# expect: was           10
# expect: age            2
# expect: epoch          2
# expect: season         2
# expect: times          2
# expect: distinct: 20 total: 60
