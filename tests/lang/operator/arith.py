# operator's function forms of the arithmetic and comparison operators.
import operator as op
print op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.div(7, 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(7, 3)
print op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0)
print op.lshift(1, 4), op.rshift(32, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10)
print op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2)
print op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None)
print op.concat([1], [2]), op.concat('a', 'b'), op.repeat('ab', 3), op.contains('abc', 'b')
print op.__add__(1, 1), op.__and__(3, 1), op.__not__(1)
# expect: 5 -1 20 3 3.5 -4 1
# expect: 1024 -5 -5 3 -6 -1
# expect: 16 8 8 14 6
# expect: True True True True False True
# expect: True False True True
# expect: [1, 2] ab ababab True
# expect: 2 1 False
