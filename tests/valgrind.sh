#!/bin/sh
# valgrind.sh BUILD_DIR — `make test-valgrind`: the whole test suite and the
# demo with every program of BUILD_DIR run under valgrind's memcheck. A
# mirror folder BUILD_DIR/vg holds one wrapper per executable, so the
# ordinary runners (tests/run.sh, scripts/demo.sh) need no change. Any
# memcheck error or leak makes the wrapped program exit 99, which fails
# its test (golden files record the exit code).
set -e
B=$(cd "${1:-build}" && pwd)
V=$B/vg
rm -rf "$V"
mkdir -p "$V"
supp=""
[ -f tests/valgrind.supp ] && supp="--suppressions=$(pwd)/tests/valgrind.supp"
wrap() { # wrap REAL WRAPPER
	mkdir -p "$(dirname "$2")"
	cat > "$2" <<EOW
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
	--errors-for-leak-kinds=definite,indirect,possible $supp "$1" "\$@"
EOW
	chmod +x "$2"
}
for f in "$B"/promo "$B"/tests/* "$B"/bench/*; do
	[ -f "$f" ] && [ -x "$f" ] || continue
	wrap "$f" "$V/${f#$B/}"
done
# libraries and data the tests reach through BUILD_DIR
for f in "$B"/libpromo.* "$B"/gen "$B"/tools "$B"/obj; do
	[ -e "$f" ] && ln -s "$f" "$V/"
done
rc=0
# Cases that reach a limit by brute force take minutes under memcheck; the
# ordinary and sanitizer runs cover them.
PROMO_SKIP_HEAVY=1 sh tests/run.sh "$V" || rc=1
if [ -f scripts/demo.sh ]; then
	sh scripts/demo.sh "$V" >"$V/demo.log" 2>&1 || { cat "$V/demo.log"; echo "valgrind: demo FAILED"; rc=1; }
	grep -q '==[0-9]*==' "$V/demo.log" && { cat "$V/demo.log"; echo "valgrind: demo has memcheck reports"; rc=1; }
	[ "$rc" -eq 0 ] && echo "valgrind: demo clean"
fi
exit $rc
