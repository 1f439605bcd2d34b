#!/bin/sh
# manpage.sh BUILD_DIR — the man page and docs/cli.md are in step with the
# CLI: docs/promo.1 is what scdoc makes of docs/promo.1.scd (when scdoc is
# installed), man reads it without warnings, and every command that
# `promo --help` lists is documented in both.
B=${1:-build}
cd "$(dirname "$0")/../.." || exit 2
status=0
if command -v scdoc >/dev/null 2>&1; then
	scdoc < docs/promo.1.scd | cmp -s - docs/promo.1 ||
		{ echo "FAIL docs/promo.1 is stale: run 'make man' and commit it"; status=1; }
else
	echo "SKIP scdoc not installed: docs/promo.1 not regenerated"
fi
if command -v man >/dev/null 2>&1; then
	w=$(man --warnings -l docs/promo.1 2>&1 >/dev/null)
	[ -z "$w" ] || { echo "FAIL man warnings:"; echo "$w"; status=1; }
fi
cmds=$("$B/promo" --help 2>&1 | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p')
[ -n "$cmds" ] || { echo "FAIL promo --help lists no commands"; status=1; }
for c in $cmds; do
	grep -q "^\*$c\* " docs/promo.1.scd || { echo "FAIL command '$c' missing from docs/promo.1.scd"; status=1; }
	grep -q "^## \`promo $c" docs/cli.md || { echo "FAIL command '$c' missing from docs/cli.md"; status=1; }
done
echo "manpage: commands checked: $(echo $cmds)"
exit $status
