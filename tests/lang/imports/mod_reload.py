# Module re-executed by reload().
print 'mod_reload body runs'
try:
    loads += 1
except NameError:
    loads = 1
