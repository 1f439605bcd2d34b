/* test_run.c — price each test's cart and compare the expectations
 * (see test_run.h). Every expectation is checked, so one run shows every
 * difference; a cart the VM refuses fails its test with the VM's message. */
#include "lib/test_run.h"
#include <stdio.h>
#include <string.h>
#include "support/money.h"

static const char *money(const vm_program_t *vm, int64_t v, char buf[24])
{
	money_format(v, vm_decimals(vm), buf);
	return buf;
}

/* The activity index of a name, or -1. */
static long act_index(const vm_program_t *vm, const char *name)
{
	for (size_t i = 0; i < vm_activity_count(vm); i++)
		if (strcmp(vm_activity_name(vm, (uint32_t)i), name) == 0) return (long)i;
	return -1;
}

static const res_applied_t *find_applied(const result_t *r, long act)
{
	for (size_t i = 0; i < r->n_applied; i++)
		if ((long)r->applied[i].act == act) return &r->applied[i];
	return NULL;
}

static const res_skip_t *find_skip(const result_t *r, long act)
{
	for (size_t i = 0; i < r->n_skipped; i++)
		if ((long)r->skipped[i].act == act) return &r->skipped[i];
	return NULL;
}

typedef struct cmp_ctx {
	const vm_program_t *vm;
	const result_t *r;
	const test_stmt_t *s;
	char *exp, *act;           /* the failure's two lines, filled on a mismatch */
	size_t cap;
} cmp_ctx_t;

/* A single amount: total, subtotal, discount, shipping. */
static bool cmp_amount(cmp_ctx_t *k, const char *what, int64_t actual)
{
	char e[24], a[24];
	if (actual == k->s->amount.minor) return true;
	snprintf(k->exp, k->cap, "expect %s %s", what, money(k->vm, k->s->amount.minor, e));
	snprintf(k->act, k->cap, "actual %s %s", what, money(k->vm, actual, a));
	return false;
}

static bool cmp_line(cmp_ctx_t *k)
{
	int64_t total = 0;
	bool found = false;
	char e[24], a[24];
	for (size_t i = 0; i < k->r->n_lines; i++) {
		const res_line_t *l = &k->r->lines[i];
		if (l->gift || strcmp(l->sku, k->s->name.s) != 0) continue;
		found = true;
		if (!money_add(total, l->total, &total)) return false;
	}
	if (found && total == k->s->amount.minor) return true;
	snprintf(k->exp, k->cap, "expect line %s total %s", k->s->name.s, money(k->vm, k->s->amount.minor, e));
	if (found) snprintf(k->act, k->cap, "actual line %s total %s", k->s->name.s, money(k->vm, total, a));
	else snprintf(k->act, k->cap, "actual: the result has no line %s", k->s->name.s);
	return false;
}

/* Why an activity did not apply, in words, for the actual line. */
static void why_not(cmp_ctx_t *k, long act)
{
	const res_skip_t *sk = find_skip(k->r, act);
	if (!sk) { snprintf(k->act, k->cap, "actual: %s did not apply", k->s->name.s); return; }
	if (sk->by != UINT32_MAX)
		snprintf(k->act, k->cap, "actual: %s did not apply (%s: %s)", k->s->name.s, reason_text(sk->reason),
			 vm_activity_name(k->vm, sk->by));
	else snprintf(k->act, k->cap, "actual: %s did not apply (%s)", k->s->name.s, reason_text(sk->reason));
}

static bool cmp_applied(cmp_ctx_t *k)
{
	long act = act_index(k->vm, k->s->name.s);
	const res_applied_t *ap = act < 0 ? NULL : find_applied(k->r, act);
	char e[24], a[24];
	if (k->s->expect == EXP_NOT_APPLIED) {
		if (!ap) return true;
		snprintf(k->exp, k->cap, "expect not applied %s", k->s->name.s);
		snprintf(k->act, k->cap, "actual applied %s %s", k->s->name.s, money(k->vm, ap->discount, a));
		return false;
	}
	if (ap && (!k->s->has_amount || ap->discount == k->s->amount.minor)) return true;
	if (k->s->has_amount)
		snprintf(k->exp, k->cap, "expect applied %s %s", k->s->name.s, money(k->vm, k->s->amount.minor, e));
	else snprintf(k->exp, k->cap, "expect applied %s", k->s->name.s);
	if (ap) snprintf(k->act, k->cap, "actual applied %s %s", k->s->name.s, money(k->vm, ap->discount, a));
	else why_not(k, act);
	return false;
}

static bool cmp_gift(cmp_ctx_t *k)
{
	int64_t qty = 0;
	for (size_t i = 0; i < k->r->n_gifts; i++)
		if (strcmp(k->r->gifts[i].sku, k->s->name.s) == 0) qty += k->r->gifts[i].qty;
	if (qty > 0 && (!k->s->has_qty || qty == k->s->qty.minor)) return true;
	if (k->s->has_qty)
		snprintf(k->exp, k->cap, "expect gift %s x %lld", k->s->name.s, (long long)k->s->qty.minor);
	else snprintf(k->exp, k->cap, "expect gift %s", k->s->name.s);
	if (qty > 0) snprintf(k->act, k->cap, "actual gift %s x %lld", k->s->name.s, (long long)qty);
	else snprintf(k->act, k->cap, "actual: no gift %s", k->s->name.s);
	return false;
}

