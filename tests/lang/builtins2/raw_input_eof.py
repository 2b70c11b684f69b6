# raw_input at end of input raises EOFError; uncaught, it ends the program.
print 'asking'
line = raw_input()
print 'never printed'
# expect: asking
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/builtins2/raw_input_eof.py", line 3, in <module>
# expect stderr:     line = raw_input()
# expect stderr: EOFError: EOF when reading a line
# expect exit: 1
