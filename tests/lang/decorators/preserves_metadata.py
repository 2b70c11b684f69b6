# A decorator that copies __name__ and __doc__ by hand onto its wrapper.
def wraps_by_hand(func):
    def wrapper(*a, **k):
        return func(*a, **k)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

def plain(func):
    def wrapper(*a, **k):
        return func(*a, **k)
    return wrapper

@wraps_by_hand
def documented():
    """Returns forty-two."""
    return 42

@plain
def other():
    """Lost doc."""
    return 0

print documented.__name__, documented.__doc__, documented()
print other.__name__, other.__doc__
# expect: documented Returns forty-two. 42
# expect: wrapper None
