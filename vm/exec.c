/* exec.c — the dispatch loop: one activity's code, start to end. Only
 * verified programs get here, so operands and stack depth are trusted. */
#include "vm/exec.h"
#include <string.h>
#include "vm/bytes.h"
#include "vm/opcodes.h"

/* Instruction lengths as constants, from the table itself: the dispatch
 * loop reads them once per instruction. */
#define X(k, w, l) k##_W = w,
enum { OPK_LIST(X) };
#undef X
#define X(name, pop, push, flow, lv, k1, k2, k3, syn) 1 + k1##_W + k2##_W + k3##_W,
static const uint8_t op_len[OP__COUNT] = { OPCODE_LIST(X) };
#undef X

bool vm_compare(int op, int64_t a, int64_t b)
{
	switch (op) {
	case 0: return a == b;
	case 1: return a != b;
	case 2: return a < b;
	case 3: return a <= b;
	case 4: return a > b;
	default: return a >= b;
	}
}

static int64_t pow10_(int n)
{
	int64_t r = 1;
	while (n-- > 0)
		r *= 10;
	return r;
}

/* Compares digits1/10^s1 with digits2/10^s2 exactly (scales <= 18). */
static int dec_sign(int64_t d1, int s1, int64_t d2, int s2)
{
	__int128 a = (__int128)d1 * pow10_(s2), b = (__int128)d2 * pow10_(s1);
	return (a > b) - (a < b);
}

static const cart_attr_t *attr_of(const vm_program_t *p, const vm_env_t *env, bool customer, uint32_t key)
{
	vm_attr_memo_t *m = env->memo;
	if (!m)
		return cart_attr(env->cart, customer, vm_str(p, key));
	vm_attr_seen_t *e = &m->e[key & 7];
	if (e->gen != m->gen || e->key != key || e->customer != customer) {
		e->attr = cart_attr(env->cart, customer, vm_str(p, key));
		e->gen = m->gen, e->key = key, e->customer = customer;
	}
	return e->attr;
}

/* A missing attribute, or one of another type, makes every comparison
 * false (documented in docs/pricing.md). */
static bool attr_test(const vm_program_t *p, uint8_t op, const uint8_t *c, const vm_env_t *env)
{
	uint8_t sj = c[1], cmp = sj & 7;
	const cart_attr_t *a = attr_of(p, env, (sj >> 3) == 0, rd_u32(c + 2));
	if (!a)
		return false;
	switch (op) {
	case OP_ATTR:
		return a->kind == ATTR_BOOL ? a->b : a->kind == ATTR_NUM ? a->digits != 0 : a->str && *a->str;
	case OP_ATTR_STR: {
		if (a->kind != ATTR_STR || !a->str)
			return false;
		int s = strcmp(a->str, vm_str(p, rd_u32(c + 6)));
		return vm_compare(cmp, (s > 0) - (s < 0), 0);
	}
	case OP_ATTR_NUM: {
		if (a->kind != ATTR_NUM || a->scale > 18)
			return false;
		uint32_t k = rd_u32(c + 6);
		return vm_compare(cmp, dec_sign(a->digits, a->scale, p->consts[k], (int)p->consts[k + 1]), 0);
	}
	default:
		return a->kind == ATTR_BOOL && vm_compare(cmp, a->b, c[6]);
	}
}

static int64_t k32(const vm_program_t *p, const uint8_t *c)
{
	return p->consts[rd_u32(c)];
}

/* Whether SOURCE CMP K holds, for the test operand at c and the constant
 * after it (REQUIRE_CMP, JUMP_UNLESS). */
static bool test_holds(const vm_program_t *p, const uint8_t *c, const vm_env_t *env)
{
	unsigned src = c[0] >> 3;
	int64_t v = src == VM_SRC_QTY ? env->qty : src == VM_SRC_BASE ? env->base : env->order;
	return vm_compare(c[0] & 7, v, k32(p, c + 1));
}

static void hint(vm_out_t *out, int64_t threshold, int64_t now)
{
	out->has_hint = true;
	out->missing = threshold - now; /* both >= 0: cannot overflow */
}

/* Which operands of an effect opcode are constants (bit k: operand k) and
 * which is a SKU's string, from the table: effect() reads no operand kind
 * at run time. */
#define K_IS(k, kind) ((k) == (kind) ? 1u : 0u)
#define K_CONST(k) ((k) != OPK_NONE && (k) != OPK_STR)
#define X(name, pop, push, flow, lv, k1, k2, k3, syn) \
	(uint8_t)(K_CONST(k1) | K_CONST(k2) << 1 | K_CONST(k3) << 2 | K_IS(k1, OPK_STR) << 4),
