/* overlap.c — the overlap checker. No all-pairs loop: activities are filed
 * in buckets (overlap_index.c), large buckets are split by the attribute
 * value their activities pin (overlap_pin.c), and each bucket is swept in
 * order of window start, so only activities whose windows intersect are
 * ever compared. A pair is exempt when a group holds both (its nearest
 * common group says how they combine); otherwise, when their conditions
 * can hold together — each reading `order` and `qty` where it runs
 * (overlap_rel.c) — it is an error naming both, with a witness cart. */
#include <stdlib.h>
#include <string.h>
#include "compiler/overlap_index.h"
#include "compiler/overlap_rel.h"
#include "compiler/overlap_report.h"
#include "support/alloc.h"

/* Each activity is named in at most this many findings: one mistake in a
 * 100k-activity program must not print a million lines. */
#define OVL_MAX_PER_ACT 3

typedef struct opairs {
	uint64_t *slot; /* 0 = empty */
	size_t cap, n;
} opairs_t;

typedef struct octx {
	orep_t rep;
	oact_t *o;
	orel_ctx_t rel;  /* how each pair's `order` and `qty` relate */
	opairs_t seen;
	int64_t *ends;  /* window end per activity, for the active sets */
	const uint32_t *filed; /* entries per activity (oindex_t) */
	int errors;
	bool oom;
} octx_t;

static size_t opairs_find(const opairs_t *s, uint64_t k)
{
	size_t i = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 17) & (s->cap - 1);
	while (s->slot[i] && s->slot[i] != k)
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* Adds the pair; false when it was already there (or on OOM: c->oom). */
static bool opairs_add(octx_t *c, uint32_t x, uint32_t y)
{
	opairs_t *s = &c->seen;
	uint64_t k = ((uint64_t)(x < y ? x : y) << 32 | (x < y ? y : x)) + 1;
	if ((s->n + 1) * 2 > s->cap) {
		opairs_t g = { px_calloc(s->cap ? s->cap * 2 : 1024, sizeof *g.slot), s->cap ? s->cap * 2 : 1024, s->n };
		if (!g.slot) {
			c->oom = true;
			return false;
		}
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i])
				g.slot[opairs_find(&g, s->slot[i])] = s->slot[i];
		px_free(s->slot);
		*s = g;
	}
	size_t i = opairs_find(s, k);
	if (s->slot[i])
		return false;
	s->slot[i] = k;
	s->n++;
	return true;
}

/* Pairs that the bucket alone rules out, before looking at conditions. */
static bool ovl_candidates(const octx_t *c, char kind, const oentry_t *x, const oentry_t *y)
{
	if (x->act == y->act || (!x->native && !y->native) || (x->pinned && y->pinned))
		return false;
	if (kind == OB_UNKNOWN && x->native && y->native && x->role == y->role)
		return false; /* two categories (or brands) of different names */
	const oact_t *ox = &c->o[x->act], *oy = &c->o[y->act];
	if (ox->reported >= OVL_MAX_PER_ACT || oy->reported >= OVL_MAX_PER_ACT)
		return false;
	return !(ox->root && ox->root == oy->root);
}

/* An activity named OVL_MAX_PER_ACT times can never be named again: its
 * window is closed for the sweep, so the active sets drop it and no later
 * entry pays for it (100k SKU activities meeting the same few category
 * activities without a catalog cost a pass, not 100k times their number). */
static void ovl_named(octx_t *c, uint32_t act)
{
	if (++c->o[act].reported >= OVL_MAX_PER_ACT)
		c->ends[act] = INT64_MIN;
}

static bool ovl_saturated(const octx_t *c, uint32_t act)
{
	return c->o[act].reported >= OVL_MAX_PER_ACT;
}

/* A pair seen before in another bucket: only activities filed more than
 * once can meet twice, so only their pairs are remembered. */
static bool ovl_seen(octx_t *c, uint32_t x, uint32_t y)
{
	return c->filed[x] > 1 && c->filed[y] > 1 && !opairs_add(c, x, y);
}

static void ovl_pair(octx_t *c, const obucket_t *b, const oentry_t *x, const oentry_t *y)
{
	if (!ovl_candidates(c, b->key[0], x, y) || ovl_seen(c, x->act, y->act))
		return;
	oact_t *ox = &c->o[x->act], *oy = &c->o[y->act];
	orel_t rel;
	orel_pair(&c->rel, ox->act, oy->act, &rel);
	buf_t w;
	buf_init(&w);
	if (odnf_meet(&ox->cond, &oy->cond, &rel, c->rep.p->decimals, &w)) {
		bool sure = b->key[0] != OB_UNKNOWN;
		if (!orep_report(&c->rep, b, x, y, ox, oy, w.data ? w.data : ""))
			c->oom = true;
		ovl_named(c, x->act);
		ovl_named(c, y->act);
		c->errors += sure;
	}
	buf_free(&w);
}

