#!/bin/sh
# doc_diagnostics.sh BUILD_DIR — the diagnostics the docs show are real:
# every "<!-- output: promo ARGS -->" marker in README.md or docs/*.md is
# followed by a ``` block that must equal, byte for byte, what
# `promo ARGS` prints (standard output and error) now.
B=${1:-build}
cd "$(dirname "$0")/../.." || exit 2
PROMO=$(cd "$B" && pwd)/promo
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail=0; checked=0
for doc in README.md docs/*.md; do
	for n in $(grep -n '^<!-- output: promo .* -->$' "$doc" | cut -d: -f1); do
		args=$(sed -n "${n}s/^<!-- output: promo \(.*\) -->$/\1/p" "$doc")
		sed -n "$((n + 2)),\$p" "$doc" | sed '/^```$/,$d' > "$T/shown"
		# shellcheck disable=SC2086  # ARGS are words, as on a command line
		"$PROMO" $args > "$T/actual" 2>&1
		checked=$((checked + 1))
		cmp -s "$T/shown" "$T/actual" ||
			{ echo "FAIL $doc:$n promo $args: the document shows other output"; diff "$T/shown" "$T/actual" | head -20; fail=1; }
	done
done
[ "$checked" -gt 0 ] || { echo "doc_diagnostics.sh: no output markers found"; exit 1; }
echo "doc_diagnostics: $checked outputs checked"
exit $fail
