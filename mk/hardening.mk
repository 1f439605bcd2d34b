# hardening.mk — helper programs the bad-input tests use (tests/tools/).
TEST_TOOLS := $(patsubst tests/tools/%.c,$(B)/tools/%,$(wildcard tests/tools/*.c))

$(B)/tools/%: tests/tools/%.c
	@mkdir -p $(B)/tools
	$(CC) $(ALL_CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $<

test: $(TEST_TOOLS)
