# keyword and types modules.
import keyword, types
print keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.iskeyword('foo'), len(keyword.kwlist)
print types.IntType is int, types.StringType is str, types.NoneType is type(None)
def f():
    pass
print isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance([], types.ListType)
print type({}) is types.DictType, types.TupleType, types.FloatType
# expect: True True False 31
# expect: True True True
# expect: True True True
# expect: True <type 'tuple'> <type 'float'>
