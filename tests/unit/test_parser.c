/* test_parser.c — each construct builds the right tree; syntax errors
 * are reported once each and parsing goes on. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "tests/unit/support_fe.h"

static program_t *parse_ok(fe_run_t *r, const char *src)
{
	program_t *p = fe_run(r, src, (size_t)-1, false);
	assert_non_null(p);
	assert_int_equal(r->dl.errors, 0);
	return p;
}

static activity_t *top_act(program_t *p, size_t i)
{
	member_t *m = p->top.items[i];
	assert_false(m->is_group);
	return m->act;
}

static void test_settings(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = parse_ok(&r, "currency JPY\ntimezone -05:30\nrounding half-even\n");
	assert_true(p->has_currency);
	assert_string_equal(p->currency.s, "JPY");
	assert_int_equal(p->tz_minutes, -330);
	assert_int_equal(p->rounding, 1 /* ROUND_HALF_EVEN */);
	assert_int_equal(p->decls.n, 3);
	fe_run_free(&r);
}

static void test_defines(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = parse_ok(&r, "## Half price\n## on the second.\ndefine h = nth 2 -> 50%\n"
				    "define vip = customer.tier in (\"vip\", \"svip\") and not cart.b2b\n"
				    "define alias = h\n");
	assert_int_equal(p->defines.n, 3);
	define_t *h = p->defines.items[0], *vip = p->defines.items[1], *al = p->defines.items[2];
	assert_int_equal(h->kind, DEF_EFFECT);
	assert_string_equal(h->doc, "Half price\non the second.");
	assert_int_equal(h->eff->kind, EFF_NTH);
	assert_int_equal(h->eff->count.digits, 2);
	assert_int_equal(h->eff->sub->kind, EFF_PERCENT);
	assert_int_equal(vip->kind, DEF_COND);
	assert_null(vip->doc);
	assert_int_equal(vip->cond->kind, COND_AND);
	assert_int_equal(vip->cond->a->kind, COND_ATTR_IN);
	assert_int_equal(vip->cond->a->vals.n, 2);
	assert_int_equal(vip->cond->b->kind, COND_NOT);
	assert_int_equal(vip->cond->b->a->subject, SUBJ_CART);
	assert_int_equal(al->kind, DEF_ALIAS);
	assert_string_equal(al->alias.s, "h");
	fe_run_free(&r);
}

static void test_activity_clauses(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = parse_ok(&r, "activity tv \"电视秒杀\" window 2026-11-11 20:00 .. 2026-11-11 20:10 "
				    "stock 100 limit 1 per customer budget 5000 coupon \"TV\" item SKU-2001: price 1999");
	activity_t *a = top_act(p, 0);
	assert_string_equal(a->name.s, "tv");
	assert_true(a->has_title);
	assert_string_equal(a->title.s, "电视秒杀");
	assert_true(a->has_window);
	assert_int_equal(a->end.minute, 10);
	assert_int_equal(a->stock.digits, 100);
	assert_int_equal(a->limit.digits, 1);
	assert_int_equal(a->budget.digits, 5000);
	assert_string_equal(a->coupon.s, "TV");
	assert_int_equal(a->clauses.n, 5);
	assert_int_equal(a->target.kind, TGT_ITEM);
	assert_int_equal(a->effect->kind, EFF_PRICE);
	assert_int_equal(a->effect->money.digits, 1999);
	assert_int_equal(a->span.off, 0);
	fe_run_free(&r);
}

static void test_targets(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = parse_ok(&r, "activity a items (SKU-1, \"12 34\", 5678): 90%\n"
				    "activity b category tees: 90%\nactivity c brand \"Acme\": 90%\n"
				    "activity d combo (X, Y): -5\nactivity e order: -5\n"
				    "activity f order ≥ 500: -30\nactivity g shipping when order >= 99: free\n");
	activity_t *a = top_act(p, 0);
	assert_int_equal(a->target.kind, TGT_ITEMS);
	assert_int_equal(a->target.names.n, 3);
	assert_string_equal(((name_t *)a->target.names.items[1])->s, "12 34");
	assert_string_equal(((name_t *)a->target.names.items[2])->s, "5678");
	assert_int_equal(top_act(p, 1)->target.kind, TGT_CATEGORY);
	assert_string_equal(((name_t *)top_act(p, 2)->target.names.items[0])->s, "Acme");
	assert_int_equal(top_act(p, 3)->target.kind, TGT_COMBO);
	assert_false(top_act(p, 4)->target.has_cmp);
	activity_t *f = top_act(p, 5);
	assert_true(f->target.has_cmp);
	assert_int_equal(f->target.op, CMP_GE);
	assert_int_equal(f->target.amount.digits, 500);
	activity_t *g = top_act(p, 6);
	assert_int_equal(g->target.kind, TGT_SHIPPING);
	assert_int_equal(g->when->kind, COND_ORDER);
	assert_int_equal(g->effect->kind, EFF_FREE);
	fe_run_free(&r);
}

