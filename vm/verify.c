/* verify.c — vm_verify: every reference, operand, jump and stack depth of a
 * decoded program is checked here, before anything runs. After it passes,
 * the interpreter can index every table without further checks. Code is
 * checked in one forward pass: jumps only go forward, so each block
 * terminates, and every path reaches an ending opcode. */
#include <string.h>
#include "support/alloc.h"
#include "support/money.h"
#include "vm/bytes.h"
#include "vm/opcodes.h"
#include "vm/program.h"

typedef struct verifier {
	vm_program_t *p;
	char *err;
	size_t errlen;
	/* Stack depth on entry to each code byte of the activity being checked
	 * (-1 unknown), relative to its first byte `base`: jumps never leave an
	 * activity's code, so one small buffer reused per activity does (it stays
	 * in cache, where one for the whole code section cost 4 bytes per byte). */
	int32_t *depth;
	uint32_t base;
	uint32_t targets;         /* distinct jump targets seen in this activity */
	/* Each activity's level, one byte apiece: the index names activities in
	 * no particular order, and this stays in cache where vm_act_t does not. */
	uint8_t *level;
	uint8_t op_len[OP__COUNT]; /* vm_op_len, looked up once per opcode, not per instruction */
} verifier_t;

static int32_t *depth_at(const verifier_t *v, uint32_t pc)
{
	return &v->depth[pc - v->base];
}

#define bad(v, ...) vm_fail((v)->err, (v)->errlen, __VA_ARGS__)

static bool slice_ok(uint32_t first, uint32_t n, uint32_t size)
{
	return first <= size && n <= size - first;
}

static bool str_ok(const vm_program_t *p, uint32_t id)
{
	return id < p->nstr;
}

static int check_meta(verifier_t *v)
{
	vm_program_t *p = v->p;
	if (!str_ok(p, p->currency))
		return bad(v, "meta: currency string %u out of range", p->currency);
	if (p->decimals > 18 || p->rounding > ROUND_HALF_EVEN)
		return bad(v, "meta: decimals %u or rounding %u out of range", p->decimals, p->rounding);
	if (!slice_ok(p->top, p->ntop, p->nrefs))
		return bad(v, "meta: top-level member list %u+%u outside the references", p->top, p->ntop);
	return 0;
}

static const uint8_t target_level[VM_TGT__COUNT] = {
	VM_LVL_ITEM, VM_LVL_ITEM, VM_LVL_ITEM, VM_LVL_ITEM, VM_LVL_COMBO, VM_LVL_ORDER, VM_LVL_SHIP
};

static int check_act_clauses(verifier_t *v, uint32_t i, const vm_act_t *a)
{
	if ((a->flags & VM_F_WINDOW) && a->start >= a->end)
		return bad(v, "activity %u: window end not after start", i);
	if (((a->flags & VM_F_STOCK) && a->stock < 1) || ((a->flags & VM_F_LIMIT) && a->limit < 1))
		return bad(v, "activity %u: stock or limit below 1", i);
	if ((a->flags & VM_F_BUDGET) && a->budget < 0)
		return bad(v, "activity %u: negative budget", i);
	if ((a->flags & VM_F_COUPON) && !str_ok(v->p, a->coupon))
		return bad(v, "activity %u: coupon string %u out of range", i, a->coupon);
	return 0;
}

static int check_act(verifier_t *v, uint32_t i)
{
	vm_program_t *p = v->p;
	const vm_act_t *a = &p->acts[i];
	if (!str_ok(p, a->name) || (a->title != VM_NONE && !str_ok(p, a->title)))
		return bad(v, "activity %u: name or title string out of range", i);
	if (a->target >= VM_TGT__COUNT || a->level != target_level[a->target])
		return bad(v, "activity %u: target %u does not fit level %u", i, a->target, a->level);
	if (a->flags & ~VM_F__ALL)
		return bad(v, "activity %u: unknown flags 0x%x", i, a->flags);
	if (a->parent != VM_NONE && a->parent >= p->ngroups)
		return bad(v, "activity %u: parent group %u out of range", i, a->parent);
	if (!slice_ok(a->names, a->nnames, p->nrefs))
		return bad(v, "activity %u: name list outside the references", i);
	if (a->target < VM_TGT_ORDER && a->nnames == 0)
		return bad(v, "activity %u: a %s target needs names", i, vm_target_name(a->target));
	for (uint32_t k = 0; k < a->nnames; k++)
		if (!str_ok(p, p->refs[a->names + k]))
			return bad(v, "activity %u: name %u is not a string", i, k);
	if (!slice_ok(a->code, a->code_len, p->code_len) || a->code_len == 0)
		return bad(v, "activity %u: code %u+%u outside the code section", i, a->code,
			   a->code_len);
	/* Blocks are disjoint and in order: a jump can never reach another's code. */
	if (i > 0 && a->code < p->acts[i - 1].code + p->acts[i - 1].code_len)
		return bad(v, "activity %u: code overlaps the previous activity's", i);
	return check_act_clauses(v, i, a);
}

