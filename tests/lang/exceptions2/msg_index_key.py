# IndexError and KeyError wording for the built-in containers.
def show(fn):
    try:
        fn()
    except (IndexError, KeyError), e:
        print type(e).__name__ + ':', e

def list_get(): return [1, 2][5]
def tuple_get(): return (1,)[3]
def str_get(): return 'ab'[9]
def list_set():
    l = [1]
    l[4] = 0
def list_del():
    l = [1]
    del l[2]
def pop_empty(): return [].pop()
def pop_index(): return [1, 2].pop(7)
def dict_get(): return {'a': 1}['b']
def dict_tuple_key(): return {}[(1, 2)]
def dict_del():
    d = {}
    del d['gone']
def dict_pop(): return {}.pop('p')
def popitem(): return {}.popitem()
def set_remove(): set().remove(3)
def set_pop(): set().pop()
def list_index(): return [1, 2].index(3)
def str_index(): return 'abc'.index('z')
def list_remove(): [1].remove(2)
for fn in [list_get, tuple_get, str_get, list_set, list_del, pop_empty, pop_index,
           dict_get, dict_tuple_key, dict_del, dict_pop, popitem, set_remove, set_pop]:
    show(fn)
for fn in [list_index, str_index, list_remove]:
    try:
        fn()
    except ValueError, e:
        print 'ValueError:', e
# expect: IndexError: list index out of range
# expect: IndexError: tuple index out of range
# expect: IndexError: string index out of range
# expect: IndexError: list assignment index out of range
# expect: IndexError: list assignment index out of range
# expect: IndexError: pop from empty list
# expect: IndexError: pop index out of range
# expect: KeyError: 'b'
# expect: KeyError: (1, 2)
# expect: KeyError: 'gone'
# expect: KeyError: 'p'
# expect: KeyError: 'popitem(): dictionary is empty'
# expect: KeyError: 3
# expect: KeyError: 'pop from an empty set'
# expect: ValueError: 3 is not in list
# expect: ValueError: substring not found
# expect: ValueError: list.remove(x): x not in list
