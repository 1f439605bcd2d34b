/* interp_item.c — the item level. Pass 1, line by line: the index gives the
 * activities matching the line's SKU, category and brand (no scan over all
 * activities); the first declared wins the line, unrelated later ones get
 * "conflict", and its group decides which members apply (resolve). Pass 2,
 * activity by activity in declaration order (so stacked members apply in
 * order): the discounts are computed on the running line amounts, nth and
 * pick over all the activity's lines at once, then capped by the budget.
 * A plain discount of an activity in no group is given in pass 1 already
 * when pass 2 would give the same (give_now). */
#include "support/money.h"
#include "support/sort.h"
#include "vm/interp.h"
#include "vm/opcodes.h"

/* The open item activities matching line i, ascending, in s->cands; the
 * line's combos go to s->combos for the combo level. *addon: whether an
 * add-on may name its SKU (vm_line_index). */
static size_t gather(vm_ctx_t *x, size_t i, bool *addon)
{
	vm_list_t lists[VM_KEY__COUNT];
	vm_scratch_t *s = x->s;
	uint32_t total = 0;
	vm_line_index(x, &x->c->lines[i], lists, addon);
	s->combos[i] = lists[VM_KEY_COMBO];
	for (int k = 0; k < VM_ITEM_KEYS; k++)
		total += lists[k].n;
	if (total == 0)
		return 0;
	if (!vm_grow((void **)&s->cands, &s->cap_cands, total, sizeof *s->cands)) {
		vm_nomem(x);
		return 0;
	}
	size_t n = 0;
	for (int k = 0; k < VM_ITEM_KEYS; k++)
		for (uint32_t j = 0; j < lists[k].n; j++)
			s->cands[n++] = lists[k].acts[j];
	vm_sort_u32(s->cands, n);
	size_t m = 0;
	for (size_t j = 0; j < n; j++)
		if ((m == 0 || s->cands[m - 1] != s->cands[j]) && vm_gate(x, s->cands[j]))
			s->cands[m++] = s->cands[j];
	return m;
}

/* The units of the line the activity (st: its state) may still discount,
 * and their amount. */
static int64_t granted(vm_ctx_t *x, const act_state_t *st, uint32_t line, int64_t base, int64_t *part)
{
	int64_t qty = x->c->lines[line].qty, cap = st->cap;
	int64_t g = cap < qty ? cap : qty;
	*part = g == qty ? base : (g <= 0 ? 0 : (int64_t)((__int128)base * g / qty));
	return g;
}

/* The line's units go to the activity (pass 2 computes the discount). */
static void take_units(vm_ctx_t *x, uint32_t act, uint32_t line, const vm_try_t *t)
{
	vm_scratch_t *s = x->s;
	if (!vm_grow((void **)&s->asg, &s->cap_asg, s->n_asg + 1, sizeof *s->asg) ||
	    !vm_grow((void **)&s->asg_tries, &s->cap_asg_tries, s->n_asg + 1, sizeof *s->asg_tries)) {
		vm_nomem(x);
		return;
	}
	s->asg_tries[s->n_asg] = *t;
	s->asg[s->n_asg] = (asg_t){ act, line, (uint32_t)s->n_asg, t->units };
	s->n_asg++;
	if (t->st->cap != VM_UNLIMITED)
		t->st->cap -= t->units;
}

static void try_item(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t)
{
	uint32_t line = x->line;
	int64_t part;
	t->open = true; /* gather() kept only the open candidates */
	t->applied = false;
	t->d = 0;
	t->st = vm_state(x, act);
	t->units = granted(x, t->st, line, base, &part);
	if (t->units <= 0) {
		bool stock = x->p->acts[act].flags & VM_F_STOCK;
		t->out = (vm_out_t){ .reason = stock ? REASON_STOCK : REASON_LIMIT };
		return;
	}
	t->base = part;
	vm_env_t env = { .qty = t->units, .base = part, .order = x->subtotal,
			 .unit = x->c->lines[line].price, .cart = x->c,
			 .memo = &x->s->attrs };
	vm_try_run(x, act, &env, t);
}

static void commit_item(vm_ctx_t *x, uint32_t act, const vm_try_t *t)
{
	vm_record(x, act, t);
	if (t->applied)
		take_units(x, act, x->line, t);
}

