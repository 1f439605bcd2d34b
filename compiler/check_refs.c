/* check_refs.c — names made with define: lookup with "did you mean",
 * aliases followed, cycles found, the role (condition or effect) checked
 * at each use, and condition trees. Every walk is depth-limited so no
 * input can exhaust the C stack. */
#include <string.h>
#include "compiler/check.h"
#include "compiler/keywords.h"
#include "compiler/parse_ctx.h"
#include "compiler/suggest.h"

bool chk_too_deep(chk_t *c, const src_file_t *f, span_t sp, int depth)
{
	if (depth <= FE_MAX_DEPTH)
		return false;
	chk_error(c, f, sp, "nested deeper than %d levels (conditions, effects or defines referring to defines)",
		  FE_MAX_DEPTH);
	return true;
}

static void offer(void *ud, const char *key)
{
	sugg_offer(ud, key);
}

static void undefined(chk_t *c, const src_file_t *f, name_t ref)
{
	if (c->syntax_errors)
		return; /* the define may be the one a syntax error swallowed */
	sugg_t sg;
	sugg_init(&sg, ref.s, strlen(ref.s));
	sym_each(&c->defines, offer, &sg);
	const char *s = sugg_result(&sg);
	if (!s) /* "shipping: fre": a misspelt keyword reads as a name */
		s = kw_suggest_start(ref.s, strlen(ref.s), 1, 1);
	if (s)
		chk_error(c, f, ref.span, "undefined name '%s': did you mean '%s'?", ref.s, s);
	else if (sym_get(&c->members, ref.s))
		chk_error(c, f, ref.span, "'%s' is an activity or group; only names made with define can be used here", ref.s);
	else
		chk_error(c, f, ref.span, "undefined name '%s' (make it with define)", ref.s);
}

/* Checks d's body once; a define met again while its body is being
 * checked is part of a cycle. Returns NULL when d is unusable. */
static define_t *check_define(chk_t *c, define_t *d, const src_file_t *f, span_t use, int depth)
{
	if (d->visit == 2)
		return d->eff || d->cond ? d : NULL;
	if (d->visit == 1) {
		diag_t *e = chk_error(c, f, use, "'%s' is defined in terms of itself", d->name.s);
		diag_note(e, d->file, d->name.span, "'%s' is defined here", d->name.s);
		return NULL;
	}
	if (chk_too_deep(c, f, use, depth))
		return NULL;
	d->visit = 1;
	if (d->kind == DEF_ALIAS) {
		define_t *t = chk_resolve(c, d->file, d->alias, depth + 1);
		d->eff = t ? t->eff : NULL;
		d->cond = t ? t->cond : NULL;
	} else if (d->kind == DEF_COND) {
		chk_cond(c, d->file, d->cond, depth + 1);
	} else {
		chk_effect(c, d->file, d->eff, depth + 1);
	}
	d->visit = 2;
	return d->eff || d->cond ? d : NULL;
}

define_t *chk_resolve(chk_t *c, const src_file_t *f, name_t ref, int depth)
{
	define_t *d = sym_get(&c->defines, ref.s);
	if (!d) {
		undefined(c, f, ref);
		return NULL;
	}
	d->used = true;
	return check_define(c, d, f, ref.span, depth);
}

static void wrong_role(chk_t *c, const src_file_t *f, span_t at, const define_t *d, const char *is, const char *want)
{
	diag_t *e = chk_error(c, f, at, "'%s' is %s, but %s is needed here", d->name.s, is, want);
	diag_note(e, d->file, d->name.span, "'%s' is defined here", d->name.s);
}

static void check_ref_cond(chk_t *c, const src_file_t *f, cond_t *cond, int depth)
{
	define_t *d = chk_resolve(c, f, cond->ref, depth);
	if (d && !d->cond)
		wrong_role(c, f, cond->span, d, "an effect", "a condition");
	cond->def = d && d->cond ? d : NULL;
}

bool chk_cond(chk_t *c, const src_file_t *f, cond_t *cond, int depth)
{
	if (!cond)
		return true;
	if (chk_too_deep(c, f, cond->span, depth))
		return false;
	switch (cond->kind) {
	case COND_AND:
	case COND_OR:
		/* one report per too-deep tree, not one per branch */
		if (chk_cond(c, f, cond->a, depth + 1))
			return chk_cond(c, f, cond->b, depth + 1);
		return false;
	case COND_NOT:
		return chk_cond(c, f, cond->a, depth + 1);
	case COND_ORDER:
		chk_money(c, f, &cond->amount, "amount");
		break;
	case COND_QTY:
		chk_count(c, f, &cond->amount, "quantity");
		break;
	case COND_REF:
		check_ref_cond(c, f, cond, depth);
		break;
	default:
		break; /* attributes and coupons are checked against the cart */
	}
	return true;
}

static void check_all(chk_t *c, program_t *from)
{
	for (size_t i = 0; i < from->defines.n; i++) {
		define_t *d = from->defines.items[i];
		/* a shadowed prelude define is never used: skip its body */
		if (sym_get(&c->defines, d->name.s) == d)
			check_define(c, d, d->file, d->name.span, 0);
	}
}

void chk_defines(chk_t *c)
{
	check_all(c, c->p->prelude);
	check_all(c, c->p);
}
