# A traceback whose last frame is a method.
class Machine(object):
    def run(self):
        self.step(3)

    def step(self, n):
        if n == 0:
            raise RuntimeError('machine halted')
        self.step(n - 1)

Machine().run()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/raise_runtime_error.py", line 11, in <module>
# expect stderr:     Machine().run()
# expect stderr:   File "tests/lang/errors/raise_runtime_error.py", line 4, in run
# expect stderr:     self.step(3)
# expect stderr:   File "tests/lang/errors/raise_runtime_error.py", line 9, in step
# expect stderr:     self.step(n - 1)
# expect stderr:   File "tests/lang/errors/raise_runtime_error.py", line 9, in step
# expect stderr:     self.step(n - 1)
# expect stderr:   File "tests/lang/errors/raise_runtime_error.py", line 9, in step
# expect stderr:     self.step(n - 1)
# expect stderr:   File "tests/lang/errors/raise_runtime_error.py", line 8, in step
# expect stderr:     raise RuntimeError('machine halted')
# expect stderr: RuntimeError: machine halted
# expect exit: 1
