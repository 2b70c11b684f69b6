# misuse.py: a script that keeps working while test_misuse.c misuses the API.
state = {'calls': 0}

def ping():
    state['calls'] += 1
    return 'pong %d' % state['calls']

def call_c(f, *args):
    return f(*args)
