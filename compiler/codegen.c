/* codegen.c — cg_generate: a checked AST becomes a vm_program. Strings
 * are interned once, activities and groups keep their declaration order
 * (the interpreter relies on it), the index maps SKU / category / brand to
 * the item-level activities (and SKU to combos), and the result passes the same verifier as a
 * loaded .pbc before anyone can price with it. */
#include <stdlib.h>
#include <string.h>
#include "compiler/codegen.h"
#include "support/alloc.h"
#include "vm/bytes.h"

#define GROW(g, arr, cap, need) \
	((g)->oom || (vm_grow((void **)&(arr), &(cap), (need), sizeof *(arr)) ? 0 : ((g)->oom = true)), !(g)->oom)

static uint64_t str_hash(const char *s)
{
	return vm_fnv1a(VM_FNV_INIT, s, strlen(s));
}

static bool rehash(cg_t *g)
{
	size_t cap = g->hash_cap ? g->hash_cap * 2 : 64;
	uint32_t *h = px_calloc(cap, sizeof *h);
	if (!h)
		return false;
	for (uint32_t id = 0; id < g->p->nstr; id++) {
		size_t i = str_hash(vm_str(g->p, id)) & (cap - 1);
		while (h[i])
			i = (i + 1) & (cap - 1);
		h[i] = id + 1;
	}
	px_free(g->hash);
	g->hash = h;
	g->hash_cap = cap;
	return true;
}

uint32_t cg_str(cg_t *g, const char *s)
{
	vm_program_t *p = g->p;
	if (g->oom || ((p->nstr + 1) * 2 > g->hash_cap && !rehash(g)))
		return g->oom = true, 0;
	size_t i = str_hash(s) & (g->hash_cap - 1);
	for (; g->hash[i]; i = (i + 1) & (g->hash_cap - 1))
		if (strcmp(vm_str(p, g->hash[i] - 1), s) == 0)
			return g->hash[i] - 1;
	size_t n = strlen(s) + 1;
	if (!GROW(g, p->blob, g->cap_blob, p->blob_len + n) || !GROW(g, p->str, g->cap_str, p->nstr + 1))
		return 0;
	memcpy(p->blob + p->blob_len, s, n);
	p->str[p->nstr] = p->blob_len;
	p->blob_len += (uint32_t)n;
	g->hash[i] = p->nstr + 1;
	return p->nstr++;
}

uint32_t cg_const(cg_t *g, int64_t v)
{
	vm_program_t *p = g->p;
	if (!GROW(g, p->consts, g->cap_consts, p->nconsts + 1))
		return 0;
	p->consts[p->nconsts] = v;
	return p->nconsts++;
}

static uint32_t cg_ref(cg_t *g, uint32_t v)
{
	vm_program_t *p = g->p;
	if (!GROW(g, p->refs, g->cap_refs, p->nrefs + 1))
		return 0;
	p->refs[p->nrefs] = v;
	return p->nrefs++;
}

uint32_t cg_emit(cg_t *g, opcode_t op, uint32_t a, uint32_t b, uint32_t c)
{
	vm_program_t *p = g->p;
	uint32_t at = p->code_len, vals[3] = { a, b, c };
	if (!GROW(g, p->code, g->cap_code, at + vm_op_len(op)))
		return 0;
	uint8_t *w = p->code + at;
	*w++ = (uint8_t)op;
	for (int k = 0; k < 3; k++) {
		if (vm_opk_width[vm_ops[op].kind[k]] == 4)
			wr_u32(w, vals[k]), w += 4;
		else if (vm_opk_width[vm_ops[op].kind[k]] == 1)
			*w++ = (uint8_t)vals[k];
	}
	p->code_len = (uint32_t)(w - p->code);
	return at;
}

void cg_patch(cg_t *g, uint32_t at)
{
	if (g->oom)
		return;
	uint32_t len = vm_op_len((opcode_t)g->p->code[at]); /* a jump operand comes last */
	wr_u32(g->p->code + at + len - 4, g->p->code_len - (at + len));
}

static uint32_t member_ref(const member_t *m)
{
	return m->is_group ? (uint32_t)m->grp->index | VM_GROUP_BIT : (uint32_t)m->act->index;
}

static uint32_t members(cg_t *g, const vec_t *v)
{
	uint32_t first = g->p->nrefs;
	for (size_t i = 0; i < v->n; i++)
		cg_ref(g, member_ref(v->items[i]));
	return first;
}

