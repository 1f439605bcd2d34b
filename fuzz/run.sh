#!/bin/sh
# run.sh BUILD_DIR SECONDS TARGET... — replay every regression input
# (fuzz/regress/<target>/*) through its target, then, when SECONDS > 0,
# fuzz each target for SECONDS, one after the other. Exits 1 on any crash,
# leak, timeout or sanitizer report, and prints each target's exec count.
# New corpus entries go to BUILD_DIR/fuzz/corpus/<target> (not the repo);
# a crashing input is left in BUILD_DIR/fuzz/artifacts/.
B=$1; SECS=$2; shift 2
FZ=$B/fuzz
failed=0
mkdir -p "$FZ/artifacts"

# .pbc seeds are built from the source seeds: the format is the VM's to
# change, so none is committed.
mkdir -p "$FZ/seed/pbc"
for s in fuzz/corpus/source/*.promo; do
	"$B/promo" build "$s" -o "$FZ/seed/pbc/$(basename "$s" .promo).pbc" >/dev/null 2>&1 || true
done

maxlen() {
	case $1 in
	fuzz_source | fuzz_lint) echo 16384 ;; fuzz_pbc) echo 65536 ;; fuzz_cart) echo 8192 ;; *) echo 64 ;;
	esac
}
seeds() {
	case $1 in
	fuzz_pbc) echo "$FZ/seed/pbc" ;; *) echo "fuzz/corpus/${1#fuzz_}" ;;
	esac
}

for t in "$@"; do
	bin=$FZ/$t
	reg=fuzz/regress/${t#fuzz_}
	if [ -d "$reg" ] && [ -n "$(ls "$reg")" ]; then
		if "$bin" -runs=0 "$reg"/* >"$FZ/$t.regress.log" 2>&1; then
			echo "fuzz: $t: $(ls "$reg" | wc -l) regression inputs pass"
		else
			failed=1; tail -40 "$FZ/$t.regress.log"; echo "fuzz: $t: a regression input fails"
		fi
	fi
	[ "$SECS" -gt 0 ] || continue
	mkdir -p "$FZ/corpus/$t"
	"$bin" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len="$(maxlen "$t")" \
		-print_final_stats=1 -artifact_prefix="$FZ/artifacts/$t-" \
		"$FZ/corpus/$t" "$(seeds "$t")" >"$FZ/$t.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$FZ/$t.log")
	if [ "$rc" -ne 0 ]; then
		failed=1
		grep -m1 -B2 -A30 'ERROR\|runtime error\|fuzz:' "$FZ/$t.log" | head -60
		echo "fuzz: $t FAILED (exit $rc) after ${execs:-?} execs; input in $FZ/artifacts/"
	else
		echo "fuzz: $t: ${execs:-?} execs in ${SECS}s, no finding"
	fi
done
exit $failed
