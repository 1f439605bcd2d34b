#!/bin/sh
# golden.sh BUILD_DIR SUITE_DIR — a golden suite is a folder with a `cmd`
# file (one shell line; $PROMO is the CLI, $CASE the case path without
# extension) and one `CASE.out` per case: the expected stdout+stderr
# followed by "exit: N". UPDATE=1 rewrites the .out files (review the diff!).
B=$1; S=${2%/}
PROMO=$(cd "$B" && pwd)/promo; export PROMO
cmd=$(cat "$S/cmd")
passed=0; failed=0
for out in "$S"/*.out; do
	[ -f "$out" ] || continue
	CASE=${out%.out}; export CASE
	actual=$(sh -c "$cmd" 2>&1; echo "exit: $?")
	if [ "${UPDATE:-0}" = 1 ]; then printf '%s\n' "$actual" > "$out"; fi
	if [ "$actual" = "$(cat "$out")" ]; then passed=$((passed + 1))
	else
		failed=$((failed + 1)); echo "FAIL $CASE"
		printf '%s\n' "$actual" | diff -u "$out" - | head -40
	fi
done
echo "golden $S: $passed passed, $failed failed"
