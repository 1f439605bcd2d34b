#!/bin/sh
# golden.sh BUILD_DIR SUITE_DIR — a golden suite is a folder with a `cmd`
# file (one shell line; $PROMO is the CLI, $CASE the case path without
# extension) and one `CASE.out` per case: the expected stdout+stderr
# followed by "exit: N". UPDATE=1 rewrites the .out files (review the diff!).
# A case with a CASE.heavy file beside it (a limit that takes seconds to
# reach) is skipped, and said to be, when PROMO_SKIP_HEAVY=1 (memcheck).
B=$1; S=${2%/}
PROMO=$(cd "$B" && pwd)/promo; export PROMO
cmd=$(cat "$S/cmd")
passed=0; failed=0; skipped=0
for out in "$S"/*.out; do
	[ -f "$out" ] || continue
	CASE=${out%.out}; export CASE
	if [ -f "$CASE.heavy" ] && [ "${PROMO_SKIP_HEAVY:-0}" = 1 ]; then
		skipped=$((skipped + 1)); echo "SKIP $CASE (heavy)"; continue
	fi
	actual=$(sh -c "$cmd" 2>&1; echo "exit: $?")
	if [ "${UPDATE:-0}" = 1 ]; then printf '%s\n' "$actual" > "$out"; fi
	if [ "$actual" = "$(cat "$out")" ]; then passed=$((passed + 1))
	else
		failed=$((failed + 1)); echo "FAIL $CASE"
		printf '%s\n' "$actual" | diff -u "$out" - | head -40
	fi
done
[ "$skipped" -eq 0 ] || echo "golden $S: $skipped heavy case(s) skipped"
echo "golden $S: $passed passed, $failed failed"
