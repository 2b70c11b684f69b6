"""copy: shallow and deep copy operations, as Python 2.7's copy module.

copy(x) and deepcopy(x[, memo]) with the same rules as CPython 2.7:
immutable atoms are returned as is, builtin containers are copied by
type, __copy__ / __deepcopy__ are honoured, __getinitargs__ /
__getnewargs__ / __getstate__ / __setstate__ and __reduce_ex__ /
__reduce__ (when a class defines them) drive the reconstruction of other
objects; plain instances get a new object of the same class with their
attributes copied.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass
error = Error

_atomic = (type(None), int, long, float, bool, str, type, xrange,
           types.FunctionType, types.BuiltinFunctionType, type(Ellipsis),
           types.CodeType, type(NotImplemented), frozenset, slice)
try:
    _atomic = _atomic + (complex,)
except NameError:
    pass
try:
    _atomic = _atomic + (unicode,)
except NameError:
    pass


def _is_atomic(cls):
    return cls in _atomic


def _class_attr(cls, name):
    for c in cls.__mro__:
        d = c.__dict__
        if name in d:
            return d[name]
    return None


def _user_reduce(x, cls):
    """x.__reduce_ex__(2) / x.__reduce__() when a non-object class defines it."""
    for name in ('__reduce_ex__', '__reduce__'):
        for c in cls.__mro__:
            if c is object:
                break
            if name in c.__dict__:
                f = getattr(x, name)
                return f(2) if name == '__reduce_ex__' else f()
    return None


def _new_like(x, cls, memo=None):
    """An empty object of x's class (no __init__ call); deep when memo is given."""
    if hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    if isinstance(x, list):
        return list.__new__(cls)
    if isinstance(x, dict):
        return dict.__new__(cls)
    if isinstance(x, tuple):
        if memo is not None:
            return tuple.__new__(cls, [deepcopy(a, memo) for a in x])
        return tuple.__new__(cls, x)
    if isinstance(x, set):
        return set.__new__(cls)
    return object.__new__(cls)


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = {}
    try:
        state.update(vars(x))
    except TypeError:
        pass
    slots = {}
    for c in type(x).__mro__:
        names = c.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state or None, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for k, v in state.items():
            object.__setattr__(y, k, v)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    rv = _user_reduce(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, rv, 0)
    if hasattr(x, '__getinitargs__'):
        y = cls(*x.__getinitargs__())
    else:
        y = _new_like(x, cls)
        if isinstance(x, list) and cls is not list:
            y.extend(x)
        elif isinstance(x, dict) and cls is not dict:
            y.update(x)
        elif isinstance(x, set) and cls is not set:
            y.update(x)
    state = _get_state(x)
    if state:
        _set_state(y, state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = []
        for a in x:
            y.append(deepcopy(a, memo))
        try:
            return memo[d]
        except KeyError:
            pass
        for i in range(len(x)):
            if x[i] is not y[i]:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.iteritems():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _user_reduce(x, cls)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, rv, 1, memo)
            else:
                y = _deepcopy_inst(x, cls, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _deepcopy_inst(x, cls, memo):
    if hasattr(x, '__getinitargs__'):
        args = deepcopy(x.__getinitargs__(), memo)
        y = cls(*args)
    else:
        y = _new_like(x, cls, memo)
    memo[id(x)] = y
    if isinstance(x, list) and cls is not list:
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, dict) and cls is not dict:
        for key, value in x.iteritems():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, set) and cls is not set:
        for a in x:
            y.add(deepcopy(a, memo))
    state = _get_state(x)
    if state:
        state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, info, deep, memo=None):
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    n = len(info)
    assert n in (2, 3, 4, 5)
    callable, args = info[:2]
    if n > 2:
        state = info[2]
    else:
        state = None
    if n > 3:
        listiter = info[3]
    else:
        listiter = None
    if n > 4:
        dictiter = info[4]
    else:
        dictiter = None
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y

del types
