# rpyvm build. `make` builds build/rpyvm, build/librpyvm.a and build/librpyvm.so;
# `make test` runs unit tests and the program corpus (interpreter and JIT stress);
# `make deps` installs Debian packages (as root). ASAN=1 / UBSAN=1 build into
# their own folders; V=1 shows full commands.

CC      ?= gcc
ifeq ($(ASAN),1)
BUILD   ?= build-asan
SANFLAGS = -fsanitize=address -fno-omit-frame-pointer
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
LIBS    = -lgc -lm -lpthread -ldl
LDFLAGS += $(SANFLAGS)

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

.PHONY: all deps test unit lang cli clean run install
all: $(BUILD)/rpyvm $(BUILD)/librpyvm.a $(BUILD)/librpyvm.so

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

# Modules written in the language, embedded in the binary.
$(BUILD)/stdlib/lib_embedded.c: $(PY_LIB) tools/embed.sh
	@mkdir -p $(dir $@)
	$(Q)sh tools/embed.sh $(PY_LIB) > $@

$(BUILD)/stdlib/lib_embedded.o: $(BUILD)/stdlib/lib_embedded.c
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/librpyvm.a: $(LIB_OBJ)
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/librpyvm.so: $(LIB_OBJ)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) -shared $(LDFLAGS) -o $@ $^ $(LIBS)

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

test: all
	$(Q)$(MAKE) --no-print-directory unit lang cli

run: all
	$(Q)$(BUILD)/rpyvm examples/hello.py

# Debian packages the build and tests need. Run as root.
DEB_PKGS = build-essential llvm-19-dev libgc-dev libcmocka-dev pkg-config python3
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
