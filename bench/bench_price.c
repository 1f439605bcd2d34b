/* bench_price.c — the VM through promo.h against the baseline: agreement
 * on every cart, then throughput (median of rounds, baseline and VM
 * alternating on the same carts), latency quantiles, 30-line carts, and the
 * allocations the warm pricing path makes. */
#include <stdio.h>
#include <stdlib.h>
#include "bench/bench.h"

typedef struct world {
	bm_model_t m;
	cartset_t cs;
	baseline_t *bl;
	promo_cart **pc;
} world_t;

static int world_build(world_t *w, const bm_sizes_t *sz)
{
	if (bm_build(&w->m, sz)) {
		fprintf(stderr, "bench_vm: %s\n", w->m.err);
		return -1;
	}
	if (cs_build(&w->cs, &w->m) || !(w->bl = bl_new(&w->m, &w->cs)) || !(w->pc = bn_promo_carts(&w->cs))) {
		fprintf(stderr, "bench_vm: out of memory building the carts\n");
		return -1;
	}
	return 0;
}

static void world_free(world_t *w)
{
	bn_free_promo_carts(w->pc, w->cs.ncarts);
	bl_free(w->bl);
	cs_free(&w->cs);
	bm_free(&w->m);
}

static void report_mismatch(uint32_t i, int vs, const promo_totals *t, int bs, const bl_totals_t *b)
{
	fprintf(stderr,
		"bench_vm: cart %u (line %u of carts.jsonl) disagrees: vm status %d subtotal %lld discount %lld "
		"shipping %lld total %lld; baseline status %d subtotal %lld discount %lld shipping %lld total %lld\n",
		i, i + 1, vs, (long long)t->subtotal, (long long)t->discount, (long long)t->shipping,
		(long long)t->total, bs, (long long)b->subtotal, (long long)b->discount, (long long)b->shipping,
		(long long)b->total);
}

/* The first cart line whose total differs, or nlines when all agree. */
static uint32_t line_differs(const promo_result *r, const bl_totals_t *b, uint32_t nlines)
{
	for (uint32_t i = 0; i < nlines; i++) {
		promo_line l;
		if (promo_result_line(r, i, &l) != PROMO_OK || l.total != b->line_total[i])
			return i;
	}
	return nlines;
}

/* Every cart priced both ways: the totals and every line's total must
 * agree; returns the number of disagreements. */
static uint32_t agree(const world_t *w, const promo_program *p, promo_result *r)
{
	uint32_t bad = 0;
	for (uint32_t i = 0; i < w->cs.ncarts; i++) {
		promo_totals t = { 0 };
		bl_totals_t b = { 0 };
		uint32_t nl = w->cs.carts[i].nlines, line = nl;
		int vs = promo_price(p, w->pc[i], r);
		if (!vs)
			promo_result_totals(r, &t);
		int bs = bl_price(w->bl, &w->cs.carts[i], &b);
		bool same = (vs != 0) == (bs != 0) &&
			    (vs || (t.subtotal == b.subtotal && t.discount == b.discount &&
				    t.shipping == b.shipping && t.total == b.total &&
				    (line = line_differs(r, &b, nl)) == nl));
		if (!same && bad++ < 5) {
			report_mismatch(i, vs, &t, bs, &b);
			if (line < nl)
				fprintf(stderr, "bench_vm: cart %u line %u: baseline total %lld\n", i, line,
					(long long)b.line_total[line]);
		}
	}
	return bad;
}

typedef struct lat {
	uint64_t p50, p99;
} lat_t;

/* Per-cart latency of one pass; vm selects the engine. */
static lat_t latency(const world_t *w, const promo_program *p, promo_result *r, bool vm, uint64_t *ns)
{
	volatile int64_t sink = 0;
	for (uint32_t i = 0; i < w->cs.ncarts; i++) {
		uint64_t t0 = bn_now_ns();
		bl_totals_t b;
		if (vm)
			sink += promo_price(p, w->pc[i], r);
		else
			sink += bl_price(w->bl, &w->cs.carts[i], &b) + b.total;
		ns[i] = bn_now_ns() - t0;
	}
	(void)sink;
	lat_t l = { bn_quantile(ns, w->cs.ncarts, 500), bn_quantile(ns, w->cs.ncarts, 990) };
	return l;
}