/* The constant behind an operand, checked for its kind's range. */
static int check_const(verifier_t *v, uint32_t at, op_kind_t k, uint32_t x)
{
	const vm_program_t *p = v->p;
	uint32_t need = k == OPK_DEC ? 2 : 1;
	if (x >= p->nconsts || p->nconsts - x < need)
		return bad(v, "code offset %u: constant %u out of range", at, x);
	int64_t c = p->consts[x];
	bool ok = k == OPK_CONST || (k == OPK_MONEY && c >= 0) ||
		  ((k == OPK_COUNT || k == OPK_STEP) && c >= 1) ||
		  (k == OPK_RATE && c >= 0 && c <= RATE_ONE) ||
		  (k == OPK_DEC && p->consts[x + 1] >= 0 && p->consts[x + 1] <= 18);
	return ok ? 0 : bad(v, "code offset %u: constant %u (%lld) out of range for a %s", at, x,
			    (long long)c, vm_opk_label[k]);
}

/* Checks one operand at code[at]; a jump records its target's depth. */
static int check_operand(verifier_t *v, uint32_t at, op_kind_t k, uint32_t end, int32_t depth_after)
{
	if (k == OPK_NONE)
		return 0; /* no bytes: nothing to read */
	const uint8_t *c = v->p->code + at;
	uint32_t x = vm_opk_width[k] == 4 ? rd_u32(c) : c[0];
	switch (k) {
	case OPK_STR:
		return str_ok(v->p, x) ? 0 : bad(v, "code offset %u: string %u out of range", at, x);
	case OPK_CMP: return x <= 5 ? 0 : bad(v, "code offset %u: bad comparison %u", at, x);
	case OPK_SUBJOP:
		return (x >> 3) <= 1 && (x & 7) <= 5 ? 0 : bad(v, "code offset %u: bad subject %u", at, x);
	case OPK_REASON: return x < REASON__COUNT ? 0 : bad(v, "code offset %u: bad reason %u", at, x);
	case OPK_BOOL: return x <= 1 ? 0 : bad(v, "code offset %u: bad boolean %u", at, x);
	case OPK_TEST:
		if ((x >> 3) <= VM_SRC_ORDER && (x & 7) <= 5)
			return 0;
		return bad(v, "code offset %u: bad test %u", at, x);
	case OPK_JUMP: {
		uint32_t from = at + 4, left = end - from;
		if (x >= left)
			return bad(v, "code offset %u: jump by %u leaves the activity's code", at, x);
		int32_t *d = depth_at(v, from + x);
		if (*d >= 0 && *d != depth_after)
			return bad(v, "code offset %u: stack depth differs where paths meet", at);
		v->targets += *d < 0;
		*d = depth_after;
		return 0;
	}
	default: return check_const(v, at, k, x);
	}
}

static bool is_nth_effect(uint8_t op)
{
	return op == OP_PCT || op == OP_OFF || op == OP_OFF_EACH || op == OP_PRICE;
}

/* One instruction at pc with entry depth d; *next gets the depth that
 * falls through (-1 when control does not fall through). */
