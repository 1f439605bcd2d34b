# valgrind.mk — issue 7: `make test-valgrind` runs every test and the demo
# under memcheck (tests/valgrind.sh), failing on any error or leak.
.PHONY: test-valgrind
test-valgrind: deps all $(UNIT_BIN) $(BENCH_TOOLS) $(TEST_TOOLS)
	sh tests/valgrind.sh $(B)