/* Nanoseconds for one pass over every cart, without per-cart clocks. */
static uint64_t pass(const world_t *w, const promo_program *p, promo_result *r, bool vm)
{
	volatile int64_t sink = 0;
	uint64_t t0 = bn_now_ns();
	for (uint32_t i = 0; i < w->cs.ncarts; i++) {
		bl_totals_t b;
		if (vm)
			sink += promo_price(p, w->pc[i], r);
		else
			sink += bl_price(w->bl, &w->cs.carts[i], &b) + b.total;
	}
	(void)sink;
	return bn_now_ns() - t0;
}

static void row(const char *what, uint32_t ncarts, uint32_t nlines, uint64_t ns, lat_t l, const char *ratio)
{
	printf("| %s | %.0f | %.1f | %.2f µs | %.2f µs | %s |\n", what, ncarts * 1e9 / (double)ns,
	       (double)ns / nlines, l.p50 / 1e3, l.p99 / 1e3, ratio);
}

static int measure(const world_t *w, const world_t *w30, const promo_program *p, unsigned rounds)
{
	promo_result *r = NULL;
	uint64_t *bt = calloc(rounds, sizeof *bt), *vt = calloc(rounds, sizeof *vt);
	uint64_t *ns = calloc(w->cs.ncarts > w30->cs.ncarts ? w->cs.ncarts : w30->cs.ncarts, sizeof *ns);
	if (!bt || !vt || !ns || promo_result_new(&r))
		return free(bt), free(vt), free(ns), 2;
	pass(w, p, r, true); /* warm-up: the result grows to the largest cart */
	uint64_t calls0 = bn_alloc_calls();
	for (unsigned k = 0; k < rounds; k++) {
		bt[k] = pass(w, p, r, false);
		vt[k] = pass(w, p, r, true);
	}
	uint64_t allocs = bn_alloc_calls() - calls0;
	uint64_t b = bn_quantile(bt, rounds, 500), v = bn_quantile(vt, rounds, 500);
	char ratio[64];
	lat_t bl = latency(w, p, r, false, ns), vl = latency(w, p, r, true, ns);
	row("baseline (hand-written C)", w->cs.ncarts, w->m.nlines, b, bl, "1.00×");
	snprintf(ratio, sizeof ratio, "%.2f× baseline", (double)v / (double)b);
	row("VM through promo.h", w->cs.ncarts, w->m.nlines, v, vl, ratio);
	pass(w30, p, r, true);
	uint64_t v30 = pass(w30, p, r, true), b30 = pass(w30, p, r, false);
	bl = latency(w30, p, r, false, ns);
	vl = latency(w30, p, r, true, ns);
	row("baseline, 30-line carts", w30->cs.ncarts, w30->m.nlines, b30, bl, "1.00×");
	snprintf(ratio, sizeof ratio, "%.2f× baseline", (double)v30 / (double)b30);
	row("VM, 30-line carts", w30->cs.ncarts, w30->m.nlines, v30, vl, ratio);
	printf("\nAllocations on the pricing path after warm-up: %llu in %u carts.\n",
	       (unsigned long long)allocs, rounds * w->cs.ncarts);
	promo_result_free(r);
	free(bt), free(vt), free(ns);
	return 0;
}

int bn_pricing(const char *pbc, const bm_sizes_t *sz, unsigned rounds, bool agree_only)
{
	world_t w = { 0 }, w30 = { 0 };
	bm_sizes_t sz30 = *sz;
	sz30.fixed_lines = 30;
	sz30.carts = sz->carts / 4 ? sz->carts / 4 : 1;
	promo_program *p = NULL;
	promo_result *r = NULL;
	char err[256] = "";
	int rc = 2;
	if (promo_program_load_file(pbc, &p, err, sizeof err)) {
		fprintf(stderr, "bench_vm: %s: %s\n", pbc, err);
		return 2;
	}
	if (world_build(&w, sz) || promo_result_new(&r))
		goto out;
	uint32_t bad = agree(&w, p, r);
	printf("Agreement: %u of %u carts priced the same by the VM and the baseline.\n", w.cs.ncarts - bad,
	       w.cs.ncarts);
	rc = bad ? 1 : 0;
	if (bad || agree_only || world_build(&w30, &sz30))
		goto out;
	printf("\n| engine | carts/s | ns/line | p50/cart | p99/cart | ratio |\n|---|---|---|---|---|---|\n");
	rc = measure(&w, &w30, p, rounds ? rounds : 1);
out:
	promo_result_free(r);
	promo_program_free(p);
	world_free(&w30);
	world_free(&w);
	return rc;
}
