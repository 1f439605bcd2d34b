#!/bin/sh
# cookbook.sh BUILD_DIR — every ```promo block of docs/cookbook.md (and of
# docs/testing.md) is a program with at least one test block: it must check
# clean and its tests must pass, so the prices the docs show are the prices
# the engine gives. A "```json cart" block is priced with the promo block
# above it and must print exactly the "```json result" block that follows.
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
		/^```json cart[ \t]*$/ { f = sprintf("%s/%s-%02d.cart", d, n, k); inb = 1; next }
		/^```json result[ \t]*$/ { f = sprintf("%s/%s-%02d.result", d, n, k); inb = 1; next }
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
carts=0
for c in "$dir"/*.cart; do
	[ -f "$c" ] || continue
	carts=$((carts + 1))
	b=${c%.cart}
	[ -f "$b.result" ] || { echo "FAIL $(basename "$c"): no json result block after it"; status=1; continue; }
	got=$("$PROMO" price "$b.promo" "$c" 2>&1) || { echo "FAIL $(basename "$c"): promo price"; echo "$got"; status=1; continue; }
	printf '%s\n' "$got" > "$b.got"
	if ! cmp -s "$b.result" "$b.got"; then
		echo "FAIL $(basename "$c"): the result differs from the docs"; diff "$b.result" "$b.got" | head -20; status=1
	fi
done
[ "$blocks" -ge 17 ] || { echo "FAIL only $blocks promo blocks found in the docs"; status=1; }
echo "cookbook: $blocks blocks, $carts JSON carts"
exit $status