static void gen_act(cg_t *g, const activity_t *a)
{
	vm_program_t *p = g->p;
	vm_act_t *v = &p->acts[p->nacts++];
	memset(v, 0, sizeof *v);
	v->name = cg_str(g, a->name.s);
	v->title = a->has_title ? cg_str(g, a->title.s) : VM_NONE;
	v->level = (uint8_t)a->level, v->target = (uint8_t)a->target.kind;
	v->flags = (uint8_t)((a->has_window ? VM_F_WINDOW : 0) | (a->has_stock ? VM_F_STOCK : 0) |
			     (a->has_limit ? VM_F_LIMIT : 0) | (a->has_budget ? VM_F_BUDGET : 0) |
			     (a->has_coupon ? VM_F_COUPON : 0));
	v->parent = a->parent ? (uint32_t)a->parent->index : VM_NONE;
	v->start = a->has_window ? a->start.epoch : 0, v->end = a->has_window ? a->end.epoch : 0;
	v->stock = a->has_stock ? a->stock.minor : 0, v->limit = a->has_limit ? a->limit.minor : 0;
	v->budget = a->has_budget ? a->budget.minor : 0;
	v->coupon = a->has_coupon ? cg_str(g, a->coupon.s) : 0;
	v->names = p->nrefs, v->nnames = (uint32_t)a->target.names.n;
	for (size_t i = 0; i < a->target.names.n; i++)
		cg_ref(g, cg_str(g, ((const name_t *)a->target.names.items[i])->s));
	v->code = p->code_len;
	cg_act_code(g, a);
	v->code_len = p->code_len - v->code;
}

static void gen_group(cg_t *g, const group_t *gr)
{
	vm_program_t *p = g->p;
	vm_group_t *v = &p->groups[p->ngroups++];
	memset(v, 0, sizeof *v);
	v->name = cg_str(g, gr->name.s);
	v->kind = (uint8_t)gr->kind;
	v->parent = gr->parent ? (uint32_t)gr->parent->index : VM_NONE;
	v->nmembers = (uint32_t)gr->members.n;
	v->members = members(g, &gr->members);
}

/* ---- the index: (kind, key, act) triples sorted, then grouped ---------- */
/* The keys are target names, already interned by gen_act: their distinct
 * strings are sorted by bytes once, and every triple then sorts as one
 * integer (kind, rank of the key, activity), so 100k activities cost a
 * strcmp sort of the distinct keys, not of every triple. */
typedef struct kstr {
	uint64_t prefix; /* the first 8 bytes, big-endian: most comparisons stop here */
	const char *s;
	uint32_t id;
} kstr_t;

#define RANK_BITS 30 /* above the kind's 2 bits, below the activity's 32 */

