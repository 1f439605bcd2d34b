#!/bin/sh
# run.sh BUILD_DIR — `make bench`: generate the data, run every measurement
# one after another on this machine, print the table and write it to
# bench/results/latest.md. Sizes can be lowered for a quick look:
#   BENCH_CARTS (API carts, default 20000), BENCH_JSONL (default 100000),
#   BENCH_SIZES (build sizes, default "1000 10000 100000"), BENCH_NODE_CARTS (1000).
set -e
B=${1:-build}
B=$(cd "$B" && pwd)
D=$B/bench/data
OUT=bench/results/latest.md
CARTS=${BENCH_CARTS:-20000}
JSONL=${BENCH_JSONL:-100000}
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
NODE_CARTS=${BENCH_NODE_CARTS:-1000} # json-rules-engine needs ~4 ms a cart here
SEED=20261111
mkdir -p "$D" bench/results
tmp=$OUT.tmp
: > "$tmp"
say() { printf '%s\n' "$*" | tee -a "$tmp"; }
# run CMD...: its output into the table; its failure stops the bench (a
# pipe into tee would lose the exit status, and with it a disagreement).
run() {
	"$@" > "$tmp.step" 2>&1 || { cat "$tmp.step"; echo "bench: '$*' failed; stopping" >&2; exit 1; }
	tee -a "$tmp" < "$tmp.step"
}

# Median of three runs of a command, in milliseconds (runstat's first field).
median3() {
	for i in 1 2 3; do "$B/bench/runstat" "$@" | tail -1 | cut -d' ' -f1; done | sort -n | sed -n 2p
}

# world DIR SKUS ACTIVITIES CARTS: generate into DIR and build its .pbc.
world() {
	mkdir -p "$1"
	"$B/bench/gen" --skus "$2" --activities "$3" --carts "$4" --seed $SEED --out "$1"
	# Its warnings (category against SKU "may overlap" without a catalog)
	# are expected; on an error the build runs again to show it.
	"$B/promo" build "$1/campaign.promo" -o "$1/campaign.pbc" >/dev/null 2>&1 ||
		"$B/promo" build "$1/campaign.promo" -o "$1/campaign.pbc"
}

say "# promo benchmarks"
say ""
say "Machine: $(uname -srm); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC')."
say "Compiler: $(${CC:-cc} --version | head -1)."
say ""

# ---- 1. pricing through the C API, against the baseline ---------------------
S=$D/std
world "$S" 10000 1000 "$CARTS"
say "## 1. Pricing through promo.h (standard campaign: 1,000 activities, 10,000 SKUs, $CARTS carts)"
say ""
run "$B/bench/bench_vm" "$S/campaign.pbc" --skus 10000 --activities 1000 --carts "$CARTS" --seed $SEED \
	--rounds 5
say ""

# ---- 2. promo price --jsonl against jq -c . ----------------------------------
J=$D/jsonl
world "$J" 10000 1000 "$JSONL"
say "## 2. End to end: \`promo price --jsonl\` on $JSONL carts"
say ""
say "| command | median of 3 | carts/s | ratio to jq |"
say "|---|---|---|---|"
pm=$(median3 sh -c "'$B/promo' price --jsonl '$J/campaign.pbc' '$J/carts.jsonl' >/dev/null")
if command -v jq >/dev/null 2>&1; then
	jm=$(median3 sh -c "jq -c . '$J/carts.jsonl' >/dev/null")
	say "| jq -c . | $jm ms | $(awk "BEGIN{printf \"%.0f\", $JSONL*1000/$jm}") | 1.00× |"
	say "| promo price --jsonl | $pm ms | $(awk "BEGIN{printf \"%.0f\", $JSONL*1000/$pm}") | $(awk "BEGIN{printf \"%.2f\", $pm/$jm}")× |"
else
	say "| promo price --jsonl | $pm ms | $(awk "BEGIN{printf \"%.0f\", $JSONL*1000/$pm}") | (jq not installed) |"
fi
say ""

# ---- 3 and 4. build time and memory; .pbc load+verify ------------------------
say "## 3. Build (parse + check + overlap + codegen, \`promo build\`, whole process)"
say ""
say "| activities | SKUs | time | growth per 10× | peak RSS |"
say "|---|---|---|---|---|"
prev=""
for n in $SIZES; do
	G=$D/build$n
	mkdir -p "$G"
	"$B/bench/gen" --skus $((n * 10)) --activities "$n" --carts 0 --seed $SEED --out "$G"
	best=""; rss=""
	for i in 1 2 3; do
		set -- $("$B/bench/runstat" "$B/promo" build "$G/campaign.promo" -o "$G/campaign.pbc" | tail -1)
		if [ -z "$best" ] || awk "BEGIN{exit !($1 < $best)}"; then best=$1; fi
		rss=$2
	done
	growth="—"
	[ -n "$prev" ] && growth=$(awk "BEGIN{printf \"%.1f×\", $best/$prev}")
	say "| $n | $((n * 10)) | $best ms | $growth | $((rss / 1024)) MiB |"
	prev=$best
done
say ""
say "## 4. Loading a .pbc (load + verify from memory, median of 7; memory counted through the allocator hook)"
say ""
say "| activities | load+verify | .pbc bytes | bytes/activity | loaded program bytes | bytes/activity in memory |"
say "|---|---|---|---|---|---|"
for n in $SIZES; do
	run "$B/bench/bench_vm" --load "$D/build$n/campaign.pbc" --activities "$n"
done
say ""

# ---- optional rows -----------------------------------------------------------
if [ -f mk/bench-overlap.mk ]; then
	say "## 5. Overlap checking (make bench-overlap)"
	say ""
	run make --no-print-directory -s B="$B" bench-overlap
	say ""
fi
if command -v node >/dev/null 2>&1 && [ -f bench/node/package.json ]; then
	say "## 6. Reference: json-rules-engine (Node.js) on the same campaign"
	say ""
	if (cd bench/node && npm ci --silent --no-audit --no-fund >/dev/null 2>&1); then
		head -n "$NODE_CARTS" "$S/carts.jsonl" > "$S/node.jsonl"
		"$B/promo" price --jsonl "$S/campaign.pbc" "$S/node.jsonl" > "$S/node.expected.jsonl" || true
		# The VM's carts/s from section 1 gives the ratio column.
		vm=$(grep '^| VM through promo.h |' "$tmp" | cut -d'|' -f3 | tr -d ' ')
		rc=0
		node bench/node/run.js "$S/campaign.json" "$S/node.jsonl" "$S/node.expected.jsonl" "$NODE_CARTS" $vm \
			> "$S/node.out" 2>&1 || rc=$?
		tee -a "$tmp" < "$S/node.out"
		if [ "$rc" -eq 1 ]; then # a reference that prices differently is not the same campaign
			echo "bench: json-rules-engine and promo disagree (above); stopping" >&2
			exit 1
		fi
		[ "$rc" -eq 0 ] || say "(json-rules-engine row failed: exit $rc)"
	else
		say "(skipped: npm ci failed — no network?)"
	fi
	say ""
else
	say "(json-rules-engine row skipped: node not installed)"
fi
rm -f "$tmp.step"
mv "$tmp" "$OUT"
echo "bench: wrote $OUT"
