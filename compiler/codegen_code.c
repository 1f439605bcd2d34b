/* codegen_code.c — one activity's code: the `when` condition and the
 * `order CMP X` target as REQUIREs, then the effect. Ladders (tier, spend) test
 * the highest step first, so the first step reached is the highest one
 * below the amount; spend steps leave a HINT for the next step up. Only
 * forward jumps are ever emitted. */
#include "compiler/codegen.h"
#include "vm/bytes.h"
#include "vm/result.h"

static uint32_t subjop(subject_t s, cmp_op_t op)
{
	return (uint32_t)s * 8 + (uint32_t)op;
}

/* A REQUIRE_CMP or JUMP_UNLESS test: a value of the environment and a
 * comparison (vm/opcodes.h). */
static uint32_t test_of(int source, cmp_op_t op)
{
	return (uint32_t)source * 8 + (uint32_t)op;
}

static void attr_cmp(cg_t *g, const cond_t *c, const value_t *v, cmp_op_t op)
{
	uint32_t so = subjop(c->subject, op), key = cg_str(g, c->attr.s);
	switch (v->kind) {
	case VAL_STR: cg_emit(g, OP_ATTR_STR, so, key, cg_str(g, v->str)); break;
	case VAL_NUM: {
		uint32_t k = cg_const(g, v->num.digits);
		cg_const(g, v->num.scale);
		cg_emit(g, OP_ATTR_NUM, so, key, k);
		break;
	}
	default: cg_emit(g, OP_ATTR_BOOL, so, key, v->b); break;
	}
}

static void cond(cg_t *g, const cond_t *c)
{
	switch (c->kind) {
	case COND_ATTR: cg_emit(g, OP_ATTR, subjop(c->subject, CMP_EQ), cg_str(g, c->attr.s), 0); break;
	case COND_ATTR_CMP: attr_cmp(g, c, &c->val, c->op); break;
	case COND_ATTR_IN:
		if (c->vals.n == 0)
			cg_emit(g, OP_PUSH, cg_const(g, 0), 0, 0);
		for (size_t i = 0; i < c->vals.n; i++) {
			attr_cmp(g, c, c->vals.items[i], CMP_EQ);
			if (i > 0)
				cg_emit(g, OP_OR, 0, 0, 0);
		}
		break;
	case COND_ORDER:
	case COND_QTY:
		cg_emit(g, c->kind == COND_ORDER ? OP_LOAD_ORDER : OP_LOAD_QTY, 0, 0, 0);
		cg_emit(g, OP_PUSH, cg_const(g, c->amount.minor), 0, 0);
		cg_emit(g, OP_CMP, c->op, 0, 0);
		break;
	case COND_COUPON: cg_emit(g, OP_HAS_COUPON, cg_str(g, c->code.s), 0, 0); break;
	case COND_AND:
	case COND_OR:
		cond(g, c->a);
		cond(g, c->b);
		cg_emit(g, c->kind == COND_AND ? OP_AND : OP_OR, 0, 0, 0);
		break;
	case COND_NOT:
		cond(g, c->a);
		cg_emit(g, OP_NOT, 0, 0, 0);
		break;
	case COND_REF: cond(g, c->def->cond); break;
	}
}

/* The `when` condition: a comparison of the order or the units with an
 * amount is one REQUIRE_CMP; any other condition is computed, then
 * REQUIREd. */
static void require(cg_t *g, const cond_t *c)
{
	while (c->kind == COND_REF)
		c = c->def->cond;
	if (c->kind == COND_ORDER || c->kind == COND_QTY) {
		int source = c->kind == COND_ORDER ? VM_SRC_ORDER : VM_SRC_QTY;
		cg_emit(g, OP_REQUIRE_CMP, test_of(source, c->op), cg_const(g, c->amount.minor),
			REASON_CONDITION);
		return;
	}
	cond(g, c);
	cg_emit(g, OP_REQUIRE, REASON_CONDITION, 0, 0);
}

