# os.walk: pruning dirnames in place (top-down), onerror, bottom-up order; os.removedirs.
import os
root = '/tmp/rpyvm_walk_prune_%d' % os.getpid()
for sub in ['a/x', 'a/y', 'b', 'skip/deep']:
    os.makedirs(os.path.join(root, sub))
open(os.path.join(root, 'a', 'x', 'f.txt'), 'w').close()
try:
    for top, dirs, files in os.walk(root):
        dirs.sort()
        if 'skip' in dirs:
            dirs.remove('skip')
        print top[len(root):] or '.', dirs, files
    print [t[len(root):] for t, d, f in os.walk(root, topdown=False) if not d][:2]
    errors = []
    print list(os.walk(root + '/missing', onerror=errors.append)), len(errors), errors[0].errno
    print type(os.walk(root)).__name__ != 'list'
finally:
    os.remove(os.path.join(root, 'a', 'x', 'f.txt'))
    for sub in ['a/x', 'a/y', 'b', 'skip/deep']:
        os.removedirs(os.path.join(root, sub)) if sub != 'a/x' else os.rmdir(os.path.join(root, sub))
print os.path.exists(root)
# expect: . ['a', 'b'] []
# expect: /a ['x', 'y'] []
# expect: /a/x [] ['f.txt']
# expect: /a/y [] []
# expect: /b [] []
# expect: ['/b', '/skip/deep']
# expect: [] 1 2
# expect: True
# expect: False
