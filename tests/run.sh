#!/bin/sh
# run.sh BUILD_DIR — run every unit test binary and every golden suite,
# then print one closing line "N passed, N failed". Exit 1 on any failure.
# A binary that dies before cmocka's summary (a sanitizer abort) counts
# as one failure, so a crash can never read as a pass.
B=${1:-build}
passed=0; failed=0
log=$(mktemp); trap 'rm -f "$log"' EXIT
for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	"$t" >"$log" 2>&1; rc=$?
	cat "$log"
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "run.sh: $t exited $rc without a failure summary"; f=1
	fi
	passed=$((passed + p)); failed=$((failed + f))
done
# Golden suites: each prints its own "golden: N passed, N failed" line.
for s in tests/golden/*/; do
	[ -f "$s/cmd" ] || continue
	sh tests/golden.sh "$B" "$s" >"$log" 2>&1
	cat "$log"
	p=$(sed -n 's/^golden .*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log")
	f=$(sed -n 's/^golden .*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log")
	[ -n "$p" ] || { echo "run.sh: suite $s printed no summary"; p=0; f=1; }
	passed=$((passed + p)); failed=$((failed + f))
done
# Script tests (install, docs, editors): each exits 0 or not.
for s in tests/scripts/*.sh; do
	[ -f "$s" ] || continue
	if sh "$s" "$B" >"$log" 2>&1; then passed=$((passed + 1)); echo "ok   $s"
	else failed=$((failed + 1)); cat "$log"; echo "FAIL $s"; fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
