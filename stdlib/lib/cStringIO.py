"""cStringIO: Python 2.7's fast StringIO, here the StringIO module's class.

StringIO() gives a writable buffer and StringIO(s) a readable one, both
with the StringIO.StringIO interface; InputType / OutputType name the
class for isinstance checks.
"""

from StringIO import StringIO

InputType = OutputType = StringIO
