"""heapq: heap queue algorithms, as Python 2.7's heapq module.

The heap primitives (heappush, heappop, heapify, heapreplace, heappushpop)
and the keyless nlargest/nsmallest come from the C module _heapq (same
sift algorithms and comparisons as CPython's); merge and the key= forms of
nlargest/nsmallest are CPython 2.7's Python code.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from itertools import islice, count, imap, izip, tee, chain
from operator import itemgetter
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop, _heapify_max
from _heapq import nlargest as _nlargest, nsmallest as _nsmallest


def merge(*iterables):
    '''Merge multiple sorted inputs into a single sorted output.'''
    _heappop, _heapreplace, _StopIteration = heappop, heapreplace, StopIteration
    _len = len
    h = []
    h_append = h.append
    for itnum, it in enumerate(map(iter, iterables)):
        try:
            next = it.next
            h_append([next(), itnum, next])
        except _StopIteration:
            pass
    heapify(h)
    while _len(h) > 1:
        try:
            while 1:
                v, itnum, next = s = h[0]
                yield v
                s[0] = next()
                _heapreplace(h, s)
        except _StopIteration:
            _heappop(h)
    if h:
        v, itnum, next = h[0]
        yield v
        for v in next.__self__:
            yield v


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        head = list(islice(it, 1))
        if not head:
            return []
        if key is None:
            return [min(chain(head, it))]
        return [min(chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if key is None:
        it = izip(iterable, count())
        result = _nsmallest(n, it)
        return map(itemgetter(0), result)
    in1, in2 = tee(iterable)
    it = izip(imap(key, in1), count(), in2)
    result = _nsmallest(n, it)
    return map(itemgetter(2), result)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        head = list(islice(it, 1))
        if not head:
            return []
        if key is None:
            return [max(chain(head, it))]
        return [max(chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if key is None:
        it = izip(iterable, count(0, -1))
        result = _nlargest(n, it)
        return map(itemgetter(0), result)
    in1, in2 = tee(iterable)
    it = izip(imap(key, in1), count(0, -1), in2)
    result = _nlargest(n, it)
    return map(itemgetter(2), result)
