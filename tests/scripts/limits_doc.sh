#!/bin/sh
# limits_doc.sh — docs/limits.md, include/promo.h and the bad-input
# catalogue agree: every PROMO_MAX_* macro has a row in the table with the
# same value, every row's macro exists, and every case a row names exists
# as tests/golden/badinput/CASE.out (so it is run and its output checked).
cd "$(dirname "$0")/../.." || exit 2
doc=docs/limits.md
status=0
macros=$(sed -n 's/^#define \(PROMO_MAX_[A-Z_]*\) *\([^/]*\).*/\1 \2/p' include/promo.h)
[ -n "$macros" ] || { echo "FAIL no PROMO_MAX_* macros in include/promo.h"; exit 1; }
while read -r name expr; do
	value=$(($(echo "$expr" | tr -d '()' | sed 's/ //g')))
	row=$(grep "| \`$name\` |" "$doc")
	if [ -z "$row" ]; then echo "FAIL $name has no row in $doc"; status=1; continue; fi
	docval=$(echo "$row" | awk -F'|' '{ print $4 }' | awk '{ print $1 }')
	[ "$docval" = "$value" ] || { echo "FAIL $name: $doc says $docval, promo.h says $value"; status=1; }
done <<EOM
$macros
EOM
for name in $(grep -o '| `PROMO_MAX_[A-Z_]*` |' "$doc" | tr -d '|` '); do
	echo "$macros" | grep -q "^$name " || { echo "FAIL $doc names $name, which promo.h does not define"; status=1; }
done
for c in $(grep -o '`\(src\|cart\|catalog\|pbc\|stream\)_[a-z0-9_]*`' "$doc" | tr -d '`' | sort -u); do
	[ -f "tests/golden/badinput/$c.out" ] || { echo "FAIL $doc names case $c: no tests/golden/badinput/$c.out"; status=1; }
done
[ $status -eq 0 ] && echo "limits: $(echo "$macros" | wc -l) limits agree with $doc"
exit $status
