#!/bin/sh
# check_install.sh: `make install` into a temporary prefix, then build the
# embedding example out of tree with pkg-config, against the shared and the
# static library, and run it. Run from the repo root (make api does).
set -e
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rpyvm-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
make --no-print-directory install PREFIX="$prefix" > "$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log"; echo "check_install: make install failed"; exit 1; }
for f in bin/rpyvm include/rpyvm.h lib/librpyvm.a lib/librpyvm.so lib/pkgconfig/rpyvm.pc \
         share/man/man1/rpyvm.1; do
  [ -e "$prefix/$f" ] || { echo "check_install: $f was not installed"; exit 1; }
done
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
pkg-config --exists rpyvm || { echo "check_install: pkg-config does not find rpyvm"; exit 1; }
# The header alone compiles as C99, C11 and C++.
printf '#include <rpyvm.h>\nint main(void) { rpy_config c; rpy_config_init(&c); return 0; }\n' > "$tmp/h.c"
cc -std=c99 -Wall -Wextra -Werror -pedantic $(pkg-config --cflags rpyvm) -c "$tmp/h.c" -o "$tmp/h99.o"
cc -std=c11 -Wall -Wextra -Werror -pedantic $(pkg-config --cflags rpyvm) -c "$tmp/h.c" -o "$tmp/h11.o"
if command -v c++ > /dev/null; then
  c++ -Wall -Wextra -Werror $(pkg-config --cflags rpyvm) -x c++ -c "$tmp/h.c" -o "$tmp/hpp.o"
fi
# The example, out of tree, with its own Makefile (shared library).
cp examples/embed/host.c examples/embed/Makefile "$tmp/"
(cd "$tmp" && make --no-print-directory -s host > build.log 2>&1) || {
  cat "$tmp/build.log"; echo "check_install: examples/embed does not build"; exit 1; }
(cd "$tmp" && ./host > run.log 2>&1) || {
  cat "$tmp/run.log"; echo "check_install: examples/embed/host failed (shared library)"; exit 1; }
grep -q "all checks passed" "$tmp/run.log"
# The same against the static library.
cc -O2 -pthread $(pkg-config --cflags rpyvm) -o "$tmp/host_static" "$tmp/host.c" \
  "$prefix/lib/librpyvm.a" $(pkg-config --static --libs rpyvm | sed 's/-lrpyvm\b//')
"$tmp/host_static" > "$tmp/run_static.log" 2>&1 || {
  cat "$tmp/run_static.log"; echo "check_install: examples/embed/host failed (static library)"; exit 1; }
# The installed command runs.
"$prefix/bin/rpyvm" -c 'print "installed", 6 * 7' | grep -q "installed 42"
echo "check_install: install, pkg-config, shared and static example: ok"
