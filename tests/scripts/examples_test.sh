#!/bin/sh
# examples_test.sh BUILD_DIR — the example programs' own tests pass
# (`promo test examples/*.promo`), and there is a test for each activity of
# the example campaign (it names the activity at the start of its title or
# in an expectation).
B=${1:-build}
cd "$(dirname "$0")/../.." || exit 2
out=$("$B/promo" test examples/*.promo) || { echo "$out"; echo "FAIL promo test examples/*.promo"; exit 1; }
echo "$out" | tail -1
status=0
for a in $(sed -n 's/^ *activity \([^ ]*\).*/\1/p' examples/double11.promo); do
	grep -Eq "^test \"$a[: ]|^ *expect (not )?applied $a( |$)" examples/double11.promo ||
		{ echo "FAIL examples/double11.promo has no test for activity $a"; status=1; }
done
exit $status