/* Whether pass 1 may put the try's discount on the line at once instead of
 * leaving it to pass 2, for an activity in no group that won the line.
 * Pass 2 would give the same amount (nothing else discounts this line at
 * this level), provided nothing in between reads the line's running
 * amount or depends on the order discounts are given in: an add-on naming
 * this SKU reads it, a pool (nth, pick) and a budget look at the
 * activity's lines together, gifts are listed in pass 2's order, and the
 * trace has its own order (so with --explain, pass 2 does it all). */
static bool give_now(vm_ctx_t *x, uint32_t act, const vm_try_t *t, bool addon)
{
	const vm_eff_t *e = &t->out.eff;
	return t->applied && !x->explain && !addon && !vm_is_pooled(e) && e->op != OP_ADDON &&
	       e->op != OP_GIFT && !(x->p->acts[act].flags & VM_F_BUDGET);
}

/* Pass 1 and 2 at once for such an activity: recorded as commit_item
 * would, its units counted, its discount given. */
static void give_item(vm_ctx_t *x, uint32_t act, uint32_t line, const vm_try_t *t)
{
	vm_record(x, act, t);
	if (t->st->cap != VM_UNLIMITED)
		t->st->cap -= t->units;
	vm_give(x, line, act, t->uncapped); /* no budget: uncapped is d */
}

/* Pass 1 for one line: who gets it. Candidates under one top-level member
 * are a contiguous run; the first run that applies takes the line, and the
 * later ones lose it to a conflict. */
static void assign_line(vm_ctx_t *x, uint32_t line)
{
	bool addon;
	size_t n = gather(x, line, &addon);
	uint32_t *c = x->s->cands, winner = UINT32_MAX;
	x->line = line;
	for (size_t i = 0, j; i < n && !x->failed; i = j) {
		uint32_t root = vm_root(x->p, c[i]);
		for (j = i + 1; j < n && vm_root(x->p, c[j]) == root;)
			j++;
		if (winner != UINT32_MAX) {
			for (size_t k = i; k < j; k++)
				vm_not_applied(x, c[k], REASON_CONFLICT, winner);
		} else if (root == c[i]) { /* an activity in no group: nothing to resolve */
			vm_try_t t;
			try_item(x, c[i], x->s->run[line], &t);
			if (give_now(x, c[i], &t, addon))
				give_item(x, c[i], line, &t);
			else
				commit_item(x, c[i], &t);
			winner = t.applied ? c[i] : UINT32_MAX;
		} else {
			vm_resolve(x, c + i, j - i, x->s->run[line], &winner);
		}
	}
}

static bool asg_before(const asg_t *u, const asg_t *v)
{
	return u->act != v->act ? u->act < v->act : u->line < v->line;
}

static int cmp_asg(const void *a, const void *b)
{
	return asg_before(a, b) ? -1 : asg_before(b, a) ? 1 : 0;
}

/* By activity, then line. Assignments arrive line by line, a few per
 * line: insertion sort for a cart's worth, sort_inplace beyond. */
