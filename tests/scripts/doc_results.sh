#!/bin/sh
# doc_results.sh BUILD_DIR — the results shown in README.md and docs/*.md
# are real: every "<!-- result: promo ARGS -->" marker is followed by a
# ```json block, which must equal (as JSON) what `promo ARGS` prints now.
set -u
B=${1:-build}
PROMO=$(cd "$B" && pwd)/promo
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

for doc in README.md docs/*.md; do
	[ -f "$doc" ] || continue
	grep -n '^<!-- result: promo .* -->$' "$doc" | while IFS=: read -r n marker; do
		args=$(printf '%s' "$marker" | sed 's/^<!-- result: promo \(.*\) -->$/\1/')
		# the block: from the line after "```json" to the closing "```"
		sed -n "$((n + 2)),\$p" "$doc" | sed '/^```$/,$d' > "$T/shown.json"
		# shellcheck disable=SC2086
		"$PROMO" $args > "$T/actual.json" 2>&1
		if [ "$(jq -S -c . "$T/shown.json" 2>&1)" = "$(jq -S -c . "$T/actual.json" 2>&1)" ]; then
			echo "ok   $doc:$n promo $args"
		else
			echo "FAIL $doc:$n promo $args: the document shows another result"
			diff "$T/shown.json" "$T/actual.json" | head -20
			echo x >> "$T/failed"
		fi
		echo x >> "$T/checked"
	done
done
checked=$(cat "$T/checked" 2>/dev/null | wc -l)
[ "$checked" -gt 0 ] || { echo "doc_results.sh: no result markers found"; exit 1; }
[ ! -f "$T/failed" ]
