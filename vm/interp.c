/* interp.c — vm_price: set up the cart's lines, run the levels in order
 * (item, combo, order, shipping), build the result. Also the per-activity
 * bookkeeping every level shares: the gate (window, coupon, limit, stock,
 * budget), reasons, hints, the trace and arithmetic errors. */
#include "vm/interp.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "support/alloc.h"
#include "support/buf.h"
#include "support/money.h"
#include "support/sort.h"

void vm_scratch_free(vm_scratch_t *s)
{
	if (!s)
		return;
	px_free(s->acts);
	px_free(s->run);
	px_free(s->w);
	px_free(s->sh);
	px_free(s->lines);
	px_free(s->shares);
	px_free(s->asg);
	px_free(s->asg_tries);
	px_free(s->touched);
	px_free(s->touched_tmp);
	px_free(s->cands);
	px_free(s->tries);
	px_free(s->units);
	px_free(s->count);
	px_free(s->addon);
	px_free(s->rem);
	px_free(s->grps);
	px_free(s->by_sku);
	px_free(s->combos);
	px_free(s->conds);
	px_free(s);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The lists sorted per cart are short (a line's activities, the touched
 * ones): insertion sort up to a few dozen avoids the indirect calls. */
void vm_sort_u32(uint32_t *a, size_t n)
{
	if (n > 64) {
		sort_inplace(a, n, sizeof *a, cmp_u32);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		uint32_t v = a[i];
		size_t j = i;
		if (a[i - 1] <= v)
			continue; /* most are in order already */
		for (; j > 0 && a[j - 1] > v; j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

static inline vm_list_t key_list(const vm_program_t *p, const vm_keyent_t *e, vm_key_kind_t kind)
{
	vm_list_t l = { NULL, 0 };
	if (e)
		l.acts = vm_key_acts(p, e->key[kind], &l.n);
	return l;
}

void vm_line_index(vm_ctx_t *x, const cart_line_t *l, vm_list_t out[VM_KEY__COUNT], bool *addon)
{
	const vm_program_t *p = x->p;
	const char *keys[VM_KEY__COUNT] = { l->sku, l->category, l->brand, l->sku };
	*addon = true;
	if (!x->keys) { /* no table (out of memory): binary search */
		for (int k = 0; k < VM_KEY__COUNT; k++)
			out[k].acts = vm_index_lookup(p, (vm_key_kind_t)k, keys[k], &out[k].n);
		return;
	}
	const size_t lens[VM_ITEM_KEYS] = { l->sku_len, l->category_len, l->brand_len };
	const vm_keyent_t *e[VM_ITEM_KEYS];
	vm_keyhash_find_n(p, x->keys, VM_ITEM_KEYS, keys, lens, e);
	*addon = e[0] && e[0]->addon;
	out[VM_KEY_SKU] = key_list(p, e[0], VM_KEY_SKU);
	out[VM_KEY_COMBO] = key_list(p, e[0], VM_KEY_COMBO);
	out[VM_KEY_CATEGORY] = key_list(p, e[1], VM_KEY_CATEGORY);
	out[VM_KEY_BRAND] = key_list(p, e[2], VM_KEY_BRAND);
}

/* The end of the ascending run that starts at i. */
static size_t run_from(const uint32_t *a, size_t i, size_t n)
{
	while (++i < n && a[i - 1] <= a[i])
		;
	return i;
}

static void merge_u32(const uint32_t *a, size_t m, size_t n, uint32_t *out)
{
	size_t i = 0, j = m, o = 0;
	while (i < m && j < n)
		out[o++] = a[j] < a[i] ? a[j++] : a[i++];
	while (i < m)
		out[o++] = a[i++];
	while (j < n)
		out[o++] = a[j++];
}

void vm_sort_runs(uint32_t *a, uint32_t *tmp, size_t n)
{
	uint32_t *from = a, *to = tmp;
	if (n <= 64) {
		vm_sort_u32(a, n);
		return;
	}
	for (;;) { /* one pass merges the runs two by two */
		size_t i = 0, runs = 0;
		while (i < n) {
			size_t m = run_from(from, i, n), e = m < n ? run_from(from, m, n) : n;
			merge_u32(from + i, m - i, e - i, to + i);
			i = e, runs++;
		}
		uint32_t *t = from;
		from = to, to = t;
		if (runs == 1)
			break;
	}
	if (from != a)
		memcpy(a, from, n * sizeof *a);
}

static int cmp_sku_line(const void *a, const void *b)
{
	const sku_line_t *u = a, *v = b;
	int c = strcmp(u->sku, v->sku);
	return c ? c : (u->line > v->line) - (u->line < v->line);
}

/* Add-ons and combos ask for a SKU once per line they are evaluated on: a
 * scan each time made a cart cost the square of its lines. A cart that
 * asks more than a few times has its lines sorted by SKU once, then
 * searched in log time; the few scans before cost less than the sort. */
uint32_t vm_line_of_sku(vm_ctx_t *x, const char *sku)
{
	vm_scratch_t *s = x->s;
	size_t n = x->c->nlines, lo = 0, hi = n;
	if (n <= 16 || s->sku_scans < 16) {
		s->sku_scans++;
		for (size_t i = 0; i < n; i++)
			if (strcmp(x->c->lines[i].sku, sku) == 0)
				return (uint32_t)i;
		return UINT32_MAX;
	}
	if (!s->by_sku_ready) {
		for (size_t i = 0; i < n; i++)
			s->by_sku[i] = (sku_line_t){ x->c->lines[i].sku, (uint32_t)i };
		sort_inplace(s->by_sku, n, sizeof *s->by_sku, cmp_sku_line);
		s->by_sku_ready = true;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(s->by_sku[mid].sku, sku) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(s->by_sku[lo].sku, sku) == 0 ? s->by_sku[lo].line : UINT32_MAX;
}

void vm_trace_line(vm_ctx_t *x, const char *fmt, ...)
{
	if (!x->explain || !x->r->trace)
		return;
	va_list ap;
	char line[512];
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	buf_puts(x->r->trace, line);
	buf_putc(x->r->trace, '\n');
}

const char *vm_money(vm_ctx_t *x, int64_t v, char buf[24])
{
	money_format(v, x->p->decimals, buf);
	return buf;
}

static void fail_with(vm_ctx_t *x, int status, const char *fmt, const char *what)
{
	if (x->failed)
		return;
	x->failed = true;
	x->r->status = status;
	snprintf(x->r->error, sizeof x->r->error, fmt, what);
}

void vm_overflow(vm_ctx_t *x, const char *what)
{
	fail_with(x, 7 /* PROMO_E_OVERFLOW */, "money arithmetic overflowed in %s", what);
}

void vm_nomem(vm_ctx_t *x)
{
	fail_with(x, 2 /* PROMO_E_NOMEM */, "out of memory while pricing%s", "");
}

void vm_trace_reason(vm_ctx_t *x, uint32_t act, reason_t why, uint32_t by)
{
	if (by != UINT32_MAX)
		vm_trace(x, "%s: not applied (%s: %s)", vm_activity_name(x->p, act), reason_code(why),
			 vm_activity_name(x->p, by));
	else
		vm_trace(x, "%s: not applied (%s)", vm_activity_name(x->p, act), reason_code(why));
}

/* Item level: stock and limit cap the units; other levels count orders. */
static reason_t gate_counts(vm_ctx_t *x, const vm_act_t *a, const char *name, act_state_t *st)
{
	int64_t v;
	bool item = a->level == VM_LVL_ITEM;
	if (a->flags & VM_F_LIMIT) {
		int64_t used = cart_count(x->c, 'u', name, &v) ? v : 0, left;
		if (!money_sub(a->limit, used, &left) || left <= 0)
			return REASON_LIMIT;
		if (item)
			st->cap = left;
	}
	if (a->flags & VM_F_STOCK) {
		int64_t left = cart_count(x->c, 's', name, &v) ? v : a->stock;
		if (left <= 0)
			return REASON_STOCK;
		if (item && left < st->cap)
			st->cap = left;
	}
	if (a->flags & VM_F_BUDGET) {
		st->budget = cart_count(x->c, 'b', name, &v) ? v : a->budget;
		if (st->budget <= 0)
			return REASON_BUDGET;
	}
	return REASON__COUNT;
}

/* vm_gate's first ask for an activity with clauses: the checks in
 * docs/pricing.md's order. */
bool vm_gate_clauses(vm_ctx_t *x, uint32_t act, act_state_t *st)
{
	const vm_act_t *a = &x->p->acts[act];
	reason_t why = REASON__COUNT;
	if ((a->flags & VM_F_WINDOW) && (x->c->at < a->start || x->c->at >= a->end))
		why = REASON_WINDOW;
	else if ((a->flags & VM_F_COUPON) && !cart_has_coupon(x->c, vm_str(x->p, a->coupon)))
		why = REASON_COUPON;
	else if (a->flags & (VM_F_LIMIT | VM_F_STOCK | VM_F_BUDGET))
		why = gate_counts(x, a, vm_str(x->p, a->name), st);
	st->open = why == REASON__COUNT;
	if (!st->open)
		vm_not_applied_st(x, act, st, why, UINT32_MAX);
	return st->open;
}

static bool scratch_ready(vm_ctx_t *x)
{
	result_t *r = x->r;
	if (!r->scratch && !(r->scratch = px_calloc(1, sizeof *r->scratch)))
		return false;
	vm_scratch_t *s = r->scratch;
	size_t n = x->c->nlines + 1, na = x->p->nacts + 1;
	size_t old = s->cap_acts, oldg = s->cap_grps, oldc = s->cap_conds;
	if (!vm_grow((void **)&s->acts, &s->cap_acts, na, sizeof *s->acts) ||
	    !vm_grow((void **)&s->touched, &s->cap_touched, na, sizeof *s->touched) ||
	    !vm_grow((void **)&s->touched_tmp, &s->cap_touched_tmp, na, sizeof *s->touched_tmp) ||
	    !vm_grow((void **)&s->grps, &s->cap_grps, x->p->ngroups + 1, sizeof *s->grps) ||
	    !vm_grow((void **)&s->conds, &s->cap_conds, x->p->nconds + 1, sizeof *s->conds))
		return false;
	if (s->cap_acts > old)
		memset(s->acts + old, 0, (s->cap_acts - old) * sizeof *s->acts);
	if (s->cap_grps > oldg)
		memset(s->grps + oldg, 0, (s->cap_grps - oldg) * sizeof *s->grps);
	if (s->cap_conds > oldc)
		memset(s->conds + oldc, 0, (s->cap_conds - oldc) * sizeof *s->conds);
	if (++s->gen == 0) { /* wrapped: every state must look untouched */
		memset(s->acts, 0, s->cap_acts * sizeof *s->acts);
		memset(s->grps, 0, s->cap_grps * sizeof *s->grps);
		memset(s->conds, 0, s->cap_conds * sizeof *s->conds);
		memset(&s->attrs, 0, sizeof s->attrs);
		s->gen = 1;
	}
	s->attrs.gen = s->gen;
	s->attrs.conds = s->conds;
	s->n_shares = s->n_asg = s->n_touched = 0;
	s->by_sku_ready = false;
	s->sku_scans = 0;
	return vm_grow((void **)&s->run, &s->cap_run, n, sizeof *s->run) &&
	       vm_grow((void **)&s->by_sku, &s->cap_by_sku, n, sizeof *s->by_sku) &&
	       vm_grow((void **)&s->combos, &s->cap_combos, n, sizeof *s->combos) &&
	       vm_grow((void **)&s->w, &s->cap_w, n, sizeof *s->w) &&
	       vm_grow((void **)&s->sh, &s->cap_sh, n, sizeof *s->sh) &&
	       vm_grow((void **)&s->lines, &s->cap_lines, n, sizeof *s->lines) &&
	       vm_grow((void **)&s->units, &s->cap_units, n, sizeof *s->units) &&
	       vm_grow((void **)&s->count, &s->cap_count, n, sizeof *s->count) &&
	       vm_grow((void **)&s->addon, &s->cap_addon, n, 1) &&
	       vm_grow((void **)&s->rem, &s->cap_rem, n, sizeof *s->rem);
}

static bool lines_ready(vm_ctx_t *x)
{
	x->subtotal = x->units = 0;
	for (size_t i = 0; i < x->c->nlines; i++) {
		const cart_line_t *l = &x->c->lines[i];
		int64_t amount;
		if (l->qty <= 0 || l->price < 0) {
			x->failed = true;
			x->r->status = 6; /* PROMO_E_CART */
			snprintf(x->r->error, sizeof x->r->error,
				 "lines[%zu]: qty must be positive and price not negative", i);
			return false;
		}
		if (!money_mul(l->price, l->qty, &amount) || !money_add(x->subtotal, amount, &x->subtotal) ||
		    !money_add(x->units, l->qty, &x->units)) {
			char what[48];
			snprintf(what, sizeof what, "lines[%zu] (price x qty)", i);
			vm_overflow(x, what);
			return false;
		}
		x->s->run[i] = amount;
		x->s->addon[i] = 0;
	}
	x->goods = x->subtotal;
	if (x->c->shipping < 0) {
		x->failed = true;
		x->r->status = 6;
		snprintf(x->r->error, sizeof x->r->error, "shipping: must not be negative");
		return false;
	}
	x->ship = x->c->shipping;
	return true;
}

int vm_price(const vm_program_t *p, const cart_t *c, result_t *r, bool explain)
{
	vm_ctx_t x = { .p = p, .c = c, .r = r, .explain = explain, .keys = vm_keyhash_ready(p) };
	result_reset(r);
	r->decimals = p->decimals;
	if (!scratch_ready(&x)) {
		vm_nomem(&x);
		return r->status;
	}
	x.s = r->scratch;
	if (!lines_ready(&x))
		return r->status;
	vm_price_items(&x);
	vm_take_groups(&x, VM_LVL_ITEM);
	if (!x.failed)
		vm_price_levels(&x);
	if (!x.failed)
		vm_finish(&x);
	return r->status;
}
