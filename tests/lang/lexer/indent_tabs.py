# Indentation with tabs only.
def f(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
		else:
			total -= 1
	return total

print f(5)
print f(10)
# expect: 1
# expect: 20
