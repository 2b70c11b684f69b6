"""abc: abstract base classes, as Python 2.7's abc module.

ABCMeta records a class's abstract methods in __abstractmethods__ and
refuses to instantiate a class that still has some ("Can't instantiate
abstract class X with abstract methods a, b"); register() adds virtual
subclasses and __instancecheck__ / __subclasscheck__ consult them and the
__subclasshook__ protocol, as far as isinstance() in this VM calls them.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """A decorator indicating abstract properties."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        abstracts = set(key for key, value in namespace.items() if _is_abstract(value))
        for base in bases:
            for key in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, key, None)
                if _is_abstract(value):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ', '.join(sorted(abstracts))))
        return super(ABCMeta, cls).__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        print >> file, "Class: %s.%s" % (cls.__module__, cls.__name__)
        print >> file, "Inv.counter: %s" % ABCMeta._abc_invalidation_counter

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in cls._abc_registry:
            if rcls is subclass or rcls in getattr(subclass, '__mro__', ()):
                return True
        for scls in type.__subclasses__(cls) if hasattr(type, '__subclasses__') else ():
            if issubclass(subclass, scls):
                return True
        return False
