# A JSON-like pretty printer and parser round trip for nested dicts, lists and scalars.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 32:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def dumps(value, indent=2, level=0):
    pad = ' ' * (indent * (level + 1))
    end = ' ' * (indent * level)
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, long)):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + end + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = [pad + escape(str(k)) + ': ' + dumps(value[k], indent, level + 1)
                 for k in sorted(value)]
        return '{\n' + ',\n'.join(items) + '\n' + end + '}'
    raise TypeError('cannot serialise %s' % type(value).__name__)


class Reader(object):
    def __init__(self, text):
        self.text = text
        self.i = 0

    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in ' \n\t':
            self.i += 1

    def value(self):
        self.skip()
        c = self.text[self.i]
        if c == '{':
            self.i += 1
            result = {}
            self.skip()
            if self.text[self.i] == '}':
                self.i += 1
                return result
            while True:
                key = self.value()
                self.skip()
                assert self.text[self.i] == ':'
                self.i += 1
                result[key] = self.value()
                self.skip()
                c = self.text[self.i]
                self.i += 1
                if c == '}':
                    return result
        if c == '[':
            self.i += 1
            result = []
            self.skip()
            if self.text[self.i] == ']':
                self.i += 1
                return result
            while True:
                result.append(self.value())
                self.skip()
                c = self.text[self.i]
                self.i += 1
                if c == ']':
                    return result
        if c == '"':
            j = self.i + 1
            chars = []
            while self.text[j] != '"':
                if self.text[j] == '\\':
                    j += 1
                    chars.append({'n': '\n', '"': '"', '\\': '\\'}[self.text[j]])
                else:
                    chars.append(self.text[j])
                j += 1
            self.i = j + 1
            return ''.join(chars)
        for word, val in (('null', None), ('true', True), ('false', False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.text) and self.text[j] in '-+.0123456789eE':
            j += 1
        num = self.text[self.i:j]
        self.i = j
        return float(num) if ('.' in num or 'e' in num) else int(num)


doc = {'name': 'rpyvm', 'version': [0, 1, 2], 'stable': False, 'ratio': 0.1,
       'nested': {'empty_list': [], 'empty_dict': {}, 'quote': 'say "hi"\n',
                  'items': [{'id': 1, 'tags': ('a', 'b')}, None, True, -3.5e-7]}}
text = dumps(doc)
print text
back = Reader(text).value()
print dumps(back) == text
print back['nested']['items'][0]['tags'], back['ratio'] == doc['ratio']
try:
    dumps({'bad': set([1])})
except TypeError, e:
    print 'TypeError:', e
print dumps([1, [2, [3, []]]], indent=1)
# expect: {
# expect:   "name": "rpyvm",
# expect:   "nested": {
# expect:     "empty_dict": {},
# expect:     "empty_list": [],
# expect:     "items": [
# expect:       {
# expect:         "id": 1,
# expect:         "tags": [
# expect:           "a",
# expect:           "b"
# expect:         ]
# expect:       },
# expect:       null,
# expect:       true,
# expect:       -3.5e-07
# expect:     ],
# expect:     "quote": "say \"hi\"\n"
# expect:   },
# expect:   "ratio": 0.1,
# expect:   "stable": false,
# expect:   "version": [
# expect:     0,
# expect:     1,
# expect:     2
# expect:   ]
# expect: }
# expect: True
# expect: ['a', 'b'] True
# expect: TypeError: cannot serialise set
# expect: [
# expect:  1,
# expect:  [
# expect:   2,
# expect:   [
# expect:    3,
# expect:    []
# expect:   ]
# expect:  ]
# expect: ]
