#!/bin/sh
# check_coverage.sh: every function of include/rpyvm.h is exercised by some
# tests/api/test_*.c, and every test has its paired script. Run from the
# repo root (make api does).
fail=0
for fn in $(grep -oE '\brpy_[a-z_]+\(' include/rpyvm.h | tr -d '(' | sort -u); do
  if ! grep -qE "\\b$fn\\(" tests/api/test_*.c; then
    echo "check_coverage: $fn is not used by any tests/api/test_*.c"
    fail=1
  fi
done
for t in tests/api/test_*.c; do
  name=$(basename "$t" .c | sed 's/^test_//')
  if [ ! -f "tests/api/$name.py" ]; then
    echo "check_coverage: $t has no paired script tests/api/$name.py"
    fail=1
  fi
done
n=$(grep -oE '\brpy_[a-z_]+\(' include/rpyvm.h | sort -u | wc -l)
[ $fail = 0 ] && echo "check_coverage: all $n API functions are tested"
exit $fail
