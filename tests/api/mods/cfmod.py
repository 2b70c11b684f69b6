# A module (found through rpy_config.path) that uses a builtin registered from C.
def add_in_module(a, b):
    return c_add(a, b)
