#!/bin/sh
# color.sh BUILD_DIR — colour on a terminal only: --color=always|never win,
# auto colours a terminal unless NO_COLOR is set (and non-empty), never a
# pipe. The terminal is faked with script(1) when it is installed.
B=${1:-build}
P=$(cd "$B" && pwd)/promo
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'activity a item SKU-1: 120%%\n' > "$tmp/bad.promo"
printf 'activity a item SKU-1: 8折\ntest "t" {\n  line SKU-1 at 100\n  expect total 1\n}\n' > "$tmp/fail.promo"
esc=$(printf '\033')
fail=0
# has_colour EXPECT(yes|no) LABEL COMMAND...: output through a pipe
has_colour() {
	want=$1 label=$2; shift 2
	if "$@" 2>&1 | grep -q "$esc\["; then got=yes; else got=no; fi
	[ "$got" = "$want" ] || { echo "FAIL $label: colour $got, want $want"; fail=1; }
}
for cmd in check test fmt; do
	f=$tmp/bad.promo; [ $cmd = test ] && f=$tmp/fail.promo
	[ $cmd = fmt ] && printf 'activity a item SKU-1 8折\n' > "$tmp/syn.promo" && f=$tmp/syn.promo
	has_colour yes "$cmd --color=always" "$P" $cmd --color=always "$f"
	has_colour yes "$cmd --color=always with NO_COLOR" env NO_COLOR=1 "$P" $cmd --color=always "$f"
	has_colour no "$cmd --color=never" "$P" $cmd --color=never "$f"
	has_colour no "$cmd auto on a pipe" "$P" $cmd "$f"
	if command -v script >/dev/null 2>&1; then
		has_colour yes "$cmd auto on a terminal" env -u NO_COLOR script -qec "$P $cmd $f" /dev/null
		has_colour no "$cmd auto on a terminal with NO_COLOR" env NO_COLOR=1 script -qec "$P $cmd $f" /dev/null
		has_colour yes "$cmd auto on a terminal, NO_COLOR empty" env NO_COLOR= script -qec "$P $cmd $f" /dev/null
	else
		echo "SKIP terminal cases: script(1) not installed"
	fi
done
exit $fail
