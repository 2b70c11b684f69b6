# exec with an explicit namespace inside a function, and eval of function locals.
def run(src):
    env = {'data': [3, 1, 2]}
    exec src in env
    return env.get('answer')
print run('answer = sorted(data)')
print run('answer = sum(data) * 2')
print run('pass')
def local_eval():
    a = 6
    b = 7
    return eval('a * b'), sorted(eval('locals()').keys())
print local_eval()
# expect: [1, 2, 3]
# expect: 12
# expect: None
# expect: (42, ['a', 'b'])
