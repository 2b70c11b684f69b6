# An uncaught user-defined exception with a message.
class ConfigError(Exception):
    pass

def load(name):
    if not name.endswith('.cfg'):
        raise ConfigError('bad config file name: ' + name)
    return name

def start():
    load('ok.cfg')
    load('notes.txt')

start()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/user_exception.py", line 14, in <module>
# expect stderr:     start()
# expect stderr:   File "tests/lang/errors/user_exception.py", line 12, in start
# expect stderr:     load('notes.txt')
# expect stderr:   File "tests/lang/errors/user_exception.py", line 7, in load
# expect stderr:     raise ConfigError('bad config file name: ' + name)
# expect stderr: __main__.ConfigError: bad config file name: notes.txt
# expect exit: 1
