# Spectral norm of an infinite matrix (small size).
import math

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)

def mul_av(v, n):
    result = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        result[i] = s
    return result

def mul_atv(v, n):
    result = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        result[i] = s
    return result

def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)

def spectral_norm(n):
    u = [1.0] * n
    v = None
    for i in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)

print '%.9f' % spectral_norm(20)
print '%.9f' % spectral_norm(50)
# expect: 1.273839841
# expect: 1.274193837
