# Multiplying longs of a million bits (GMP's FFT multiplication) while other
# allocations trigger collections: GMP's temporary blocks point to each other
# and used to be allocated as unscanned memory, so the GC freed them in the
# middle of a multiplication (wrong results, crashes, hangs).
x = 3 ** 1000000
m = 1000003
bad = 0
for i in range(12):
    y = x * (x + i)
    junk = [str(j) for j in range(2000)]
    if y % m != (x % m) * ((x + i) % m) % m:
        bad += 1
print bad, len(str(x)), str(x)[:20], y % 10 ** 9
# expect: 0 477122 17977101166757438380 860000012
