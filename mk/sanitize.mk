# mk/sanitize.mk — `make test-sanitize`: the whole test suite (unit, golden,
# script tests) built with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-asan/, then the 8-thread pricing test built with ThreadSanitizer into
# build-tsan/. -fno-sanitize-recover makes any UBSan report fail the test
# (otherwise it prints and the test still passes). ASan and TSan cannot share
# a build, hence two folders.
SAN_BASE  := -O1 -g -fno-omit-frame-pointer
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all
TSAN_FLAGS := -fsanitize=thread
TSAN_TESTS := test_api_threads

.PHONY: test-asan test-tsan
test-sanitize: test-asan test-tsan

test-asan:
	$(MAKE) --no-print-directory B=build-asan CFLAGS="$(SAN_BASE) $(ASAN_FLAGS)" \
		LDFLAGS="$(ASAN_FLAGS)" test

# TSan's runtime needs the low-entropy address layout that some kernels no
# longer give by default; setarch -R asks for it when available.
test-tsan:
	$(MAKE) --no-print-directory B=build-tsan CFLAGS="$(SAN_BASE) $(TSAN_FLAGS)" \
		LDFLAGS="$(TSAN_FLAGS)" $(TSAN_TESTS:%=build-tsan/tests/%)
	@set -e; for t in $(TSAN_TESTS); do \
		if setarch -R true 2>/dev/null; then r="setarch -R"; else r=""; fi; \
		echo "tsan: $$t"; TSAN_OPTIONS="halt_on_error=1 exitcode=66" $$r build-tsan/tests/$$t; \
	done
