# A tokenizer and recursive-descent calculator with variables, errors and a token stream.
class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return 'Token(%s, %r)' % (self.kind, self.text)


class CalcError(Exception):
    pass


OPERATORS = '+-*/%()=^'


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            start = i
            while i < n and (src[i].isdigit() or src[i] == '.'):
                i += 1
            text = src[start:i]
            yield Token('num', text, start)
        elif c.isalpha() or c == '_':
            start = i
            while i < n and (src[i].isalnum() or src[i] == '_'):
                i += 1
            yield Token('name', src[start:i], start)
        elif c in OPERATORS:
            yield Token('op', c, i)
            i += 1
        else:
            raise CalcError('bad character %r at %d' % (c, i))
    yield Token('end', '', n)


class Parser(object):
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise CalcError('expected %r at %d, got %r' % (text, tok.pos, tok.text))
        self.i += 1
        return tok

    def statement(self):
        if (self.peek().kind == 'name' and self.tokens[self.i + 1].text == '='):
            name = self.take().text
            self.take('=')
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek().kind != 'end':
            raise CalcError('trailing input at %d' % self.peek().pos)
        return value

    def expr(self):
        value = self.term()
        while self.peek().text in ('+', '-'):
            if self.take().text == '+':
                value = value + self.term()
            else:
                value = value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek().text in ('*', '/', '%'):
            op = self.take().text
            rhs = self.power()
            if op == '*':
                value = value * rhs
            elif rhs == 0:
                raise CalcError('division by zero')
            elif op == '/':
                value = value / rhs
            else:
                value = value % rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek().text == '^':
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek().text == '-':
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == 'num':
            return float(tok.text) if '.' in tok.text else int(tok.text)
        if tok.kind == 'name':
            if tok.text not in self.env:
                raise CalcError('unknown variable %s' % tok.text)
            return self.env[tok.text]
        if tok.text == '(':
            value = self.expr()
            self.take(')')
            return value
        raise CalcError('unexpected %r at %d' % (tok.text, tok.pos))


print list(tokenize('x1 = 3.5*(y+2)'))
env = {}
for line in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', 'x = 7 % 4', 'x * 10',
             'y = x / 2.0', 'y + 0.25', '10 / 3', '-10 / 3', '1 / 0', '2 * (3', 'z + 1',
             '3 $ 4', '4 4']:
    try:
        print '%-12s => %r' % (line, Parser(line, env).statement())
    except CalcError, e:
        print '%-12s => error: %s' % (line, e)
print sorted(env.items())
# expect: [Token(name, 'x1'), Token(op, '='), Token(num, '3.5'), Token(op, '*'), Token(op, '('), Token(name, 'y'), Token(op, '+'), Token(num, '2'), Token(op, ')'), Token(end, '')]
# expect: 1 + 2 * 3    => 7
# expect: (1 + 2) * 3  => 9
# expect: 2 ^ 3 ^ 2    => 512
# expect: -2 ^ 2       => 4
# expect: x = 7 % 4    => 3
# expect: x * 10       => 30
# expect: y = x / 2.0  => 1.5
# expect: y + 0.25     => 1.75
# expect: 10 / 3       => 3
# expect: -10 / 3      => -4
# expect: 1 / 0        => error: division by zero
# expect: 2 * (3       => error: expected ')' at 6, got ''
# expect: z + 1        => error: unknown variable z
# expect: 3 $ 4        => error: bad character '$' at 2
# expect: 4 4          => error: trailing input at 2
# expect: [('x', 3), ('y', 1.5)]
