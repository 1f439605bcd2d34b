#!/bin/sh
# overlap.sh BUILD_DIR — times `promo lint` on generated programs of 1k,
# 10k and 100k activities; checks the one planted overlap is the only
# finding and names the right lines. Exit 1 on any miss or on 100k >= 2 s.
B=${1:-build}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
status=0
for n in 1000 10000 100000; do
	f="$dir/gen$n.promo"
	planted=$("$B/bench/gen_overlap" "$n" 2>&1 >"$f")
	first=$(echo "$planted" | cut -d' ' -f2); second=$(echo "$planted" | cut -d' ' -f3)
	start=$(date +%s%N)
	"$B/promo" lint "$f" --now 2029-01-01T00:00:00Z >"$dir/out" 2>&1; rc=$?
	end=$(date +%s%N)
	ms=$(( (end - start) / 1000000 ))
	errors=$(grep -c ': error:' "$dir/out")
	warnings=$(grep -c ': warning:' "$dir/out")
	ok=yes
	grep -q "^$f:$second:[0-9]*: error: activity 'planted' overlaps 'it28'" "$dir/out" || ok=no
	grep -q "^$f:$first:[0-9]*: note:" "$dir/out" || ok=no
	[ "$rc" = 1 ] && [ "$errors" = 1 ] && [ "$warnings" = 0 ] || ok=no
	printf 'bench-overlap: %6d activities  %5d ms  planted overlap found: %s\n' "$n" "$ms" "$ok"
	[ "$ok" = yes ] || { status=1; head -20 "$dir/out"; }
	[ "$n" = 100000 ] && [ "$ms" -ge 2000 ] && { echo "bench-overlap: 100k took ${ms} ms (limit 2000)"; status=1; }
done
exit $status