static void sort_asg(asg_t *a, size_t n)
{
	if (n > 64) {
		sort_inplace(a, n, sizeof *a, cmp_asg);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		asg_t v = a[i];
		size_t j = i;
		for (; j > 0 && asg_before(&v, &a[j - 1]); j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

/* Pass 2, one line of one activity: its effect on the running amount. On
 * an amount pass 1 tried already (nothing stacked before it on the line),
 * the code and the effect give what they gave then, and pass 1's answer
 * is returned as kept; else the code runs again into *fresh. NULL: failed. */
static const vm_out_t *line_effect(vm_ctx_t *x, const asg_t *a, unit_run_t *u, vm_out_t *fresh)
{
	const cart_line_t *l = &x->c->lines[a->line];
	const vm_try_t *t = &x->s->asg_tries[a->try_at];
	const vm_out_t *out = &t->out;
	int64_t run = x->s->run[a->line];
	*u = (unit_run_t){ .price = l->price, .units = a->units, .line = a->line };
	u->base = a->units == l->qty ? run : (int64_t)((__int128)run * a->units / l->qty);
	bool same = u->base == t->base;
	if (!same) {
		vm_env_t env = { .qty = a->units, .base = u->base, .order = x->subtotal, .cart = x->c,
				 .memo = &x->s->attrs };
		vm_exec(x->p, a->act, &env, fresh);
		out = fresh;
	}
	if (!out->ok) {
		vm_not_applied_st(x, a->act, t->st, (reason_t)out->reason, UINT32_MAX);
		return out;
	}
	if (vm_is_pooled(&out->eff) || out->eff.op == OP_ADDON)
		return out; /* pooled later; an add-on's discount goes on its own line */
	if (same)
		u->disc = t->uncapped;
	else if (!vm_eff_amount(x, &out->eff, u->base, u->units, u->price, &u->disc))
		return NULL;
	return out->eff.op != OP_GIFT || vm_reward(x, a->act, &out->eff, out->eff.b) ? out : NULL;
}

/* The budget caps the activity's total; the cut is shared out by largest
 * remainder in proportion to each line's discount. */
static bool budget_cut(vm_ctx_t *x, uint32_t act, unit_run_t *u, size_t n)
{
	int64_t sum = 0;
	if (vm_state(x, act)->budget == VM_UNLIMITED)
		return true; /* no budget to cut at (and the sum, at most the subtotal, fits) */
	for (size_t j = 0; j < n; j++)
		if (!money_add(sum, u[j].disc, &sum)) {
			vm_overflow(x, vm_activity_name(x->p, act));
			return false;
		}
	int64_t cap = vm_cap_budget(x, act, sum);
	if (cap == sum || sum == 0)
		return true;
	for (size_t j = 0; j < n; j++)
		x->s->w[j] = u[j].disc;
	if (!money_allocate_sorted(cap, x->s->w, n, x->s->sh, x->s->rem))
		return false;
	for (size_t j = 0; j < n; j++)
		u[j].disc = x->s->sh[j];
	return true;
}

static void apply_act(vm_ctx_t *x, const asg_t *a, size_t n)
{
	unit_run_t *u = x->s->units;
	act_state_t *st = x->s->asg_tries[a[0].try_at].st; /* every a[i] is of one activity */
	size_t np = 0, nd = 0;
	vm_eff_t pooled = { 0 }, addon = { 0 };
	for (size_t i = 0; i < n && !x->failed; i++) {
		vm_out_t fresh;
		const vm_out_t *out = line_effect(x, &a[i], &u[nd], &fresh);
		if (!out || !out->ok)
			continue;
		vm_note_hint(st, out);
		if (out->eff.op == OP_ADDON)
			addon = out->eff;
		if (vm_is_pooled(&out->eff))
			pooled = out->eff;
		u[nd++].open = vm_is_pooled(&out->eff); /* flag until the pool is built */
	}
	for (size_t j = 0; j < nd; j++) { /* pooled lines to the front */
		if (!u[j].open)
			continue;
		unit_run_t t = u[j];
		u[j] = u[np], u[np++] = t;
	}
	if (x->failed || (np && !vm_eff_pooled(x, &pooled, u, np)) || !budget_cut(x, a[0].act, u, nd))
		return;
	char m[24];
	for (size_t j = 0; j < nd && !x->failed; j++) {
		if (u[j].disc > 0)
			vm_trace(x, "line %u %s: %s -%s", u[j].line + 1, x->c->lines[u[j].line].sku,
				 vm_activity_name(x->p, a[0].act), vm_money(x, u[j].disc, m));
		vm_give(x, u[j].line, a[0].act, u[j].disc);
	}
	if (addon.op == OP_ADDON && !x->failed)
		vm_reward(x, a[0].act, &addon, 0);
}

void vm_price_items(vm_ctx_t *x)
{
	x->try_act = try_item;
	x->commit = commit_item;
	for (size_t i = 0; i < x->c->nlines && !x->failed; i++)
		assign_line(x, (uint32_t)i);
	vm_scratch_t *s = x->s;
	if (s->n_asg > 1)
		sort_asg(s->asg, s->n_asg);
	for (size_t i = 0, j; i < s->n_asg && !x->failed; i = j) {
		for (j = i + 1; j < s->n_asg && s->asg[j].act == s->asg[i].act;)
			j++;
		apply_act(x, s->asg + i, j - i);
	}
}
