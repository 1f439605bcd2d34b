/* check_test.c — test blocks (docs/testing.md): names unique, literals in
 * minor units (money) or counts, the time as epoch seconds, and every
 * activity a test names exists (with a "did you mean"). Runs after the
 * structure pass, so c->members knows every activity. */
#include <string.h>
#include "compiler/ast_test.h"
#include "compiler/check.h"
#include "compiler/suggest.h"

/* Activities by name, built once per program for the tests' lookups. */
typedef struct tst_ctx {
	chk_t *c;
	symtab_t acts;
} tst_ctx_t;

static void offer_name(void *ud, const char *key)
{
	sugg_offer(ud, key);
}

static bool is_group(const program_t *p, const char *name)
{
	for (size_t i = 0; i < p->groups.n; i++)
		if (strcmp(((const group_t *)p->groups.items[i])->name.s, name) == 0) return true;
	return false;
}

/* An activity of the program, by name (groups do not price). */
static void tst_activity(tst_ctx_t *k, const name_t *n)
{
	chk_t *c = k->c;
	const src_file_t *f = c->p->file;
	if (sym_get(&k->acts, n->s)) return;
	if (is_group(c->p, n->s)) {
		chk_error(c, f, n->span, "'%s' is a group; tests name activities", n->s);
		return;
	}
	sugg_t s;
	sugg_init(&s, n->s, strlen(n->s));
	sym_each(&k->acts, offer_name, &s);
	const char *best = sugg_result(&s);
	if (best) chk_error(c, f, n->span, "no activity named '%s': did you mean '%s'?", n->s, best);
	else chk_error(c, f, n->span, "no activity named '%s'", n->s);
}

static void tst_money(chk_t *c, lit_t *l, const char *what)
{
	chk_money(c, c->p->file, l, what);
}

static void tst_line(chk_t *c, test_stmt_t *s)
{
	if (s->has_qty) chk_count(c, c->p->file, &s->qty, "a line's quantity");
	else s->qty.minor = 1;
	tst_money(c, &s->amount, "a line's unit price");
}

static void tst_state(tst_ctx_t *k, test_stmt_t *s)
{
	chk_t *c = k->c;
	tst_activity(k, &s->name);
	if (s->which == 'b') tst_money(c, &s->amount, "a budget");
	else if (s->amount.overflow || s->amount.scale) chk_count(c, c->p->file, &s->amount, "a state count");
	else s->amount.minor = s->amount.digits; /* 0 is a valid count here */
}

/* "expect line SKU" needs a line of that SKU in the same test. */
static void tst_has_line(chk_t *c, const test_t *t, const test_stmt_t *s)
{
	for (size_t i = 0; i < t->stmts.n; i++) {
		const test_stmt_t *l = t->stmts.items[i];
		if (l->kind == TST_LINE && strcmp(l->name.s, s->name.s) == 0) return;
	}
	chk_error(c, c->p->file, s->name.span, "test \"%s\" has no line %s to expect a total of",
		  t->name.s, s->name.s);
}

static void tst_expect(tst_ctx_t *k, const test_t *t, test_stmt_t *s)
{
	chk_t *c = k->c;
	switch (s->expect) {
	case EXP_LINE: tst_has_line(c, t, s); break;
	case EXP_APPLIED: case EXP_NOT_APPLIED: tst_activity(k, &s->name); break;
	case EXP_GIFT: if (s->has_qty) chk_count(c, c->p->file, &s->qty, "a gift count"); break;
	default: break;
	}
	if (s->has_amount) tst_money(c, &s->amount, "an expected amount");
}

static void tst_stmt(tst_ctx_t *k, const test_t *t, test_stmt_t *s)
{
	chk_t *c = k->c;
	switch (s->kind) {
	case TST_AT: chk_datetime(c, c->p->file, &s->at); break;
	case TST_LINE: tst_line(c, s); break;
	case TST_SHIPPING: tst_money(c, &s->amount, "shipping"); break;
	case TST_STATE: tst_state(k, s); break;
	case TST_EXPECT: tst_expect(k, t, s); break;
	default: break;
	}
}

/* One "at" per test, and a test with no expectation proves nothing. */
static void tst_shape(chk_t *c, test_t *t)
{
	const test_stmt_t *at = NULL;
	bool expects = false;
	for (size_t i = 0; i < t->stmts.n; i++) {
		const test_stmt_t *s = t->stmts.items[i];
		expects |= s->kind == TST_EXPECT;
		if (s->kind != TST_AT) continue;
		if (at) {
			diag_t *d = chk_error(c, c->p->file, s->span, "test \"%s\" has two 'at' times", t->name.s);
			diag_note(d, c->p->file, at->span, "the first is here");
		}
		at = s;
	}
	if (!expects)
		chk_error(c, c->p->file, t->name.span, "test \"%s\" expects nothing: add 'expect total ...'",
			  t->name.s);
}

void chk_tests(chk_t *c)
{
	if (c->p->tests.n == 0) return;
	tst_ctx_t k = { .c = c };
	symtab_t seen;
	sym_init(&seen, c->p->arena);
	sym_init(&k.acts, c->p->arena);
	for (size_t i = 0; i < c->p->acts.n; i++) {
		activity_t *a = c->p->acts.items[i];
		sym_put(&k.acts, a->name.s, a);
	}
	for (size_t i = 0; i < c->p->tests.n; i++) {
		test_t *t = c->p->tests.items[i];
		const test_t *first = sym_get(&seen, t->name.s);
		if (first) {
			diag_t *d = chk_error(c, c->p->file, t->name.span, "two tests named \"%s\"", t->name.s);
			diag_note(d, c->p->file, first->name.span, "the first is here");
		} else sym_put(&seen, t->name.s, t);
		if (!c->syntax_errors) tst_shape(c, t); /* a lost "expect" is not a missing one */
		for (size_t j = 0; j < t->stmts.n; j++) tst_stmt(&k, t, t->stmts.items[j]);
	}
	if (seen.oom || k.acts.oom) c->p->oom = true;
}