static bool cmp_offer(cmp_ctx_t *k)
{
	const res_offer_t *of = NULL;
	char e[24], a[24];
	for (size_t i = 0; i < k->r->n_offers && !of; i++)
		if (strcmp(k->r->offers[i].sku, k->s->name.s) == 0) of = &k->r->offers[i];
	if (of && (!k->s->has_amount || of->price == k->s->amount.minor)) return true;
	if (k->s->has_amount)
		snprintf(k->exp, k->cap, "expect offer %s at %s", k->s->name.s, money(k->vm, k->s->amount.minor, e));
	else snprintf(k->exp, k->cap, "expect offer %s", k->s->name.s);
	if (of) snprintf(k->act, k->cap, "actual offer %s at %s", k->s->name.s, money(k->vm, of->price, a));
	else snprintf(k->act, k->cap, "actual: no offer of %s", k->s->name.s);
	return false;
}

static bool cmp_expect(cmp_ctx_t *k)
{
	const result_t *r = k->r;
	switch (k->s->expect) {
	case EXP_TOTAL: return cmp_amount(k, "total", r->total);
	case EXP_SUBTOTAL: return cmp_amount(k, "subtotal", r->subtotal);
	case EXP_DISCOUNT: return cmp_amount(k, "discount", r->discount);
	case EXP_SHIPPING: return cmp_amount(k, "shipping", r->shipping);
	case EXP_LINE: return cmp_line(k);
	case EXP_APPLIED: case EXP_NOT_APPLIED: return cmp_applied(k);
	case EXP_GIFT: return cmp_gift(k);
	case EXP_OFFER: return cmp_offer(k);
	}
	return true;
}

static int add_failure(tr_report_t *rep, tr_case_t *tc, const tr_failure_t *f, diag_list_t *dl)
{
	tr_failure_t *copy = arena_alloc(rep->arena, sizeof *copy);
	if (!copy) return -1;
	*copy = *f;
	tr_failure_t **tail = &tc->failures;
	while (*tail) tail = &(*tail)->next;
	*tail = copy;
	diag_t *d = diag_add(dl, DIAG_ERROR, "test", rep->file, f->stmt->span, "test \"%s\": %s",
			     tc->test->name.s, f->expected);
	diag_note(d, rep->file, f->stmt->span, "%s", f->actual);
	return 0;
}

static int compare_all(const vm_program_t *vm, const result_t *r, tr_report_t *rep, tr_case_t *tc,
		       diag_list_t *dl)
{
	for (size_t i = 0; i < tc->test->stmts.n; i++) {
		const test_stmt_t *s = tc->test->stmts.items[i];
		if (s->kind != TST_EXPECT) continue;
		tr_failure_t f = { .stmt = s };
		cmp_ctx_t k = { vm, r, s, f.expected, f.actual, sizeof f.expected };
		if (cmp_expect(&k)) continue;
		tc->passed = false;
		if (add_failure(rep, tc, &f, dl) != 0) return -1;
	}
	return 0;
}

static tr_case_t *new_case(tr_report_t *rep, const test_t *t)
{
	tr_case_t *tc = arena_alloc(rep->arena, sizeof *tc);
	if (!tc) return NULL;
	tc->test = t;
	tc->passed = true;
	if (rep->tail) rep->tail->next = tc;
	else rep->cases = tc;
	rep->tail = tc;
	rep->ntests++;
	return tc;
}

static int run_one(const program_t *p, const vm_program_t *vm, const test_t *t, cart_t *cart, result_t *r,
		   tr_report_t *rep, diag_list_t *dl)
{
	tr_case_t *tc = new_case(rep, t);
	if (!tc || tr_build_cart(p, t, cart) != 0) return -1;
	result_reset(r);
	if (vm_price(vm, cart, r, false) != 0) {
		tc->passed = false;
		snprintf(tc->error, sizeof tc->error, "%s", r->error);
		diag_add(dl, DIAG_ERROR, "test", rep->file, t->name.span, "test \"%s\": the cart was refused: %s",
			 t->name.s, r->error);
	} else if (compare_all(vm, r, rep, tc, dl) != 0) return -1;
	if (!tc->passed) rep->nfailed++;
	return 0;
}

int tr_run(const program_t *p, const vm_program_t *vm, tr_report_t *rep, diag_list_t *dl)
{
	cart_t cart;
	result_t r;
	int rc = 0;
	cart_init(&cart);
	result_init(&r);
	rep->file = p->file;
	for (size_t i = 0; i < p->tests.n && rc == 0; i++) rc = run_one(p, vm, p->tests.items[i], &cart, &r, rep, dl);
	result_free(&r);
	cart_free(&cart);
	return rc;
}

int tr_check(const program_t *p, diag_list_t *dl)
{
	if (p->tests.n == 0) return 0;
	tr_report_t rep = { .arena = arena_new() };
	vm_program_t *vm = rep.arena ? cg_generate(p) : NULL;
	int rc = vm ? tr_run(p, vm, &rep, dl) : -1;
	vm_program_free(vm);
	arena_free(rep.arena);
	return rc < 0 ? -1 : (int)rep.nfailed;
}
