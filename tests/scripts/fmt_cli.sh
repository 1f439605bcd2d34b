#!/bin/sh
# fmt_cli.sh BUILD_DIR — `promo fmt FILE` rewrites files in place (the same
# text `promo fmt -` prints), leaves formatted files untouched, refuses a
# file with syntax errors without touching it, and --check lists the rest.
B=${1:-build}
P=$(cd "$B" && pwd)/promo
cd "$(dirname "$0")/../.." || exit 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
cp tests/golden/fmt/messy.promo "$tmp/a.promo"
cp tests/golden/fmt/broken.promo "$tmp/b.promo"
"$P" fmt - < "$tmp/a.promo" > "$tmp/want"
"$P" fmt "$tmp/a.promo" || { echo "FAIL fmt FILE exited $?"; fail=1; }
cmp -s "$tmp/a.promo" "$tmp/want" || { echo "FAIL fmt FILE did not write what fmt - prints"; fail=1; }
touch -d '2000-01-01' "$tmp/a.promo"
"$P" fmt "$tmp/a.promo"
[ -z "$(find "$tmp/a.promo" -newermt 2001-01-01)" ] || { echo "FAIL a formatted file was rewritten"; fail=1; }
cp "$tmp/b.promo" "$tmp/b.orig"
"$P" fmt "$tmp/b.promo" 2>/dev/null; rc=$?
[ $rc -eq 1 ] || { echo "FAIL fmt on a syntax error exited $rc, want 1"; fail=1; }
cmp -s "$tmp/b.promo" "$tmp/b.orig" || { echo "FAIL a file with errors was changed"; fail=1; }
ls "$tmp" | grep -q 'fmt~' && { echo "FAIL a temporary file was left behind"; fail=1; }
out=$("$P" fmt --check "$tmp/a.promo" tests/golden/fmt/messy.promo); rc=$?
[ $rc -eq 1 ] && [ "$out" = "tests/golden/fmt/messy.promo: not formatted (run 'promo fmt tests/golden/fmt/messy.promo')" ] ||
	{ echo "FAIL fmt --check: exit $rc, output: $out"; fail=1; }
"$P" fmt "$tmp/missing.promo" 2>/dev/null; rc=$?
[ $rc -eq 2 ] || { echo "FAIL fmt on a missing file exited $rc, want 2"; fail=1; }
"$P" fmt 2>/dev/null; rc=$?
[ $rc -eq 2 ] || { echo "FAIL fmt without FILE exited $rc, want 2"; fail=1; }
exit $fail
