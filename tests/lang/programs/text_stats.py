# Text statistics: word frequencies, sentence lengths, letter histogram, longest words.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us, we had nothing before us! Were we all going direct to Heaven? We were
all going direct the other way."""


def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield ''.join(word)
            word = []
    if word:
        yield ''.join(word)


def sentences(text):
    current = []
    for ch in text.replace('\n', ' '):
        current.append(ch)
        if ch in '.!?':
            s = ''.join(current).strip()
            if s:
                yield s
            current = []


def histogram(counts, width=30):
    top = max(counts.values())
    lines = []
    for key in sorted(counts):
        bar = '#' * int(round(counts[key] * float(width) / top))
        lines.append('%s %3d %s' % (key, counts[key], bar))
    return lines


freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
total = sum(freq.values())
print 'words:', total, 'distinct:', len(freq)
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print '%-8s %2d %5.1f%%' % (word, n, 100.0 * n / total)
print 'hapax:', len([w for w in freq if freq[w] == 1])
sents = list(sentences(TEXT))
print 'sentences:', len(sents)
for s in sents:
    n = len(list(words(s)))
    print '%3d words, ends with %r: %s...' % (n, s[-1], s[:20])
letters = {}
for ch in TEXT.lower():
    if ch in 'aeiou':
        letters[ch] = letters.get(ch, 0) + 1
print '\n'.join(histogram(letters))
longest = sorted(set(words(TEXT)), key=lambda w: (-len(w), w))[:3]
print 'longest:', ', '.join(longest)
avg = sum(len(w) * n for w, n in freq.items()) / float(total)
print 'average word length: %.3f' % avg
caps = [w for w in TEXT.split() if w[0].isupper()]
print 'capitalised:', ' '.join(w.strip(',.!?') for w in caps)
# expect: words: 85 distinct: 34
# expect: the      11  12.9%
# expect: it       10  11.8%
# expect: of       10  11.8%
# expect: was      10  11.8%
# expect: we        4   4.7%
# expect: age       2   2.4%
# expect: all       2   2.4%
# expect: before    2   2.4%
# expect: hapax: 18
# expect: sentences: 4
# expect:  60 words, ends with '.': It was the best of t...
# expect:  10 words, ends with '!': We had everything be...
# expect:   7 words, ends with '?': Were we all going di...
# expect:   8 words, ends with '.': We were all going di...
# expect: a  22 ##############
# expect: e  47 ##############################
# expect: i  27 #################
# expect: o  26 #################
# expect: u   3 ##
# expect: longest: foolishness, incredulity, everything
# expect: average word length: 3.753
# expect: capitalised: It Light Darkness We Were Heaven We
