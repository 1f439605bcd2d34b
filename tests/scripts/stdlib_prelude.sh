#!/bin/sh
# stdlib_prelude.sh — every name of the prelude (stdlib/*.promo) has a
# "## NAME — ..." doc comment right above it, comes in a pair of a Chinese
# name and its English alias (define ALIAS = NAME), and is used by a test
# in tests/golden/stdlib/, so an entry added without them fails here.
cd "$(dirname "$0")/../.." || exit 2
fail=0
for f in stdlib/*.promo; do
	awk -v f="$f" '
		# doc: the first line of the "##" block just above the define
		/^## / { if (prev !~ /^## /) doc = $0 }
		/^define / {
			name = $2
			if (prev !~ /^## / || doc !~ "^## " name " ") { print "FAIL " f ": " name " has no \"## " name " — ...\" doc comment above it"; bad = 1 }
			body = $0; sub(/^define [^ ]+ = */, "", body); sub(/ *#.*/, "", body)
			if (body in names) alias[body] = name; else order[++n] = name
			names[name] = 1
		}
		{ prev = $0 }
		END {
			for (i = 1; i <= n; i++)
				if (!(order[i] in alias)) { print "FAIL " f ": " order[i] " has no English alias (define ALIAS = " order[i] ")"; bad = 1 }
			exit bad
		}' "$f" || fail=1
	for name in $(sed -n 's/^define \([^ ]*\) .*/\1/p' "$f"); do
		grep -q -- ": $name\$\|when $name:\|: $name *#\|when $name " tests/golden/stdlib/*.promo ||
			{ echo "FAIL $f: $name is used by no test in tests/golden/stdlib/"; fail=1; }
	done
done
exit $fail
