# reload() re-executes a module's code in the same module object.
import mod_reload
print mod_reload.loads
m = reload(mod_reload)
print m is mod_reload, mod_reload.loads
# expect: mod_reload body runs
# expect: 1
# expect: mod_reload body runs
# expect: True 2