static int check_insn(verifier_t *v, const vm_act_t *a, uint32_t pc, uint32_t end, int32_t *d)
{
	uint8_t op = v->p->code[pc];
	if (op >= OP__COUNT)
		return bad(v, "code offset %u: unknown opcode %u", pc, op);
	const op_info_t *o = &vm_ops[op];
	uint32_t len = v->op_len[op];
	if (len > end - pc)
		return bad(v, "code offset %u: %s is cut off", pc, o->name);
	if (!(o->levels & (1u << a->level)))
		return bad(v, "code offset %u: %s is not allowed at %s level", pc, o->name,
			   vm_level_name(a->level));
	if (*d < o->pop || *d - o->pop + o->push > VM_STACK_MAX)
		return bad(v, "code offset %u: %s needs %u values, the stack has %d", pc, o->name,
			   o->pop, *d);
	int32_t after = *d - o->pop + o->push;
	uint32_t at = pc + 1;
	for (int k = 0; k < 3; k++) {
		if (check_operand(v, at, o->kind[k], end, after) < 0)
			return -1;
		at += vm_opk_width[o->kind[k]];
	}
	if (op == OP_NTH && (pc + len >= end || !is_nth_effect(v->p->code[pc + len])))
		return bad(v, "code offset %u: NTH must be followed by PCT, OFF, OFF_EACH or PRICE", pc);
	bool falls = o->flow == OPF_NEXT || o->flow == OPF_JUMP;
	if (falls && pc + len == end)
		return bad(v, "code offset %u: the code runs off its end after %s", pc, o->name);
	*d = falls ? after : -1;
	return 0;
}

/* The first byte in [from, to) that a jump targets although it is not an
 * instruction's first byte (UINT32_MAX: none). */
static uint32_t target_inside(const verifier_t *v, uint32_t from, uint32_t to)
{
	for (uint32_t pc = from; pc < to;) {
		uint32_t len = v->op_len[v->p->code[pc]];
		for (uint32_t k = pc + 1; k < pc + len && k < to; k++)
			if (*depth_at(v, k) >= 0)
				return k;
		pc += len;
	}
	return UINT32_MAX;
}

/* A failure at pc, unless a jump into an instruction before it explains it
 * better (such a jump leaves code after it unreachable, for one). */
static int code_fail(verifier_t *v, uint32_t i, uint32_t pc, const char *what)
{
	uint32_t k = target_inside(v, v->base, pc);
	if (k != UINT32_MAX)
		return bad(v, "activity %u: code offset %u: a jump lands inside an instruction", i, k);
	return bad(v, "activity %u: code offset %u%s", i, pc, what);
}

static int check_code(verifier_t *v, uint32_t i)
{
	const vm_act_t *a = &v->p->acts[i];
	uint32_t pc = a->code, end = a->code + a->code_len;
	int32_t d = 0;
	uint32_t met = 0; /* jump targets met as instructions */
	v->base = a->code;
	v->targets = 0;
	memset(v->depth, 0xff, (size_t)a->code_len * sizeof *v->depth);
	while (pc < end) {
		met += *depth_at(v, pc) >= 0;
		if (d < 0)
			d = *depth_at(v, pc);
		else if (*depth_at(v, pc) >= 0 && *depth_at(v, pc) != d)
			return code_fail(v, i, pc, ": stack depth differs where paths meet");
		if (d < 0)
			return code_fail(v, i, pc, " is unreachable");
		if (check_insn(v, a, pc, end, &d) < 0)
			return -1;
		pc += v->op_len[v->p->code[pc]];
	}
	/* Jumps only go forward: every target was met as an instruction
	 * unless one lands inside an instruction. */
	return met == v->targets ? 0 : code_fail(v, i, end, ": a jump lands inside an instruction");
}

static int check_group(verifier_t *v, uint32_t i)
{
	vm_program_t *p = v->p;
	const vm_group_t *g = &p->groups[i];
	if (!str_ok(p, g->name) || g->kind >= VM_GRP__COUNT)
		return bad(v, "group %u: bad name or kind", i);
	if (g->parent != VM_NONE && g->parent >= i)
		return bad(v, "group %u: parent %u must come before it", i, g->parent);
	if (!slice_ok(g->members, g->nmembers, p->nrefs) || g->nmembers == 0)
		return bad(v, "group %u: member list outside the references or empty", i);
	return 0;
}

/* The member tree, walked in order, must visit activities 0,1,2,... and
 * groups 0,1,2,... (declaration order), each exactly once, with parents
 * matching: the interpreter relies on a group's activities being a run. */
