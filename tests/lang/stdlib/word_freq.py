# A word-frequency program combining re, collections and str.format.
import re
from collections import defaultdict
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
freq = defaultdict(int)
for w in re.findall(r'[a-z]+', text.lower()):
    freq[w] += 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print '{0:<8}{1:>3} {2}'.format(w, n, '*' * n)
# expect: it        5 *****
# expect: of        5 *****
# expect: the       5 *****
# expect: was       5 *****
# expect: age       2 **
# expect: times     2 **
