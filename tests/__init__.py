"""The test suite (a package, so that its modules import as tests.*)."""

import sys

# Imported before tests/conftest.py and every test module: with PYTHONDONTWRITEBYTECODE set
# (as on the shared machines), every pytest process compiled newsbot's ~350 modules and
# re-wrote all ~330 test modules from source on each run (collection: 10 s of CPU in each
# xdist worker, 4 s with bytecode kept), and each `newsbot` process a test starts compiled
# the modules again. The suite writes bytecode (__pycache__, ignored by git); the processes
# it starts keep the variable but read what it wrote.
sys.dont_write_bytecode = False