static int check_tree(verifier_t *v)
{
	vm_program_t *p = v->p;
	uint32_t *stack = px_malloc((p->ngroups + 1) * 2 * sizeof *stack), depth = 0;
	uint32_t next_act = 0, next_grp = 0, cur = VM_NONE, pos = 0;
	uint32_t first = p->top, n = p->ntop;
	int rc = 0;
	if (!stack)
		return bad(v, "out of memory");
	for (;;) {
		if (pos == n) {
			if (depth == 0)
				break;
			pos = stack[--depth], cur = stack[--depth];
			first = cur == VM_NONE ? p->top : p->groups[cur].members;
			n = cur == VM_NONE ? p->ntop : p->groups[cur].nmembers;
			continue;
		}
		uint32_t m = p->refs[first + pos++];
		uint32_t idx = m & ~VM_GROUP_BIT;
		if (!(m & VM_GROUP_BIT)) {
			if (idx != next_act++ || p->acts[idx].parent != cur) {
				rc = bad(v, "member tree: activity %u out of declaration order or parent", idx);
				break;
			}
			continue;
		}
		if (idx != next_grp++ || p->groups[idx].parent != cur) {
			rc = bad(v, "member tree: group %u out of declaration order or parent", idx);
			break;
		}
		if (depth / 2 >= VM_NEST_MAX) {
			rc = bad(v, "member tree: groups nested deeper than %d", VM_NEST_MAX);
			break;
		}
		stack[depth++] = cur, stack[depth++] = pos;
		cur = idx, pos = 0, first = p->groups[idx].members, n = p->groups[idx].nmembers;
	}
	px_free(stack);
	if (rc == 0 && (next_act != p->nacts || next_grp != p->ngroups))
		rc = bad(v, "member tree: %u of %u activities and %u of %u groups reached", next_act,
			 p->nacts, next_grp, p->ngroups);
	return rc;
}

/* Activities grouped by level, ascending within each: a counting sort, two
 * passes over the activities rather than one per level. */
static int derive_by_level(vm_program_t *p)
{
	uint32_t at[VM_LVL__COUNT + 1] = { 0 };
	px_free(p->by_level);
	p->by_level = px_malloc((p->nacts ? p->nacts : 1) * sizeof *p->by_level);
	if (!p->by_level)
		return -1;
	for (uint32_t i = 0; i < p->nacts; i++)
		at[p->acts[i].level + 1]++; /* levels were checked by check_act */
	for (int l = 0; l < VM_LVL__COUNT; l++)
		at[l + 1] += at[l];
	memcpy(p->lvl_first, at, sizeof at);
	for (uint32_t i = 0; i < p->nacts; i++)
		p->by_level[at[p->acts[i].level]++] = i;
	return 0;
}

/* Each group learns which levels its activities are at (the interpreter
 * skips groups with nothing for the level it is pricing) and where its run
 * of activities ends. Children come after their parents, so one backward
 * pass over the groups carries both up the tree. */
static int derive_levels(vm_program_t *p)
{
	if (derive_by_level(p) < 0)
		return -1;
	for (uint32_t g = 0; g < p->ngroups; g++) {
		vm_group_t *gr = &p->groups[g];
		gr->levels = 0, gr->acts_end = 0, gr->leaves = true;
		for (uint32_t k = 0; k < gr->nmembers; k++)
			gr->leaves &= !(p->refs[gr->members + k] & VM_GROUP_BIT);
	}
	for (uint32_t i = 0; i < p->nacts; i++)
		if (p->acts[i].parent != VM_NONE) {
			vm_group_t *g = &p->groups[p->acts[i].parent];
			g->levels |= (uint8_t)(1u << p->acts[i].level);
			g->acts_end = i + 1;
		}
	for (uint32_t g = p->ngroups; g-- > 0;) {
		vm_group_t *up = p->groups[g].parent != VM_NONE ? &p->groups[p->groups[g].parent] : NULL;
		if (!up)
			continue;
		up->levels |= p->groups[g].levels;
		if (p->groups[g].acts_end > up->acts_end)
			up->acts_end = p->groups[g].acts_end;
	}
	return 0;
}

static bool spans_levels(const vm_group_t *g)
{
	return g->kind != VM_GRP_STACK && (g->levels & (g->levels - 1));
}

