# A tiny Forth: data stack, user words, IF/ELSE/THEN, DO/LOOP, and error reporting.
class ForthError(Exception):
    pass


class Forth(object):
    def __init__(self):
        self.stack = []
        self.out = []
        self.words = {}
        self.builtins = {
            '+': lambda: self.binop(lambda a, b: a + b),
            '-': lambda: self.binop(lambda a, b: a - b),
            '*': lambda: self.binop(lambda a, b: a * b),
            '/': lambda: self.binop(self.div),
            'mod': lambda: self.binop(lambda a, b: a % b),
            '=': lambda: self.binop(lambda a, b: -1 if a == b else 0),
            '<': lambda: self.binop(lambda a, b: -1 if a < b else 0),
            'dup': lambda: self.push(self.peek()),
            'drop': lambda: self.pop(),
            'swap': self.swap,
            'over': lambda: self.push(self.stack[-2] if len(self.stack) > 1 else self.underflow()),
            '.': lambda: self.out.append(str(self.pop())),
            'cr': lambda: self.out.append('\n'),
            'emit': lambda: self.out.append(chr(self.pop())),
        }

    def underflow(self):
        raise ForthError('stack underflow')

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            self.underflow()
        return self.stack.pop()

    def peek(self):
        if not self.stack:
            self.underflow()
        return self.stack[-1]

    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def div(self, a, b):
        if b == 0:
            raise ForthError('division by zero')
        return a // b

    def binop(self, f):
        b = self.pop()
        a = self.pop()
        self.push(f(a, b))

    def run(self, text):
        self.execute(text.lower().split())

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == ':':
                end = tokens.index(';', i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if t == 'if':
                depth, j, else_at = 0, i + 1, None
                while not (tokens[j] == 'then' and depth == 0):
                    if tokens[j] == 'if':
                        depth += 1
                    elif tokens[j] == 'then':
                        depth -= 1
                    elif tokens[j] == 'else' and depth == 0:
                        else_at = j
                    j += 1
                if self.pop():
                    self.execute(tokens[i + 1:else_at if else_at else j])
                elif else_at:
                    self.execute(tokens[else_at + 1:j])
                i = j + 1
                continue
            if t == 'do':
                end = tokens.index('loop', i)
                start, limit = self.pop(), self.pop()
                for k in range(start, limit):
                    self.words['i'] = [str(k)]
                    self.execute(tokens[i + 1:end])
                i = end + 1
                continue
            if t in self.words:
                self.execute(self.words[t])
            elif t in self.builtins:
                self.builtins[t]()
            else:
                try:
                    self.push(int(t))
                except ValueError:
                    raise ForthError('unknown word: %s' % t)
            i += 1


f = Forth()
programs = [
    '2 3 + 4 * .',
    ': square dup * ; 7 square .',
    ': abs dup 0 < if 0 swap - then ; -5 abs . 5 abs .',
    ': sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ; -9 sign . 0 sign . 4 sign .',
    '10 0 do i square . loop',
    ': fact 1 swap 1 + 1 do i * loop ; 10 fact .',
    '72 emit 105 emit cr',
    '1 0 /',
    'drop drop',
    '1 2 frobnicate',
    '17 5 mod . 17 5 / . 1 2 over . . .',
]
for p in programs:
    f.out = []
    try:
        f.run(p)
        print '%-45s -> %s' % (p[:45], ' '.join(f.out).replace('\n', '\\n'))
    except ForthError, e:
        print '%-45s -> error: %s (stack %s)' % (p[:45], e, f.stack)
        f.stack = []
print sorted(f.words)
# expect: 2 3 + 4 * .                                   -> 20
# expect: : square dup * ; 7 square .                   -> 49
# expect: : abs dup 0 < if 0 swap - then ; -5 abs . 5 a -> 5 5
# expect: : sign dup 0 < if drop -1 else 0 = if 0 else  -> -1 0 1
# expect: 10 0 do i square . loop                       -> 0 1 4 9 16 25 36 49 64 81
# expect: : fact 1 swap 1 + 1 do i * loop ; 10 fact .   -> 3628800
# expect: 72 emit 105 emit cr                           -> H i \n
# expect: 1 0 /                                         -> error: division by zero (stack [])
# expect: drop drop                                     -> error: stack underflow (stack [])
# expect: 1 2 frobnicate                                -> error: unknown word: frobnicate (stack [1, 2])
# expect: 17 5 mod . 17 5 / . 1 2 over . . .            -> 2 3 1 2 1
# expect: ['abs', 'fact', 'i', 'sign', 'square']
