# Package using explicit relative imports in its __init__.
from . import helper
from .helper import shout
from .plain import combined
