# split with groups, maxsplit and empty matches.
import re
print re.split(r'\W+', 'Words, words, words.')
print re.split(r'(\W+)', 'Words, words, words.')
print re.split(r'\W+', 'Words, words, words.', 1)
print re.split(r'x*', 'axbxc')
print re.split(r'[,;]', 'a,b;c,,d')
print re.split(r'(a)|b', 'xaybz')
print re.split(r'\s+', '  lead and trail  ')
# expect: ['Words', 'words', 'words', '']
# expect: ['Words', ', ', 'words', ', ', 'words', '.', '']
# expect: ['Words', 'words, words.']
# expect: ['a', 'b', 'c']
# expect: ['a', 'b', 'c', '', 'd']
# expect: ['x', 'a', 'y', None, 'z']
# expect: ['', 'lead', 'and', 'trail', '']
