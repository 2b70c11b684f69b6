# A small tokenizer built from alternation with named groups.
import re
spec = [('NUM', r'\d+(?:\.\d*)?'), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[-+*/=()]'), ('WS', r'\s+')]
tok = re.compile('|'.join('(?P<%s>%s)' % pair for pair in spec))
out = []
for m in tok.finditer('x1 = 3.5 * (y + 42)'):
    if m.lastgroup != 'WS':
        out.append((m.lastgroup, m.group()))
print out
# expect: [('ID', 'x1'), ('OP', '='), ('NUM', '3.5'), ('OP', '*'), ('OP', '('), ('ID', 'y'), ('OP', '+'), ('NUM', '42'), ('OP', ')')]