static void test_effects(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = parse_ok(&r, "activity a item A: 87.5%\nactivity b item B: -20%\nactivity c item C: 9.5折\n"
				    "activity d item D: -5 each\nactivity e item E: tier 2 -> 95%, 5 -> 80%\n"
				    "activity f order: every 300 -> -40 max -200\nactivity g category t: pick 3 for 99\n"
				    "activity h item H: spend 300 -> gift G x 2, 500 -> addon K at 20\n"
				    "activity i order: spend 100 → −10\nactivity j item J: 第二件半价\n");
	effect_t *e = top_act(p, 0)->effect;
	assert_int_equal(e->form, PCT_PAY);
	assert_int_equal(e->pct.digits, 875);
	assert_int_equal(top_act(p, 1)->effect->form, PCT_OFF);
	assert_int_equal(top_act(p, 2)->effect->form, PCT_ZHE);
	assert_int_equal(top_act(p, 3)->effect->kind, EFF_OFF_EACH);
	e = top_act(p, 4)->effect;
	assert_int_equal(e->kind, EFF_TIER);
	assert_int_equal(e->steps.n, 2);
	assert_int_equal(((step_t *)e->steps.items[1])->at.digits, 5);
	e = top_act(p, 5)->effect;
	assert_int_equal(e->kind, EFF_EVERY);
	assert_int_equal(e->money.digits, 300);
	assert_int_equal(e->off.digits, 40);
	assert_true(e->has_max);
	assert_int_equal(e->max.digits, 200);
	e = top_act(p, 6)->effect;
	assert_int_equal(e->kind, EFF_PICK);
	assert_int_equal(e->count.digits, 3);
	e = top_act(p, 7)->effect;
	step_t *s0 = e->steps.items[0], *s1 = e->steps.items[1];
	assert_int_equal(s0->eff->kind, EFF_GIFT);
	assert_string_equal(s0->eff->sku.s, "G");
	assert_int_equal(s0->eff->count.digits, 2);
	assert_int_equal(s1->eff->kind, EFF_ADDON);
	assert_int_equal(s1->eff->money.digits, 20);
	e = top_act(p, 8)->effect;
	assert_int_equal(((step_t *)e->steps.items[0])->eff->kind, EFF_OFF);
	e = top_act(p, 9)->effect;
	assert_int_equal(e->kind, EFF_REF);
	assert_string_equal(e->ref.s, "第二件半价");
	fe_run_free(&r);

	p = parse_ok(&r, "activity g item G: gift SKU-9");
	assert_int_equal(top_act(p, 0)->effect->count.digits, 1); /* one unit unless x N */
	fe_run_free(&r);
}

static void test_groups(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = parse_ok(&r, "stack s {\n exclusive e first {\n  activity a order: -1\n  activity b order: -2\n }\n"
				    " exclusive f { activity c order: -3 activity d order: -4 }\n activity z order: -5\n}\n");
	assert_int_equal(p->top.n, 1);
	member_t *m = p->top.items[0];
	assert_true(m->is_group);
	group_t *s = m->grp;
	assert_int_equal(s->kind, GRP_STACK);
	assert_int_equal(s->members.n, 3);
	assert_int_equal(s->open.off, 8);
	group_t *e = ((member_t *)s->members.items[0])->grp;
	assert_int_equal(e->kind, GRP_EXCLUSIVE_FIRST);
	assert_true(e->kind_written);
	group_t *f = ((member_t *)s->members.items[1])->grp;
	assert_int_equal(f->kind, GRP_EXCLUSIVE_BEST);
	assert_false(f->kind_written);
	assert_string_equal(((member_t *)f->members.items[1])->act->name.s, "d");
	fe_run_free(&r);
}

static void test_recovery(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = fe_run(&r, "activity a item A 80%\nactivity b item B: 90%\nactivty c item C: 1%\n"
				  "activity d item D: 70%\n", (size_t)-1, false);
	assert_non_null(p);
	assert_int_equal(r.dl.errors, 2);
	assert_non_null(fe_find(&r, "unexpected number '80', expected 'when' or ':'"));
	assert_non_null(fe_find(&r, "did you mean 'activity'?"));
	/* the activities around the mistakes are in the tree */
	assert_int_equal(p->top.n, 2);
	assert_string_equal(top_act(p, 0)->name.s, "b");
	assert_string_equal(top_act(p, 1)->name.s, "d");
	fe_run_free(&r);
}

static void test_unclosed_group_note(void **state)
{
	(void)state;
	fe_run_t r;
	fe_run(&r, "activity z order: -1\nstack s {\n  activity a order: -5\n", (size_t)-1, false);
	const diag_t *d = fe_find(&r, "unexpected end of file");
	assert_non_null(d);
	assert_non_null(d->notes);
	assert_string_equal(d->notes->msg, "to close the group opened at line 2");
	fe_run_free(&r);
}

