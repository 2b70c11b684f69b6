# rpyvm build. `make` builds build/rpyvm, build/librpyvm.a and build/librpyvm.so;
# `make test` runs unit tests and the program corpus (interpreter and JIT stress);
# `make deps` installs Debian packages (as root). ASAN=1 / UBSAN=1 build into
# their own folders; V=1 shows full commands. `make install PREFIX=/opt/x`
# installs the command, rpyvm.h, the libraries, rpyvm.pc and the man page;
# `make api` runs the embedding API tests (tests/api), plain and under ASan.

CC      ?= gcc
ifeq ($(ASAN),1)
BUILD   ?= build-asan
SANFLAGS = -fsanitize=address -fno-omit-frame-pointer
# Boehm GC memory is invisible to LeakSanitizer, whose tracer thread also
# crashes against Boehm's thread-suspend signals: leak checks are off.
export ASAN_OPTIONS := detect_leaks=0:$(ASAN_OPTIONS)
else ifeq ($(UBSAN),1)
BUILD   ?= build-ubsan
SANFLAGS = -fsanitize=undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
else
BUILD   ?= build
SANFLAGS =
endif

OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    = -Wall -Wextra -Werror -Wno-unused-parameter
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -DGC_THREADS $(WARN) $(CFLAGS) $(SANFLAGS) \
             -fPIC -MMD -MP -iquote . -Iinclude
LIBS    = -lgc -lgmp -lpcre2-8 -lm -lpthread -ldl
LDFLAGS += $(SANFLAGS)

# LLVM backend (jit/llvm_*.c): compiled against the llvm-c headers only;
# libLLVM is dlopen()ed at the first trace compile, never linked.
LLVM_CONFIG ?= llvm-config-19
LLVM_INCDIR := $(or $(shell $(LLVM_CONFIG) --includedir 2>/dev/null),/usr/lib/llvm-19/include)
LLVM_LIBDIR := $(shell $(LLVM_CONFIG) --libdir 2>/dev/null)
LLVM_CFLAGS  = -isystem $(LLVM_INCDIR) -DRPY_LLVM_LIBDIR=\"$(LLVM_LIBDIR)\"

ifeq ($(V),1)
Q =
else
Q = @
endif