/* `order >= X` (or >): how much more to spend is worth a hint. */
static void order_hint(cg_t *g, cmp_op_t op, int64_t x)
{
	if (op == CMP_GE || op == CMP_GT)
		cg_emit(g, OP_HINT_ORDER, cg_const(g, op == CMP_GT ? x + 1 : x), 0, 0);
}

static void effect(cg_t *g, const effect_t *e);

/* source: the units (tier) or the base (spend) the steps are reached by. */
static void ladder(cg_t *g, const effect_t *e, int source, bool hints)
{
	size_t n = e->steps.n;
	for (size_t i = n; i-- > 0;) {
		const step_t *s = e->steps.items[i];
		uint32_t j = cg_emit(g, OP_JUMP_UNLESS, test_of(source, CMP_GE), cg_const(g, s->at.minor), 0);
		if (hints && i + 1 < n)
			cg_emit(g, OP_HINT, cg_const(g, ((const step_t *)e->steps.items[i + 1])->at.minor), 0, 0);
		effect(g, s->eff);
		cg_patch(g, j);
	}
	if (hints && n > 0)
		cg_emit(g, OP_HINT, cg_const(g, ((const step_t *)e->steps.items[0])->at.minor), 0, 0);
	cg_emit(g, OP_FAIL, REASON_THRESHOLD, 0, 0);
}

static int64_t count_or_one(const lit_t *l)
{
	return l->minor > 0 ? l->minor : 1;
}

static void effect(cg_t *g, const effect_t *e)
{
	switch (e->kind) {
	case EFF_PERCENT: cg_emit(g, OP_PCT, cg_const(g, e->pct.minor), 0, 0); break;
	case EFF_OFF: cg_emit(g, OP_OFF, cg_const(g, e->money.minor), 0, 0); break;
	case EFF_OFF_EACH: cg_emit(g, OP_OFF_EACH, cg_const(g, e->money.minor), 0, 0); break;
	case EFF_PRICE: cg_emit(g, OP_PRICE, cg_const(g, e->money.minor), 0, 0); break;
	case EFF_TIER: ladder(g, e, VM_SRC_QTY, false); break;
	case EFF_SPEND: ladder(g, e, VM_SRC_BASE, true); break;
	case EFF_EVERY:
		cg_emit(g, OP_EVERY, cg_const(g, e->money.minor), cg_const(g, e->off.minor),
			cg_const(g, e->has_max ? e->max.minor : INT64_MAX));
		break;
	case EFF_NTH:
		cg_emit(g, OP_NTH, cg_const(g, count_or_one(&e->count)), 0, 0);
		effect(g, e->sub);
		break;
	case EFF_PICK:
		cg_emit(g, OP_PICK, cg_const(g, count_or_one(&e->count)), cg_const(g, e->money.minor), 0);
		break;
	case EFF_GIFT:
		cg_emit(g, OP_GIFT, cg_str(g, e->sku.s), cg_const(g, count_or_one(&e->count)), 0);
		break;
	case EFF_ADDON: cg_emit(g, OP_ADDON, cg_str(g, e->sku.s), cg_const(g, e->money.minor), 0); break;
	case EFF_FREE: cg_emit(g, OP_FREE, 0, 0, 0); break;
	case EFF_REF: effect(g, e->def->eff); break;
	}
}

void cg_act_code(cg_t *g, const activity_t *a)
{
	const target_t *t = &a->target;
	/* The condition goes first: a hint ("spend 20.00 more") is only worth
	 * giving to a customer the activity is otherwise for. */
	if (a->when) {
		if (a->when->kind == COND_ORDER)
			order_hint(g, a->when->op, a->when->amount.minor);
		require(g, a->when);
	}
	if (t->has_cmp) {
		order_hint(g, t->op, t->amount.minor);
		cg_emit(g, OP_REQUIRE_CMP, test_of(VM_SRC_ORDER, t->op), cg_const(g, t->amount.minor),
			REASON_THRESHOLD);
	}
	effect(g, a->effect);
}
