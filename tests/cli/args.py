# Program used by tests/run_cli.py: prints its path and arguments.
import sys
print sys.argv[0]
print sys.argv[1:]
