#!/bin/sh
# docs_language.sh BUILD_DIR — every ```promo example in docs/language.md
# and the example campaign pass `promo check`, so the docs cannot drift.
B=${1:-build}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" '
	/^```promo$/ { n++; f = dir "/example" n ".promo"; inside = 1; next }
	/^```/ { inside = 0; next }
	inside { print > f }
' docs/language.md
count=$(ls "$tmp" | wc -l)
[ "$count" -ge 4 ] || { echo "docs_language: found only $count examples"; exit 1; }
rc=0
for f in "$tmp"/*.promo examples/double11.promo; do
	"$B/promo" check "$f" || { echo "docs_language: $f fails:"; cat "$f"; rc=1; }
done
exit $rc
