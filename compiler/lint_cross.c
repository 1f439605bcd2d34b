/* lint_cross.c — the worst final unit price through the three levels, for
 * below-floor. Levels are priced in turn (item, combo, order), each taking
 * the worst its groups allow. An exclusive group that spans levels lets
 * one member apply in all (docs/pricing.md), so taking it level by level
 * would stack its item member on its order member: "either 20% off the
 * shoes or 50 off the order" would look like both. For each such group the
 * SKU meets, each way it can be taken — its activities of one level, or
 * one member group — is tried with the rest of the group left out, and the
 * worst of the combinations kept. */
#include <string.h>
#include "compiler/lint_worst.h"

#define CROSS_GROUPS 6  /* spanning groups handled per SKU ... */
#define CROSS_TRIES 64  /* ... and combinations; past either, levels are taken apart (still a bound) */
#define CROSS_CHOICES 8 /* ways one group is taken */

typedef struct xchoice {
	int level;          /* its activities of this level, or -1 ... */
	const group_t *grp; /* ... this member group */
} xchoice_t;

typedef struct xgroup {
	const group_t *g;
	xchoice_t c[CROSS_CHOICES];
	int n;
} xgroup_t;

static uint8_t level_bit(const activity_t *a)
{
	return (uint8_t)(1u << a->level);
}

static uint8_t mask_of(const worst_t *w, const group_t *g)
{
	return w->gstamp[g->index] == w->stamp ? w->gmask[g->index] : w->omask[g->index];
}

bool worst_cross_init(worst_t *w, arena_t *a, const program_t *p, const wsku_t *orders)
{
	size_t ng = p->groups.n ? p->groups.n : 1, na = p->acts.n ? p->acts.n : 1;
	w->omask = arena_alloc(a, ng);
	w->gmask = arena_alloc(a, ng);
	w->gstamp = arena_alloc(a, ng * sizeof *w->gstamp);
	w->offs = arena_alloc(a, na);
	if (!w->omask || !w->gmask || !w->gstamp || !w->offs)
		return false;
	memset(w->omask, 0, ng);
	memset(w->gstamp, 0, ng * sizeof *w->gstamp);
	w->stamp = 0;
	for (size_t i = 0; i < orders->norders; i++)
		for (const group_t *g = orders->orders[i]->parent; g; g = g->parent)
			w->omask[g->index] |= level_bit(orders->orders[i]);
	return true;
}

static void mark_levels(worst_t *w, const activity_t *const *acts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (const group_t *g = acts[i]->parent; g; g = g->parent) {
			if (w->gstamp[g->index] != w->stamp) {
				w->gstamp[g->index] = w->stamp;
				w->gmask[g->index] = w->omask[g->index];
			}
			w->gmask[g->index] |= level_bit(acts[i]);
		}
}

static void add_choice(xgroup_t *x, int level, const group_t *grp)
{
	for (int i = 0; i < x->n; i++)
		if (x->c[i].level == level && x->c[i].grp == grp)
			return;
	if (x->n < CROSS_CHOICES)
		x->c[x->n] = (xchoice_t){ level, grp };
	x->n++; /* past CROSS_CHOICES: too many, the caller gives up */
}

/* The ways g can be taken: by level for its activities, one by one for
 * its member groups the SKU meets. */
static void cross_choices(const worst_t *w, xgroup_t *x)
{
	uint8_t m = mask_of(w, x->g);
	for (size_t i = 0; i < x->g->members.n; i++) {
		const member_t *mb = x->g->members.items[i];
		if (!mb->is_group && (m & level_bit(mb->act)))
			add_choice(x, mb->act->level, NULL);
		else if (mb->is_group && mask_of(w, mb->grp))
			add_choice(x, -1, mb->grp);
	}
}

/* The exclusive groups over the SKU's item and combo activities whose
 * activities the SKU meets span levels; -1 when there are too many. */
static int cross_find(worst_t *w, const wsku_t *s, xgroup_t *out)
{
	const activity_t *const *lists[2] = { s->items, s->combos };
	size_t lens[2] = { s->nitems, s->ncombos };
	int k = 0;
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < lens[l]; i++)
			for (const group_t *g = lists[l][i]->parent; g; g = g->parent) {
				uint8_t m = mask_of(w, g);
				if (g->kind == GRP_STACK || !(m & (m - 1)))
					continue;
				int j = 0;
				while (j < k && out[j].g != g)
					j++;
				if (j < k)
					continue;
				if (k == CROSS_GROUPS)
					return -1;
				out[k] = (xgroup_t){ .g = g };
				cross_choices(w, &out[k]);
				if (out[k++].n > CROSS_CHOICES)
					return -1;
			}
	return k;
}

/* Is a taken when x is taken as choice c? */
static bool cross_allows(const xgroup_t *x, const xchoice_t *c, const activity_t *a)
{
	const void *child = a;
	const group_t *p = a->parent;
	for (; p && p != x->g; p = p->parent)
		child = p;
	if (!p)
		return true; /* not under x */
	return child == a ? c->level == (int)a->level : c->grp == child;
}

static void cross_mark(worst_t *w, const xgroup_t *xs, const int *pick, int k, const activity_t *const *acts,
		       size_t n)
{
	for (size_t i = 0; i < n; i++) {
		bool on = true;
		for (int j = 0; j < k && on; j++)
			on = cross_allows(&xs[j], &xs[j].c[pick[j]], acts[i]);
		w->offs[acts[i]->index] = !on;
	}
}

static int64_t chain(worst_t *w, const wsku_t *s, int64_t u, int64_t (*order)(void *ud, int64_t u), void *ud)
{
	u = worst_tree(w, NULL, s->items, s->nitems, u, worst_item);
	if (s->ncombos)
		u = worst_tree(w, NULL, s->combos, s->ncombos, u, worst_share);
	return w->off ? worst_tree(w, NULL, s->orders, s->norders, u, worst_share) : order(ud, u);
}

/* Tries every combination of choices (mixed radix over pick[]). */
static int64_t cross_tries(worst_t *w, const wsku_t *s, const xgroup_t *xs, int k, int64_t u)
{
	int pick[CROSS_GROUPS] = { 0 };
	int64_t worst = INT64_MAX;
	w->off = w->offs;
	for (;;) {
		cross_mark(w, xs, pick, k, s->items, s->nitems);
		cross_mark(w, xs, pick, k, s->combos, s->ncombos);
		cross_mark(w, xs, pick, k, s->orders, s->norders);
		int64_t v = chain(w, s, u, NULL, NULL);
		worst = v < worst ? v : worst;
		int j = 0;
		while (j < k && ++pick[j] == xs[j].n)
			pick[j++] = 0;
		if (j == k)
			break;
	}
	w->off = NULL;
	return worst;
}

int64_t worst_levels(worst_t *w, const wsku_t *s, int64_t u, int64_t (*order)(void *ud, int64_t u), void *ud)
{
	xgroup_t xs[CROSS_GROUPS];
	w->stamp++;
	mark_levels(w, s->items, s->nitems);
	mark_levels(w, s->combos, s->ncombos);
	int k = cross_find(w, s, xs);
	long tries = 1;
	for (int j = 0; j < k && tries <= CROSS_TRIES; j++)
		tries *= xs[j].n;
	if (k <= 0 || tries > CROSS_TRIES)
		return chain(w, s, u, order, ud);
	return cross_tries(w, s, xs, k, u);
}