LIB_SRC := $(sort $(wildcard frontend/*.c vm/*.c gc/*.c jit/*.c stdlib/*.c))
LIB_SRC := $(filter-out vm/main.c,$(LIB_SRC))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/stdlib/lib_embedded.o
PY_LIB  := $(sort $(wildcard stdlib/lib/*.py))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

VERSION := $(shell sed -n 's/^\#define RPYVM_VERSION "\(.*\)"/\1/p' include/rpyvm.h)
SONAME  = librpyvm.so.$(firstword $(subst ., ,$(VERSION)))

.PHONY: all deps test unit lang cli jit fuzz clean run install api api-run FORCE
all: $(BUILD)/rpyvm $(BUILD)/librpyvm.a $(BUILD)/librpyvm.so

$(BUILD)/jit/llvm_load.o $(BUILD)/jit/llvm_emit.o $(BUILD)/jit/llvm_orc.o: ALL_CFLAGS += $(LLVM_CFLAGS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

# Modules written in the language, embedded in the binary. The list of files
# is kept in a stamp file rewritten only when it changes, so that deleting or
# adding a module regenerates lib_embedded.c too.
PY_LIB_LIST := $(BUILD)/stdlib/lib_files.txt
$(PY_LIB_LIST): FORCE
	@mkdir -p $(dir $@)
	@echo '$(PY_LIB)' | cmp -s - $@ || echo '$(PY_LIB)' > $@

$(BUILD)/stdlib/lib_embedded.c: $(PY_LIB) $(PY_LIB_LIST) tools/embed.sh
	@mkdir -p $(dir $@)
	$(Q)sh tools/embed.sh $(PY_LIB) > $@

$(BUILD)/stdlib/lib_embedded.o: $(BUILD)/stdlib/lib_embedded.c
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/librpyvm.a: $(LIB_OBJ)
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && ar rcs $@ $^

# The shared library exports the public API (rpy_*) only.
$(BUILD)/librpyvm.map:
	@mkdir -p $(dir $@)
	$(Q)printf '{\n  global: rpy_*;\n  local: *;\n};\n' > $@

$(BUILD)/librpyvm.so: $(LIB_OBJ) $(BUILD)/librpyvm.map
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) -shared $(LDFLAGS) -Wl,-soname,$(SONAME) -Wl,--version-script,$(BUILD)/librpyvm.map \
	    -o $@ $(LIB_OBJ) $(LIBS)

# The installed static library: one object whose only global symbols are
# rpy_*, so the VM's internal names never clash with a host's.
# (build/librpyvm.a keeps everything: the unit tests use the internals.)
$(BUILD)/pub/librpyvm.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AR      $@")
	$(Q)ld -r -o $(BUILD)/pub/rpyvm.o $(LIB_OBJ) && \
	  objcopy -w --keep-global-symbol='rpy_*' $(BUILD)/pub/rpyvm.o && \
	  rm -f $@ && ar rcs $@ $(BUILD)/pub/rpyvm.o

# The CLI is an ordinary embedding host: it sees include/ only.
$(BUILD)/vm/main.o: vm/main.c include/rpyvm.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(filter-out -iquote .,$(ALL_CFLAGS)) -c $< -o $@

$(BUILD)/rpyvm: $(BUILD)/vm/main.o $(BUILD)/librpyvm.a
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/librpyvm.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/librpyvm.a -lcmocka $(LIBS)

unit: $(UNIT_BIN)
	$(Q)fail=0; for t in $(UNIT_BIN); do $$t || fail=1; done; exit $$fail

lang: $(BUILD)/rpyvm
	$(Q)python3 tests/run.py --vm $(BUILD)/rpyvm --modes "--jit off" \
	    "--jit threshold=1,function_threshold=1,trace_eagerness=1" tests/lang

cli: $(BUILD)/rpyvm
	$(Q)python3 tests/run_cli.py --vm $(BUILD)/rpyvm

# JIT tests (tests/jit): programs checked for their output and their PYPYLOG.
jit: $(BUILD)/rpyvm
	$(Q)python3 tests/jit/run.py --vm $(BUILD)/rpyvm

# Mutation fuzzing (tests/fuzz/fuzz.py), not part of `make test`; findings go to
# tests/fuzz/crashers/. Best run on the ASan build: `make fuzz ASAN=1`.
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
fuzz: $(BUILD)/rpyvm
	$(Q)python3 tests/fuzz/fuzz.py --vm $(BUILD)/rpyvm --seconds $(FUZZ_SECONDS) --jobs 2 $(FUZZ_ARGS)

test: all
	$(Q)$(MAKE) --no-print-directory unit lang cli api jit

# ---- embedding API tests (tests/api): each test_*.c is a host built on
# include/ only, linked with the public static library; run from the repo
# root, plain and in the ASan build, then an install + pkg-config check.
API_SRC := $(sort $(wildcard tests/api/test_*.c))
API_BIN := $(API_SRC:tests/api/%.c=$(BUILD)/tests/api/%)
API_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SANFLAGS) -pthread -Iinclude

$(BUILD)/tests/api/%: tests/api/%.c tests/api/api_test.h include/rpyvm.h $(BUILD)/pub/librpyvm.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(API_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/pub/librpyvm.a $(LIBS)

api-run: $(API_BIN)
	$(Q)fail=0; for t in $(API_BIN); do \
	  ASAN_OPTIONS=detect_leaks=0:$$ASAN_OPTIONS $$t tests/api || { echo "FAIL $$t"; fail=1; }; \
	done; exit $$fail

api: all
	$(Q)$(MAKE) --no-print-directory api-run
	$(Q)$(MAKE) --no-print-directory ASAN=1 BUILD=$(patsubst %-asan,%,$(BUILD))-asan api-run
	$(Q)sh tests/api/check_coverage.sh
	$(Q)sh tests/api/check_install.sh

# ---- install -------------------------------------------------------------------
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  = $(DESTDIR)$(PREFIX)/bin
LIBDIR  = $(DESTDIR)$(PREFIX)/lib
INCDIR  = $(DESTDIR)$(PREFIX)/include
PCDIR   = $(LIBDIR)/pkgconfig
MANDIR  = $(DESTDIR)$(PREFIX)/share/man/man1

$(BUILD)/rpyvm.pc: rpyvm.pc.in include/rpyvm.h FORCE
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' -e 's|@LIBS@|$(LIBS)|g' \
	    rpyvm.pc.in > $@.tmp && \
	  { cmp -s $@.tmp $@ || mv $@.tmp $@; }; rm -f $@.tmp

install: all $(BUILD)/pub/librpyvm.a $(BUILD)/rpyvm.pc
	install -d $(BINDIR) $(LIBDIR) $(INCDIR) $(PCDIR) $(MANDIR)
	install -m 755 $(BUILD)/rpyvm $(BINDIR)/rpyvm
	install -m 644 include/rpyvm.h $(INCDIR)/rpyvm.h
	install -m 644 $(BUILD)/pub/librpyvm.a $(LIBDIR)/librpyvm.a
	install -m 755 $(BUILD)/librpyvm.so $(LIBDIR)/librpyvm.so.$(VERSION)
	ln -sf librpyvm.so.$(VERSION) $(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(LIBDIR)/librpyvm.so
	install -m 644 $(BUILD)/rpyvm.pc $(PCDIR)/rpyvm.pc
	install -m 644 docs/rpyvm.1 $(MANDIR)/rpyvm.1

FORCE:

run: all
	$(Q)$(BUILD)/rpyvm examples/hello.py

# Debian packages the build and tests need. Run as root.
DEB_PKGS = build-essential llvm-19-dev libgc-dev libgmp-dev libpcre2-dev libcmocka-dev pkg-config python3
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	else echo "all dependencies installed"; fi

clean:
	rm -rf build build-asan build-ubsan

-include $(LIB_OBJ:.o=.d) $(BUILD)/vm/main.d
