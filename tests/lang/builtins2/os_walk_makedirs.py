# os.makedirs creates intermediate directories; os.walk visits a tree top-down or bottom-up.
import os
root = '/tmp/rpyvm_os_walk_%d' % os.getpid()

def rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)

os.mkdir(root)
try:
    os.makedirs(os.path.join(root, 'a', 'b'))
    os.makedirs(os.path.join(root, 'c'))
    for rel in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'a/b/three.txt']:
        open(os.path.join(root, rel), 'w').close()
    try:
        os.makedirs(os.path.join(root, 'a'))
    except OSError, e:
        print 'OSError:', e.errno
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        print dirpath[len(root):] or '.', dirnames, sorted(filenames)
    visited = []
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        visited.append(dirpath[len(root):] or '.')
    print visited[-1], len(visited)
finally:
    rmtree(root)
print os.path.exists(root)
# expect: OSError: 17
# expect: . ['a', 'c'] ['top.txt']
# expect: /a ['b'] ['one.txt']
# expect: /a/b [] ['three.txt', 'two.txt']
# expect: /c [] []
# expect: . 4
# expect: False
