# A nested function can call itself recursively through its own enclosing cell.
def flatten(tree):
    out = []
    def walk(node):
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            out.append(node)
    walk(tree)
    return out
print flatten([1, [2, [3, [4, []]], 5], [[6]]])

def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print make_fact()(10)
# expect: [1, 2, 3, 4, 5, 6]
# expect: 3628800
