# Uses Python 2's implicit relative import: `import helper` finds pkg_rel/helper.py.
import helper

def combined(s):
    return helper.shout(s) + ' (via ' + helper.__name__ + ')'
