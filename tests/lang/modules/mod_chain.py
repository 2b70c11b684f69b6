# Helper module that itself imports another helper module.
import mod_helper

def quadruple(x):
    return mod_helper.double(mod_helper.double(x))
