# mk/sanitize.mk — `make test-sanitize`: the whole test suite (unit, golden,
# script tests) built with AddressSanitizer + UndefinedBehaviorSanitizer into
# $(ASAN_B), then the 8-thread pricing test built with ThreadSanitizer into
# $(TSAN_B). -fno-sanitize-recover makes any UBSan report fail the test
# (otherwise it prints and the test still passes). ASan and TSan cannot share
# a build, hence two folders (ASAN_B=DIR TSAN_B=DIR put them elsewhere).
ASAN_B ?= build-asan
TSAN_B ?= build-tsan
SAN_BASE  := -O1 -g -fno-omit-frame-pointer
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all
TSAN_FLAGS := -fsanitize=thread
TSAN_TESTS := test_api_threads

.PHONY: test-asan test-tsan
# Both legs always run, so one failure does not hide the other's findings.
test-sanitize:
	@rc=0; $(MAKE) --no-print-directory test-asan || rc=1; \
	$(MAKE) --no-print-directory test-tsan || rc=1; exit $$rc

test-asan:
	$(MAKE) --no-print-directory B=$(ASAN_B) CFLAGS="$(SAN_BASE) $(ASAN_FLAGS)" \
		LDFLAGS="$(ASAN_FLAGS)" test

# TSan's runtime needs the low-entropy address layout that some kernels no
# longer give by default; setarch -R asks for it when available.
test-tsan:
	$(MAKE) --no-print-directory B=$(TSAN_B) CFLAGS="$(SAN_BASE) $(TSAN_FLAGS)" \
		LDFLAGS="$(TSAN_FLAGS)" $(TSAN_TESTS:%=$(TSAN_B)/tests/%)
	@set -e; for t in $(TSAN_TESTS); do \
		if setarch -R true 2>/dev/null; then r="setarch -R"; else r=""; fi; \
		echo "tsan: $$t"; TSAN_OPTIONS="halt_on_error=1 exitcode=66" $$r $(TSAN_B)/tests/$$t; \
	done
