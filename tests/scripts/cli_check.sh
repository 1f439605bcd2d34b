#!/bin/sh
# cli_check.sh BUILD_DIR — the promo command's contract: exit codes 0/1/2,
# --help, COMMAND --help, --version, several files, standard input.
B=${1:-build}
P="$B/promo"
fail=0
expect() { # expect CODE DESCRIPTION -- command...
	want=$1; what=$2; shift 2
	"$@" >/dev/null 2>&1; got=$?
	[ "$got" = "$want" ] || { echo "cli_check: $what: exit $got, want $want"; fail=1; }
}
good=examples/double11.promo
bad=tests/golden/check/percent_range.promo
expect 0 "check clean"            "$P" check "$good"
expect 1 "check errors"           "$P" check "$bad"
expect 1 "errors in one of two"   "$P" check "$good" "$bad"
expect 2 "missing file"           "$P" check /nonexistent.promo
expect 2 "missing file wins"      "$P" check "$bad" /nonexistent.promo
expect 2 "no file"                "$P" check
expect 2 "unknown option"         "$P" check --bogus "$good"
expect 2 "bad colour"             "$P" check --color=sometimes "$good"
expect 2 "no command"             "$P"
expect 2 "unknown command"        "$P" chek "$good"
expect 0 "--help"                 "$P" --help
expect 0 "check --help"           "$P" check --help
expect 0 "--version"              "$P" --version
"$P" check - < "$good" || { echo "cli_check: stdin clean failed"; fail=1; }
out=$("$P" --version); case $out in "promo "[0-9]*.[0-9]*.[0-9]*) ;; *) echo "cli_check: --version printed '$out'"; fail=1;; esac
"$P" --help | grep -q "check" || { echo "cli_check: --help does not list check"; fail=1; }
"$P" check --help | grep -q "usage: promo check" || { echo "cli_check: check --help"; fail=1; }
# diagnostics go to stderr, nothing to stdout; colour only when asked
[ -z "$("$P" check "$bad" 2>/dev/null)" ] || { echo "cli_check: output on stdout"; fail=1; }
"$P" check --color=always "$bad" 2>&1 | grep -q "$(printf '\033')\[" || { echo "cli_check: no colour with --color=always"; fail=1; }
"$P" check "$bad" 2>&1 | grep -q "$(printf '\033')" && { echo "cli_check: colour on a pipe"; fail=1; }
"$P" check - < "$bad" 2>&1 | grep -q "^<stdin>:1:24: error" || { echo "cli_check: stdin name"; fail=1; }
exit $fail
