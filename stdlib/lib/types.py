"""types: names for the built-in types, as Python 2.7's types module."""

NoneType = type(None)
TypeType = type
ObjectType = object

IntType = int
LongType = long
FloatType = float
BooleanType = bool
StringType = str
try:
    UnicodeType = unicode
    StringTypes = (StringType, UnicodeType)
except NameError:
    StringTypes = (StringType,)
BufferType = str

TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _f():
    pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.func_code)


def _g():
    yield 1
GeneratorType = type(_g())


class _C(object):
    def _m(self):
        pass
ClassType = type
UnboundMethodType = type(_C._m)
_x = _C()
InstanceType = _C
MethodType = type(_x._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(__import__('sys'))
FileType = file
XRangeType = xrange

try:
    raise TypeError
except TypeError:
    import sys as _sys
    _tb = _sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(getattr(_tb, 'tb_frame', None))
    del _tb, _sys

SliceType = slice
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
DictProxyType = type(_C.__dict__)
GetSetDescriptorType = type(FunctionType.func_code) if hasattr(FunctionType, 'func_code') else property
MemberDescriptorType = GetSetDescriptorType

del _f, _g, _C, _x

__all__ = list(n for n in globals() if n[:1] != '_')