static const uint8_t eff_operands[OP__COUNT] = { OPCODE_LIST(X) };
#undef X
#define X(name, pop, push, flow, lv, k1, k2, k3, syn)                                       \
	_Static_assert(flow != OPF_END || (k2 != OPK_STR && k3 != OPK_STR), #name ": an effect's " \
										"string comes first");
OPCODE_LIST(X)
#undef X
#undef K_IS
#undef K_CONST

/* The ending opcode at c becomes the effect (nth: an NTH before it, or 0).
 * Effect operands are all four-byte wide: constants, or a SKU's string
 * (only ever the first operand). */
static void effect(const vm_program_t *p, const uint8_t *c, int64_t nth, vm_out_t *out)
{
	uint8_t k = eff_operands[c[0]];
	out->ok = true;
	out->eff = (vm_eff_t){ .op = c[0], .nth = nth };
	if (k & 16)
		out->eff.s = rd_u32(c + 1);
	if (k & 1)
		out->eff.a = k32(p, c + 1);
	if (k & 2)
		out->eff.b = k32(p, c + 5);
	if (k & 4)
		out->eff.c = k32(p, c + 9);
}

_Static_assert(OPK_CONST_W == 4 && OPK_MONEY_W == 4 && OPK_RATE_W == 4 && OPK_COUNT_W == 4 &&
		       OPK_STEP_W == 4 && OPK_STR_W == 4,
	       "effect() reads every operand an effect may have as four bytes");

void vm_exec(const vm_program_t *p, uint32_t act, const vm_env_t *env, vm_out_t *out)
{
	const vm_act_t *a = &p->acts[act];
	const uint8_t *pc = p->code + a->code, *cond_end = NULL;
	vm_cond_seen_t *seen = NULL;
	int64_t st[VM_STACK_MAX], nth = 0;
	int sp = 0;
	out->ok = out->has_hint = false; /* eff is filled only when ok */
	out->reason = 0;
	out->missing = 0;
	if (a->cond != VM_NONE && env->memo) { /* a cart condition: run once per cart */
		seen = &env->memo->conds[a->cond];
		if (seen->gen != env->memo->gen) {
			cond_end = pc + a->cond_len; /* its REQUIRE records the answer */
		} else if (!seen->holds) {
			out->reason = seen->reason;
			return;
		} else {
			pc += a->cond_len;
		}
	}
	for (;;) {
		const uint8_t *c = pc;
		pc += op_len[c[0]];
		switch ((opcode_t)c[0]) {
		case OP_PUSH: st[sp++] = k32(p, c + 1); break;
		case OP_LOAD_QTY: st[sp++] = env->qty; break;
		case OP_LOAD_BASE: st[sp++] = env->base; break;
		case OP_LOAD_ORDER: st[sp++] = env->order; break;
		case OP_CMP: sp--, st[sp - 1] = vm_compare(c[1], st[sp - 1], st[sp]); break;
		case OP_AND: sp--, st[sp - 1] = st[sp - 1] && st[sp]; break;
		case OP_OR: sp--, st[sp - 1] = st[sp - 1] || st[sp]; break;
		case OP_NOT: st[sp - 1] = !st[sp - 1]; break;
		case OP_ATTR:
		case OP_ATTR_STR:
		case OP_ATTR_NUM:
		case OP_ATTR_BOOL: st[sp++] = attr_test(p, c[0], c, env); break;
		case OP_HAS_COUPON: st[sp++] = cart_has_coupon(env->cart, vm_str(p, rd_u32(c + 1))); break;
		case OP_JUMP_IF_FALSE:
			if (!st[--sp])
				pc += rd_u32(c + 1);
			break;
		case OP_JUMP: pc += rd_u32(c + 1); break;
		case OP_JUMP_UNLESS:
			if (!test_holds(p, c + 1, env))
				pc += rd_u32(c + 6);
			break;
		case OP_REQUIRE:
			if (pc == cond_end)
				*seen = (vm_cond_seen_t){ env->memo->gen, st[sp - 1] != 0, c[1] };
			if (!st[--sp]) {
				out->reason = c[1];
				return;
			}
			break;
		case OP_REQUIRE_CMP:
			if (!test_holds(p, c + 1, env)) {
				out->reason = c[6];
				return;
			}
			break;
		case OP_HINT: hint(out, k32(p, c + 1), env->base); break;
		case OP_HINT_ORDER: hint(out, k32(p, c + 1), env->order); break;
		case OP_FAIL: out->reason = c[1]; return;
		case OP_NTH: nth = k32(p, c + 1); break;
		default: effect(p, c, nth, out); return;
		}
	}
}
