# In-place operator functions mutate lists and return results.
import operator as op
a = [1]
b = op.iadd(a, [2])
print a, b is a
c = op.iconcat(a, (3,))
print a, op.imul([1, 2], 2), op.isub(5, 2), op.ipow(2, 5), op.irepeat('ab', 2)
x = 10
x = op.ifloordiv(x, 3)
print x, op.imod(10, 4), op.ior(1, 2), op.iand(7, 2), op.ixor(3, 1), op.ilshift(1, 3), op.irshift(8, 1)
print op.isCallable(len), op.isSequenceType([]), op.isMappingType({}), op.isNumberType(1.5)
# expect: [1, 2] True
# expect: [1, 2, 3] [1, 2, 1, 2] 3 32 abab
# expect: 3 2 3 2 2 8 4
# expect: True True True True
