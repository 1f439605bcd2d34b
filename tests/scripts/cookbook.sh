#!/bin/sh
# cookbook.sh BUILD_DIR — every ```promo block of docs/cookbook.md (and of
# docs/testing.md) is a program with at least one test block: it must check
# clean and its tests must pass, so the prices the docs show are the prices
# the engine gives.
B=${1:-build}
cd "$(dirname "$0")/../.." || exit 2
PROMO=$B/promo
[ -x "$PROMO" ] || { echo "cookbook.sh: $PROMO not built"; exit 1; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
status=0; blocks=0
for doc in docs/cookbook.md docs/testing.md; do
	name=$(basename "$doc" .md)
	# Each block becomes NAME-N.promo, N counting from 1.
	awk -v d="$dir" -v n="$name" '
		/^```promo[ \t]*$/ { k++; f = sprintf("%s/%s-%02d.promo", d, n, k); inb = 1; next }
		/^```/ && inb { inb = 0; next }
		inb { print > f }' "$doc"
done
for f in "$dir"/*.promo; do
	[ -f "$f" ] || continue
	blocks=$((blocks + 1))
	block=$(basename "$f" .promo)
	if ! grep -q '^test "' "$f"; then echo "FAIL $block: no test block (show the priced cart)"; status=1; continue; fi
	out=$("$PROMO" check "$f" 2>&1) || { echo "FAIL $block: promo check"; echo "$out"; status=1; continue; }
	out=$("$PROMO" test "$f" 2>&1) || { echo "FAIL $block: promo test"; echo "$out"; status=1; continue; }
done
[ "$blocks" -ge 17 ] || { echo "FAIL only $blocks promo blocks found in the docs"; status=1; }
echo "cookbook: $blocks blocks"
exit $status