/* One error, at line:col, whose message contains msg. */
static void expect_one(const char *src, const char *msg, int line, int col)
{
	fe_run_t r;
	fe_run(&r, src, (size_t)-1, false);
	const diag_t *d = fe_find(&r, msg);
	if (!d || r.dl.errors != 1)
		fail_msg("%s: %zu errors, none or more than '%s'", src, r.dl.errors, msg);
	int l, c;
	fe_where(&r, d, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, col);
	fe_run_free(&r);
}

/* A misspelt keyword where a define's name may stand is read as a name;
 * the error blames the word, not the token bison stumbled on after it. */
static void test_misspelt_word_read_as_name(void **state)
{
	(void)state;
	expect_one("activity a item S: prise 80\n", "unknown word 'prise'; did you mean 'price'?", 1, 20);
	expect_one("activity a item S: teir 2 -> 90%\n", "did you mean 'tier'?", 1, 20);
	expect_one("activity a order: ever 300 -> -40\n", "did you mean 'every'?", 1, 19);
	expect_one("activity a item S: nth 2 -> prise 5\n", "did you mean 'price'?", 1, 29);
	expect_one("activity a order when custmer.vip: -1\n", "unknown word 'custmer'; did you mean 'customer'?", 1, 23);
	expect_one("activity a order when ordr >= 100: -1\n", "did you mean 'order'?", 1, 23);
	expect_one("activity a order when coupn \"X\": -1\n", "did you mean 'coupon'?", 1, 23);
	expect_one("activity a order when (qty > 1 or custmer.vip): -1\n", "did you mean 'customer'?", 1, 35);
	expect_one("define v = custmer.vip\n", "did you mean 'customer'?", 1, 12);
	/* a SKU list opens with '(' too: no keyword is suggested there */
	expect_one("activity a items (card S2): -1\n", "unexpected name 'S2', expected ')' or ','", 1, 24);
	/* a name close to no keyword: the usual message */
	expect_one("define vip = customer.v\nactivity a order when vip 5: -1\n", "unexpected number '5'", 2, 27);
}

/* A broken group header resyncs on its '{': the '}' that closes it is no
 * second mistake, and the members inside stay in the tree. */
static void test_broken_group_header(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = fe_run(&r, "exclusiv g { activity a order: -1 activity b order: -2 }\nactivity c order: -3\n",
			      (size_t)-1, false);
	assert_int_equal(r.dl.errors, 1);
	assert_non_null(fe_find(&r, "did you mean 'exclusive'?"));
	assert_int_equal(p->top.n, 3);
	assert_string_equal(top_act(p, 2)->name.s, "c");
	fe_run_free(&r);

	p = fe_run(&r, "stack s {\n  exclusive g bets { activity a order: -1 activity b order: -2 }\n"
		       "  activity c order: -3\n}\nactivity d order: -4\n", (size_t)-1, false);
	assert_int_equal(r.dl.errors, 1);
	const diag_t *d = fe_find(&r, "did you mean 'best'?");
	assert_non_null(d);
	assert_null(d->notes); /* the suggestion says it all: no "to close the group" */
	assert_int_equal(p->top.n, 2);
	group_t *s = ((member_t *)p->top.items[0])->grp;
	assert_int_equal(s->members.n, 3); /* a, b and c */
	fe_run_free(&r);

	/* a '}' no '{' opened is still an error */
	expect_one("exclusive g { activity a order: -1 activity b order: -2 }}\n", "unexpected '}'", 1, 58);
}

static void test_deep_nesting(void **state)
{
	(void)state;
	enum { DEPTH = 10000 };
	static char src[2 * DEPTH + 64];
	strcpy(src, "define c = ");
	size_t n = strlen(src);
	memset(src + n, '(', DEPTH);
	strcpy(src + n + DEPTH, "customer.vip");
	n = strlen(src);
	memset(src + n, ')', DEPTH);
	src[n + DEPTH] = 0;
	fe_run_t r;
	fe_run(&r, src, (size_t)-1, false);
	assert_int_equal(r.dl.errors, 1);
	assert_non_null(fe_find(&r, "parentheses nested deeper than 256 levels"));
	fe_run_free(&r);

	/* "not not not ..." has no parentheses: the parser's stack limit */
	static char nots[4 * 30000 + 32];
	char *w = nots + sprintf(nots, "define c = ");
	for (int i = 0; i < 30000; i++)
		w += sprintf(w, "not ");
	strcpy(w, "customer.vip");
	fe_run(&r, nots, (size_t)-1, false);
	assert_int_equal(r.dl.errors, 1);
	assert_non_null(fe_find(&r, "nested too deeply for the parser"));
	fe_run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_defines),
		cmocka_unit_test(test_activity_clauses),
		cmocka_unit_test(test_targets),
		cmocka_unit_test(test_effects),
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_recovery),
		cmocka_unit_test(test_unclosed_group_note),
		cmocka_unit_test(test_misspelt_word_read_as_name),
		cmocka_unit_test(test_broken_group_header),
		cmocka_unit_test(test_deep_nesting),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