/* Each activity learns its top-level member and whether an exclusive
 * group above it spans levels (only then can an earlier level have taken
 * the group: the interpreter skips that bookkeeping for the others). The
 * groups' answers go through the roots array, parents first. */
static int derive_roots(vm_program_t *p)
{
	uint32_t *root = px_malloc((p->ngroups ? p->ngroups : 1) * sizeof *root);
	bool *spans = px_malloc(p->ngroups ? p->ngroups : 1);
	if (!root || !spans) {
		px_free(root), px_free(spans);
		return -1;
	}
	for (uint32_t g = 0; g < p->ngroups; g++) {
		uint32_t up = p->groups[g].parent;
		root[g] = up == VM_NONE ? (g | VM_GROUP_BIT) : root[up];
		spans[g] = spans_levels(&p->groups[g]) || (up != VM_NONE && spans[up]);
	}
	p->spans = false;
	for (uint32_t i = 0; i < p->nacts; i++) {
		uint32_t up = p->acts[i].parent;
		p->acts[i].root = up == VM_NONE ? i : root[up];
		p->acts[i].spans = up != VM_NONE && spans[up];
		p->spans |= p->acts[i].spans;
	}
	px_free(root), px_free(spans);
	return 0;
}

static int check_key(verifier_t *v, uint32_t i)
{
	vm_program_t *p = v->p;
	const vm_key_t *k = &p->keys[i];
	if (k->kind >= VM_KEY__COUNT || !str_ok(p, k->key) || !slice_ok(k->acts, k->nacts, p->nrefs) ||
	    k->nacts == 0)
		return bad(v, "index key %u: bad kind, string or activity list", i);
	if (i > 0) {
		const vm_key_t *pk = &p->keys[i - 1];
		int c = pk->kind != k->kind ? (pk->kind < k->kind ? -1 : 1)
					    : strcmp(vm_str(p, pk->key), vm_str(p, k->key));
		if (c >= 0)
			return bad(v, "index key %u: keys not in strictly ascending order", i);
	}
	for (uint32_t j = 0; j < k->nacts; j++) {
		uint32_t a = p->refs[k->acts + j];
		uint8_t want = k->kind == VM_KEY_COMBO ? VM_LVL_COMBO : VM_LVL_ITEM;
		if (a >= p->nacts || v->level[a] != want || (j > 0 && a <= p->refs[k->acts + j - 1]))
			return bad(v, "index key %u: activity %u is not an ascending %s activity", i, a,
				   vm_level_name(want));
	}
	return 0;
}

int vm_verify(vm_program_t *p, char *err, size_t errlen)
{
	verifier_t v = { .p = p, .err = err, .errlen = errlen };
	for (int op = 0; op < OP__COUNT; op++)
		v.op_len[op] = (uint8_t)vm_op_len((opcode_t)op);
	if (check_meta(&v) < 0)
		return -1;
	for (uint32_t i = 0; i < p->nacts; i++)
		if (check_act(&v, i) < 0)
			return -1;
	for (uint32_t i = 0; i < p->ngroups; i++)
		if (check_group(&v, i) < 0)
			return -1;
	if (!(v.level = px_malloc(p->nacts ? p->nacts : 1)))
		return bad(&v, "out of memory");
	for (uint32_t i = 0; i < p->nacts; i++)
		v.level[i] = p->acts[i].level;
	int keys = 0;
	for (uint32_t i = 0; i < p->nkeys && keys == 0; i++)
		keys = check_key(&v, i);
	px_free(v.level);
	if (keys < 0 || check_tree(&v) < 0)
		return -1;
	if (derive_levels(p) < 0 || derive_roots(p) < 0)
		return bad(&v, "out of memory");
	uint32_t longest = 1;
	for (uint32_t i = 0; i < p->nacts; i++)
		longest = p->acts[i].code_len > longest ? p->acts[i].code_len : longest;
	v.depth = px_malloc((size_t)longest * sizeof *v.depth);
	if (!v.depth)
		return bad(&v, "out of memory");
	int rc = 0;
	for (uint32_t i = 0; i < p->nacts && rc == 0; i++)
		rc = check_code(&v, i);
	px_free(v.depth);
	if (rc == 0 && vm_derive_conds(p) < 0)
		return bad(&v, "out of memory");
	return rc;
}
