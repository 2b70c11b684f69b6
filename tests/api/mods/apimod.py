# A module found through rpy_config.path (tests/api/mods), imported by exec.py.
def hello():
    return 'hi from apimod'
