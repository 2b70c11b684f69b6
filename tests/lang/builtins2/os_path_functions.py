# os.path string functions: join, split, splitext, basename/dirname, normpath, abspath, etc.
import os.path, os
print os.path.join('a', 'b', 'c'), os.path.join('/a', '/b'), os.path.join('a/', 'b'), os.path.join('a', '')
print os.path.split('/a/b/c.txt'), os.path.split('c'), os.path.split('/')
print os.path.splitext('x/y.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext')
print os.path.basename('/a/b/'), os.path.dirname('/a/b/c'), repr(os.path.dirname('c'))
print os.path.normpath('/a/./b/../c//d/'), os.path.normpath(''), os.path.normpath('../x/..')
print os.path.isabs('/x'), os.path.isabs('x'), os.path.exists('/'), os.path.isdir('/tmp')
print os.path.abspath('/a/b/../c'), os.path.commonprefix(['/usr/lib', '/usr/local'])
print os.path.splitdrive('/a/b'), os.path.sep, os.sep, os.pathsep, os.curdir, os.pardir
print os.path.expanduser('~') == os.environ.get('HOME'), os.linesep == '\n', os.name
print os.getcwd() == os.path.abspath('.'), os.path.relpath('/a/b/c', '/a')
print os.path.isfile('/tmp'), os.path.islink('/nonexistent_rpyvm'), os.path.lexists('/')
# expect: a/b/c /b a/b a/
# expect: ('/a/b', 'c.txt') ('', 'c') ('/', '')
# expect: ('x/y.tar', '.gz') ('.bashrc', '') ('noext', '')
# expect:  /a/b ''
# expect: /a/c/d . ..
# expect: True False True True
# expect: /a/c /usr/l
# expect: ('', '/a/b') / / : . ..
# expect: True True posix
# expect: True b/c
# expect: False False True
