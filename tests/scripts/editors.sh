#!/bin/sh
# editors.sh — the editor grammars know every keyword of the lexer.
# VS Code: tokenizes keyword probes, literal forms and every .promo file of
# the repository with vscode-textmate (editors/test/tokenize-test.js).
# Vim: every keyword gets a highlight group. Each part prints SKIP and
# passes only when its tool (node+npm, vim) is missing from the machine.
cd "$(dirname "$0")/../.." || exit 2
lexer="grammar/promo.l compiler/keywords.h"
for f in $lexer; do [ -f "$f" ] || { echo "editors.sh: $f is missing"; exit 1; }; done
status=0
B=${1:-build}
# The programs that check clean (error cases, e.g. tests/golden/check,
# are meant to hold invalid tokens); all of them when promo is not built.
files=""
for f in $(find . -name '*.promo' -not -path './build*' -not -path '*/node_modules/*' | sort); do
	if [ ! -x "$B/promo" ] || "$B/promo" check "$f" >/dev/null 2>&1; then files="$files $f"; fi
done

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
	(cd editors/test && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null) ||
		{ echo "editors.sh: npm ci failed in editors/test"; exit 1; }
	# shellcheck disable=SC2086  # one argument per file; paths have no spaces
	node editors/test/tokenize-test.js editors/vscode/syntaxes/promo.tmLanguage.json $lexer -- $files || status=1
else
	echo "SKIP vscode grammar test: node/npm not installed"
fi

if command -v vim >/dev/null 2>&1; then
	probe=$(mktemp); fails=$(mktemp); trap 'rm -f "$probe" "$fails"' EXIT
	# Keyword table rows ROW(TOKEN, "word") and flex rules "word" (as tokenize-test.js).
	cat $lexer | grep -oE '^[[:space:]]*[A-Z_]+\([A-Z_0-9]+, *"[a-z][a-z_]*"\)|^"[a-z][a-z_]*"' |
		sed 's/.*"\([a-z_]*\)".*/\1/' | sort -u > "$probe"
	VIM_FAILS=$fails vim -N -u NONE -i NONE -n -es \
		-c 'set rtp^=editors/vim' -c 'filetype plugin on' -c 'syntax on' -c 'set ft=promo' \
		-c 'source editors/test/vim-keywords.vim' "$probe" </dev/null >/dev/null 2>&1
	if [ -s "$fails" ]; then sed 's/^/FAIL vim: /' "$fails"; status=1
	elif [ "$(wc -l < "$probe")" -lt 40 ]; then echo "FAIL vim: too few keywords read from $lexer"; status=1
	else echo "vim: $(wc -l < "$probe") keywords highlighted"; fi
else
	echo "SKIP vim syntax test: vim not installed"
fi
exit $status