static int ovl_by_start(const void *a, const void *b)
{
	const oentry_t *x = *(const oentry_t *const *)a, *y = *(const oentry_t *const *)b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->act < y->act ? -1 : x->act > y->act;
}

typedef struct ovisit {
	octx_t *c;
	const obucket_t *b;
	const oentry_t *e;
} ovisit_t;

/* false once the visiting entry's activity can be named no more. */
static bool ovl_visit(void *ud, const oentry_t *other)
{
	ovisit_t *v = ud;
	ovl_pair(v->c, v->b, other, v->e);
	return !ovl_saturated(v->c, v->e->act) && !v->c->oom;
}

/* An entry's class: derived (1) and pinned (2) entries never meet their
 * own kind in a bucket, nor, in the no-catalog bucket, do two categories
 * (4) or two brands (8) of different names, so each class has its own
 * active set and an entry visits the sets whose class shares no bit with
 * its own. (Without the last two, 4,000 category activities in a 100k
 * program visited each other 8 million times to compare nothing.) */
#define OVL_CLASSES 16

static unsigned ovl_class(const obucket_t *b, const oentry_t *e)
{
	unsigned cls = (unsigned)!e->native | (unsigned)e->pinned << 1;
	if (b->key[0] == OB_UNKNOWN && e->native)
		cls |= e->role == ROLE_CAT ? 4u : e->role == ROLE_BRAND ? 8u : 0u;
	return cls;
}

/* Sweep: entries by window start; the active sets hold the entries whose
 * window is still open, by class — two derived entries never need
 * comparing (100k SKU activities derived into one category bucket cost one
 * pass, not 100k squared), nor two pinned ones — and in lanes by group. */
static void ovl_sweep(octx_t *c, obucket_t *b)
{
	const oentry_t **e = (const oentry_t **)b->entries.items;
	size_t n = b->entries.n;
	oactive_t set[OVL_CLASSES] = { { 0 } };
	if (n < 2)
		return;
	for (size_t i = 0; i < n; i++)
		((oentry_t *)e[i])->start = c->o[e[i]->act].start; /* qsort has no context argument */
	qsort(e, n, sizeof *e, ovl_by_start);
	for (size_t i = 0; i < n && !c->oom; i++) {
		const group_t *root = c->o[e[i]->act].root;
		ovisit_t v = { c, b, e[i] };
		unsigned cls = ovl_class(b, e[i]);
		if (ovl_saturated(c, e[i]->act))
			continue;
		for (unsigned k = 0; k < OVL_CLASSES; k++)
			if (!(cls & k) && !oactive_visit(&set[k], root, e[i]->start, c->ends, ovl_visit, &v))
				break;
		if (!ovl_saturated(c, e[i]->act) && !oactive_add(&set[cls], e[i], root))
			c->oom = true;
	}
	for (unsigned k = 0; k < OVL_CLASSES; k++)
		oactive_free(&set[k]);
}

static int ovl_run(octx_t *c, const program_t *p, const catalog_t *cat, arena_t *a)
{
	oindex_t ix = { .arena = a };
	c->o = arena_alloc(a, (p->acts.n ? p->acts.n : 1) * sizeof *c->o);
	if (!c->o || !oact_init_all(a, p, c->o) || !orel_init(&c->rel, a, p) || !opin_all(a, p, c->o) ||
	    !oindex_build(&ix, p, cat) || !oindex_split(&ix, c->o))
		return -1;
	c->filed = ix.filed;
	c->ends = arena_alloc(a, (p->acts.n ? p->acts.n : 1) * sizeof *c->ends);
	if (!c->ends)
		return -1;
	for (size_t i = 0; i < p->acts.n; i++)
		c->ends[i] = c->o[i].end;
	for (size_t i = 0; i < ix.buckets.n && !c->oom; i++)
		ovl_sweep(c, ix.buckets.items[i]);
	return c->oom ? -1 : c->errors;
}

int overlap_check(const program_t *p, const catalog_t *cat, diag_list_t *dl)
{
	arena_t *a = arena_new();
	if (!a)
		return -1;
	octx_t c = { .rep = { .p = p, .dl = dl } };
	int rc = ovl_run(&c, p, cat, a);
	px_free(c.seen.slot);
	arena_free(a);
	diag_sort(dl);
	return rc;
}
