# Module found only after its directory is added to sys.path.
VALUE = 'found via sys.path'
