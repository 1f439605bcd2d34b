# promo — build, test, demo, install.
# Data flows one way: grammar/ → compiler/ → vm/; lib/ is the public API
# (include/promo.h) over them; cli/ is a client of that API only.

CC      ?= cc
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
MANDIR  ?= $(PREFIX)/share/man
PCDIR   ?= $(LIBDIR)/pkgconfig
FLEX    ?= flex
BISON   ?= bison

VERSION_MAJOR := 0
VERSION_MINOR := 1
VERSION_PATCH := 0
VERSION := $(VERSION_MAJOR).$(VERSION_MINOR).$(VERSION_PATCH)
SONAME  := libpromo.so.$(VERSION_MAJOR)

B := build
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Werror
JANSSON_CFLAGS := $(shell pkg-config --cflags jansson 2>/dev/null)
JANSSON_LIBS   := $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson)
CMOCKA_LIBS    := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)
ALL_CPPFLAGS := -D_POSIX_C_SOURCE=200809L -Iinclude -I. -I$(B)/gen $(JANSSON_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   := $(WARN) -fPIC -fvisibility=hidden $(CFLAGS)
LIBS := $(JANSSON_LIBS) -lpthread

GEN_C   := $(B)/gen/promo.tab.c $(B)/gen/promo.lex.c $(B)/gen/prelude.c
LIB_SRC := $(sort $(wildcard support/*.c compiler/*.c vm/*.c lib/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(B)/obj/%.o) $(GEN_C:$(B)/gen/%.c=$(B)/obj/gen/%.o)
CLI_SRC := $(sort $(wildcard cli/*.c))
CLI_OBJ := $(CLI_SRC:%.c=$(B)/obj/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
TEST_SUPPORT := $(sort $(wildcard tests/unit/support_*.c))

.PHONY: all deps demo test test-unit test-golden install uninstall clean bench fuzz test-sanitize
all: $(B)/promo $(B)/libpromo.a $(B)/libpromo.so

# ---- generated sources ------------------------------------------------------
$(B)/gen/promo.tab.c $(B)/gen/promo.tab.h &: grammar/promo.y
	@mkdir -p $(B)/gen
	$(BISON) -Wall -Werror --defines=$(B)/gen/promo.tab.h -o $(B)/gen/promo.tab.c $<

$(B)/gen/promo.lex.c $(B)/gen/promo.lex.h &: grammar/promo.l $(B)/gen/promo.tab.h
	@mkdir -p $(B)/gen
	$(FLEX) --header-file=$(B)/gen/promo.lex.h -o $(B)/gen/promo.lex.c $<

# The prelude is written in promo and compiled into the library as text.
$(B)/gen/prelude.c: $(sort $(wildcard stdlib/*.promo)) scripts/embed.sh
	@mkdir -p $(B)/gen
	sh scripts/embed.sh promo_prelude_src $(sort $(wildcard stdlib/*.promo)) > $@

# ---- objects ----------------------------------------------------------------
$(B)/obj/gen/%.o: $(B)/gen/%.c $(B)/gen/promo.tab.h $(B)/gen/promo.lex.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -Wno-unused-function -Wno-sign-compare -c $< -o $@

$(B)/obj/%.o: %.c $(B)/gen/promo.tab.h $(B)/gen/promo.lex.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# ---- libraries and the CLI --------------------------------------------------
$(B)/libpromo.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(B)/libpromo.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) $(LDFLAGS) -o $(B)/libpromo.so.$(VERSION) $^ $(LIBS)
	ln -sf libpromo.so.$(VERSION) $(B)/$(SONAME)
	ln -sf libpromo.so.$(VERSION) $@

$(B)/promo: $(CLI_OBJ) $(B)/libpromo.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libpromo.a $(LIBS)

# ---- tests ------------------------------------------------------------------
$(B)/tests/%: tests/unit/%.c $(TEST_SUPPORT) $(B)/libpromo.a
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -Wno-unused-parameter -o $@ $< $(TEST_SUPPORT) $(B)/libpromo.a $(CMOCKA_LIBS) $(LIBS)

test: deps all $(UNIT_BIN)
	sh tests/run.sh $(B)

# ---- setup and demo ---------------------------------------------------------
deps:
	@sh scripts/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	sh scripts/demo.sh $(B)

# ---- install ----------------------------------------------------------------
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(PCDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(B)/promo $(DESTDIR)$(BINDIR)/promo
	install -m 644 include/promo.h $(DESTDIR)$(INCDIR)/promo.h
	install -m 644 $(B)/libpromo.a $(DESTDIR)$(LIBDIR)/libpromo.a
	install -m 755 $(B)/libpromo.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libpromo.so.$(VERSION)
	ln -sf libpromo.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf libpromo.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libpromo.so
	sed -e 's|@PREFIX@|$(PREFIX)|; s|@LIBDIR@|$(LIBDIR)|; s|@INCDIR@|$(INCDIR)|; s|@VERSION@|$(VERSION)|' promo.pc.in > $(DESTDIR)$(PCDIR)/promo.pc
	if [ -f docs/promo.1 ]; then install -m 644 docs/promo.1 $(DESTDIR)$(MANDIR)/man1/promo.1; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/promo $(DESTDIR)$(INCDIR)/promo.h $(DESTDIR)$(LIBDIR)/libpromo.* $(DESTDIR)$(PCDIR)/promo.pc $(DESTDIR)$(MANDIR)/man1/promo.1

clean:
	rm -rf $(B)

-include mk/*.mk
