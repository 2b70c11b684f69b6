# handles.py: makes garbage and objects test_handles.c keeps in handles.
def make(i):
    return {'id': i, 'name': 'object %d' % i, 'data': [i] * 10}

def churn(n):
    # allocate a lot so the collector runs
    junk = None
    for i in xrange(n):
        junk = [str(i)] * 20
    return len(junk)

def check(obj, i):
    return obj['id'] == i and obj['name'] == 'object %d' % i and sum(obj['data']) == 10 * i
