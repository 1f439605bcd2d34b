# bench.mk — issue 6: the generator, the hand-written baseline, the VM
# bench and `make bench` (bench/run.sh writes bench/results/latest.md).
# Bench programs are not part of libpromo: they link it like any embedder.

BENCH_MODEL := bench/model.c bench/catalog.c bench/campaign.c bench/carts.c bench/emit.c \
	bench/emit_json.c
BENCH_VM_SRC := bench/bench_vm.c bench/bench_price.c bench/bench_load.c bench/bench_carts.c \
	bench/bench_alloc.c bench/bench_time.c bench/cartset.c bench/baseline_tables.c \
	bench/baseline_price.c $(BENCH_MODEL)
BENCH_HDR := $(wildcard bench/*.h)

$(B)/bench/gen: bench/gen.c $(BENCH_MODEL) $(BENCH_HDR)
	@mkdir -p $(B)/bench
	$(CC) $(ALL_CPPFLAGS) $(WARN) $(CFLAGS) -o $@ bench/gen.c $(BENCH_MODEL)

$(B)/bench/runstat: bench/runstat.c
	@mkdir -p $(B)/bench
	$(CC) $(ALL_CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $<

$(B)/bench/bench_vm: $(BENCH_VM_SRC) $(BENCH_HDR) $(B)/libpromo.a
	@mkdir -p $(B)/bench
	$(CC) $(ALL_CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $(BENCH_VM_SRC) $(B)/libpromo.a $(LIBS)

BENCH_TOOLS := $(B)/bench/gen $(B)/bench/runstat $(B)/bench/bench_vm $(B)/promo

# The build packages, and jq: the reference for the cost of merely
# handling JSON (row 2).
.PHONY: deps-bench
deps-bench:
	@DEPS_EXTRA=jq sh scripts/deps.sh

bench: deps-bench all $(BENCH_TOOLS)
	sh bench/run.sh $(B)

# The agreement check in `make test` (tests/scripts/bench_agree.sh) needs
# these built first.
test: $(BENCH_TOOLS)