static int kstr_cmp(const void *a, const void *b)
{
	const kstr_t *x = a, *y = b;
	if (x->prefix != y->prefix)
		return x->prefix < y->prefix ? -1 : 1;
	if ((x->prefix & 0xff) == 0) /* shorter than 8 bytes: equal prefixes, equal strings */
		return 0;
	return strcmp(x->s + 8, y->s + 8);
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

static kstr_t kstr_of(const vm_program_t *p, uint32_t id)
{
	kstr_t k = { 0, vm_str(p, id), id };
	for (int i = 0; i < 8 && k.s[i]; i++)
		k.prefix |= (uint64_t)(uint8_t)k.s[i] << (56 - 8 * i);
	return k;
}

static uint8_t key_kind(const activity_t *a)
{
	return a->target.kind == TGT_CATEGORY ? VM_KEY_CATEGORY
	       : a->target.kind == TGT_BRAND  ? VM_KEY_BRAND
	       : a->target.kind == TGT_COMBO  ? VM_KEY_COMBO
					      : VM_KEY_SKU;
}

static bool indexed(const activity_t *a)
{
	return a->level == LEVEL_ITEM || a->level == LEVEL_COMBO;
}

/* The distinct key strings in byte order; rank[id] = position + 1. */
static size_t rank_keys(const cg_t *g, const program_t *ast, uint32_t *rank, kstr_t *u)
{
	const vm_program_t *p = g->p;
	size_t m = 0;
	for (size_t i = 0; i < ast->acts.n; i++) {
		const vm_act_t *v = &p->acts[i];
		for (uint32_t k = 0; indexed(ast->acts.items[i]) && k < v->nnames; k++) {
			uint32_t id = p->refs[v->names + k];
			if (!rank[id]++)
				u[m++] = kstr_of(p, id);
		}
	}
	qsort(u, m, sizeof *u, kstr_cmp);
	for (size_t j = 0; j < m; j++)
		rank[u[j].id] = (uint32_t)j;
	return m;
}

static size_t collect(const cg_t *g, const program_t *ast, const uint32_t *rank, uint64_t *e)
{
	size_t n = 0;
	for (size_t i = 0; i < ast->acts.n; i++) {
		const activity_t *a = ast->acts.items[i];
		const vm_act_t *v = &g->p->acts[i];
		for (uint32_t k = 0; indexed(a) && k < v->nnames; k++)
			e[n++] = (uint64_t)key_kind(a) << (32 + RANK_BITS) |
				 (uint64_t)rank[g->p->refs[v->names + k]] << 32 | (uint32_t)a->index;
	}
	return n;
}

static void emit_index(cg_t *g, const uint64_t *e, size_t n, const kstr_t *u)
{
	vm_program_t *p = g->p;
	for (size_t i = 0; i < n && !g->oom; i++) {
		bool same_key = i > 0 && e[i] >> 32 == e[i - 1] >> 32;
		if (same_key && e[i] == e[i - 1])
			continue; /* items (A, A) */
		if (!same_key) {
			if (!GROW(g, p->keys, g->cap_keys, p->nkeys + 1))
				break;
			uint32_t rank = (uint32_t)(e[i] >> 32) & ((1u << RANK_BITS) - 1);
			p->keys[p->nkeys++] = (vm_key_t){ (uint8_t)(e[i] >> (32 + RANK_BITS)), u[rank].id, p->nrefs, 0 };
		}
		cg_ref(g, (uint32_t)e[i]);
		p->keys[p->nkeys - 1].nacts++;
	}
}

static void gen_index(cg_t *g, const program_t *ast)
{
	size_t total = 0;
	for (size_t i = 0; i < ast->acts.n; i++)
		total += ((const activity_t *)ast->acts.items[i])->target.names.n;
	if (g->oom || total >= (size_t)1 << RANK_BITS)
		return (void)(g->oom = true);
	uint64_t *e = px_malloc((total + 1) * sizeof *e);
	kstr_t *u = px_malloc((total + 1) * sizeof *u);
	uint32_t *rank = px_calloc(g->p->nstr + 1, sizeof *rank);
	if (e && u && rank) {
		rank_keys(g, ast, rank, u);
		size_t n = collect(g, ast, rank, e);
		qsort(e, n, sizeof *e, u64_cmp);
		emit_index(g, e, n, u);
	} else {
		g->oom = true;
	}
	px_free(e);
	px_free(u);
	px_free(rank);
}

static void gen_tables(cg_t *g, const program_t *ast)
{
	vm_program_t *p = g->p;
	p->currency = cg_str(g, ast->has_currency && ast->currency.s ? ast->currency.s : "CNY");
	p->decimals = (uint8_t)ast->decimals, p->rounding = (uint8_t)ast->rounding;
	p->tz_minutes = ast->tz_minutes;
	p->ntop = (uint32_t)ast->top.n;
	p->top = members(g, &ast->top);
	if (!GROW(g, p->acts, g->cap_acts, ast->acts.n + 1) ||
	    !GROW(g, p->groups, g->cap_groups, ast->groups.n + 1))
		return;
	for (size_t i = 0; i < ast->acts.n && !g->oom; i++)
		gen_act(g, ast->acts.items[i]);
	for (size_t i = 0; i < ast->groups.n && !g->oom; i++)
		gen_group(g, ast->groups.items[i]);
	gen_index(g, ast);
}

vm_program_t *cg_generate(const struct program *ast)
{
	cg_t g = { 0 };
	char err[256];
	if (!(g.p = px_calloc(1, sizeof *g.p)))
		return NULL;
	gen_tables(&g, ast);
	px_free(g.hash);
	/* The verifier also derives the level lists; a failure here is a
	 * code generation bug, reported like out-of-memory (NULL). */
	if (g.oom || vm_verify(g.p, err, sizeof err) < 0) {
		vm_program_free(g.p);
		return NULL;
	}
	return g.p;
}
