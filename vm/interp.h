/* interp.h — what the pricing levels share: the per-cart context, the
 * per-activity state, and the scratch memory kept in the result so a warm
 * result prices without allocating. vm_price (interp.c) runs the levels in
 * order: item (interp_item.c), combo, order, shipping (interp_level.c), each
 * resolving groups with interp_resolve.c, then builds the result
 * (interp_finish.c). docs/pricing.md states the rules. */
#ifndef PROMO_INTERP_H
#define PROMO_INTERP_H
#include <stdbool.h>
#include <stdint.h>
#include "support/money.h"
#include "support/sort.h"
#include "vm/exec.h"
#include "vm/opcodes.h"
#include "vm/program.h"
#include "vm/result.h"

#define VM_UNLIMITED INT64_MAX

typedef struct act_state {
	uint32_t gen;             /* == scratch gen: touched in this cart */
	bool gated, open;         /* window/coupon/limit/stock/budget checked; passed */
	bool applied, has_reason, has_hint, offered;
	uint8_t reason;           /* first reason it did not apply */
	uint32_t by;              /* LOST / CONFLICT: the winner */
	uint32_t conflict_by;     /* the first winner of a line it lost to a conflict */
	int64_t cap;              /* item level: units left under stock and limit */
	int64_t budget;           /* money left, VM_UNLIMITED without a budget */
	int64_t discount;         /* everything it gave in this cart */
	int64_t missing;          /* smallest positive hint */
} act_state_t;

typedef struct share_rec { uint32_t line, act; int64_t amount; } share_rec_t;
/* item level: act takes units of line; its pass-1 try is asg_tries[try_at] */
typedef struct asg { uint32_t act, line, try_at; int64_t units; } asg_t;
/* pick/nth: one line's units in a pool (open: units in the group being filled) */
typedef struct unit_run { int64_t price, units, base, disc, open; uint32_t line; } unit_run_t;

/* Activity ids the index gives for a key. */
typedef struct vm_list { const uint32_t *acts; uint32_t n; } vm_list_t;

/* A cart line by SKU: the lines sorted by (SKU, line) for add-ons and combos. */
typedef struct sku_line { const char *sku; uint32_t line; } sku_line_t;

_Static_assert(sizeof(asg_t) <= SORT_MAX_SIZE && sizeof(unit_run_t) <= SORT_MAX_SIZE &&
		       sizeof(sku_line_t) <= SORT_MAX_SIZE,
	       "sort_inplace sorts these");

/* An exclusive group one of whose members applied at an earlier level. */
typedef struct grp_state { uint32_t gen, child, winner; } grp_state_t;

/* One activity's answer at a level, before anything is recorded: an
 * exclusive group compares answers, then commits the winner's and records
 * why the others did not apply, without asking anyone twice. */
typedef struct vm_try {
	act_state_t *st;          /* the activity's state in this cart */
	vm_out_t out;             /* what its code said (reason, hint, effect) */
	int64_t d;                /* the discount, capped by the budget */
	int64_t uncapped;         /* d before the budget cut (the item level's pass 2 cuts) */
	int64_t units;            /* item level: the units granted */
	int64_t base;             /* item level: the amount of them it was tried on */
	uint32_t nlines;          /* combo level: its lines, in s->lines */
	bool open;                /* passed the gate (else the gate recorded why) */
	bool applied;
	bool capped;              /* the budget cut d */
} vm_try_t;

typedef struct vm_scratch {
	uint32_t gen;
	act_state_t *acts; size_t cap_acts;
	int64_t *run; size_t cap_run;     /* per line: running total */
	int64_t *w; size_t cap_w;         /* per line: allocation weights */
	int64_t *sh; size_t cap_sh;       /* per line: allocated shares */
	uint32_t *lines; size_t cap_lines; /* a list of line indices */
	share_rec_t *shares; size_t n_shares, cap_shares;
	asg_t *asg; size_t n_asg, cap_asg;
	vm_try_t *asg_tries; size_t cap_asg_tries; /* per assignment: the try that won it */
	uint32_t *touched; size_t n_touched, cap_touched; /* room for every activity */
	uint32_t *touched_tmp; size_t cap_touched_tmp;    /* sorting room for touched */
	uint32_t *cands; size_t cap_cands;
	vm_try_t *tries; size_t cap_tries; /* per candidate: its try (memo levels) */
	unit_run_t *units; size_t cap_units;
	uint32_t *count; size_t cap_count; /* per line: shares (finish) */
	uint8_t *addon; size_t cap_addon; /* per line: priced as an add-on */
	money_rem_t *rem; size_t cap_rem; /* per line: allocation remainders */
	grp_state_t *grps; size_t cap_grps; /* per group: taken at an earlier level */
	sku_line_t *by_sku; size_t cap_by_sku; /* per line, sorted once a cart asks often */
	vm_list_t *combos; size_t cap_combos; /* per line: its SKU's combos (the item level looks) */
	vm_cond_seen_t *conds; size_t cap_conds; /* per cart condition (attrs.conds) */
	vm_attr_memo_t attrs;             /* the cart's attributes as its conditions read them */
	uint32_t sku_scans;               /* lookups by scanning in this cart */
	bool by_sku_ready;                /* by_sku holds this cart's lines */
} vm_scratch_t;

typedef struct vm_ctx vm_ctx_t;
/* One activity at the level being priced: what it would give on base. */
typedef void (*vm_try_fn)(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t);
/* Records a try: the reason or hint, and the discount on the lines. */
typedef void (*vm_commit_fn)(vm_ctx_t *x, uint32_t act, const vm_try_t *t);

struct vm_ctx {
	const vm_program_t *p;
	const cart_t *c;
	result_t *r;
	vm_scratch_t *s;
	bool explain;
	bool failed;              /* r->status set: unwind */
	int64_t subtotal;         /* sum of line amounts */
	int64_t goods;            /* sum of running line totals */
	int64_t ship;             /* running shipping */
	int64_t units;            /* units in the cart */
	uint32_t line;            /* item level: the line being resolved */
	const vm_keyhash_t *keys; /* the index as a hash table, NULL: binary search */
	vm_try_fn try_act;
	vm_commit_fn commit;
	/* try reads only the base it is given and the activity's own state, so
	 * an exclusive group may commit a member's first answer (kept in
	 * s->tries) after the winner committed: order, shipping. Not combos,
	 * which read the lines, nor the item level: they are asked again. */
	bool memo;
};

/* interp.c */
/* The activity's state for this cart; the first touch initialises it, so
 * a cart costs only the activities it touches. Inline: it is asked for at
 * every step. */
static inline act_state_t *vm_state(vm_ctx_t *x, uint32_t act)
{
	vm_scratch_t *s = x->s;
	act_state_t *st = &s->acts[act];
	if (st->gen == s->gen)
		return st;
	*st = (act_state_t){ .gen = s->gen, .by = UINT32_MAX, .conflict_by = UINT32_MAX,
			     .cap = VM_UNLIMITED, .budget = VM_UNLIMITED };
	s->touched[s->n_touched++] = act; /* room for every activity: scratch_ready */
	return st;
}
bool vm_gate_clauses(vm_ctx_t *x, uint32_t act, act_state_t *st);
/* Whether the activity (st: its state) is open in this cart (window,
 * coupon, limit, stock, budget); the first ask checks and records the
 * reason, later ones read it. Inline: most activities have no clause. */
static inline bool vm_gate_st(vm_ctx_t *x, uint32_t act, act_state_t *st)
{
	if (st->gated)
		return st->open;
	st->gated = true;
	if (x->p->acts[act].flags == 0)
		return st->open = true;
	return vm_gate_clauses(x, act, st);
}
static inline bool vm_gate(vm_ctx_t *x, uint32_t act)
{
	return vm_gate_st(x, act, vm_state(x, act));
}
/* A try's start at the levels after the item level: nothing given yet,
 * the activity's state, and whether its gate is open (the answer). */
static inline bool vm_try_begin(vm_ctx_t *x, uint32_t act, vm_try_t *t)
{
	t->applied = false;
	t->d = 0;
	t->st = vm_state(x, act);
	return t->open = vm_gate_st(x, act, t->st);
}
void vm_trace_reason(vm_ctx_t *x, uint32_t act, reason_t why, uint32_t by);
/* The activity did not apply for why (by: the winner for LOST and
 * CONFLICT); the first reason stays. Inline: most activities of a cart
 * end here. The _st form is for a caller holding the state already. */
static inline void vm_not_applied_st(vm_ctx_t *x, uint32_t act, act_state_t *st, reason_t why,
				     uint32_t by)
{
	if (why == REASON_CONFLICT && st->conflict_by == UINT32_MAX)
		st->conflict_by = by; /* reported even when it applies on other lines */
	if (st->has_reason)
		return;
	st->has_reason = true;
	st->reason = (uint8_t)why;
	st->by = by;
	if (x->explain)
		vm_trace_reason(x, act, why, by);
}
static inline void vm_not_applied(vm_ctx_t *x, uint32_t act, reason_t why, uint32_t by)
{
	vm_not_applied_st(x, act, vm_state(x, act), why, by);
}
/* The activity's hint (st: its state): the smallest positive one it gave
 * in this cart. */
static inline void vm_note_hint(act_state_t *st, const vm_out_t *o)
{
	if (!o->has_hint || o->missing <= 0)
		return;
	if (!st->has_hint || o->missing < st->missing)
		st->missing = o->missing;
	st->has_hint = true;
}
void vm_overflow(vm_ctx_t *x, const char *what);
void vm_nomem(vm_ctx_t *x);
void vm_trace_line(vm_ctx_t *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A macro so that without --explain the arguments (formatted amounts,
 * names) are not even computed: pricing pays nothing for the trace. */
#define vm_trace(x, ...) ((x)->explain ? vm_trace_line((x), __VA_ARGS__) : (void)0)
const char *vm_money(vm_ctx_t *x, int64_t v, char buf[24]);
void vm_scratch_free(vm_scratch_t *s);
/* What the index selects for a cart line: out[kind] for its SKU, category
 * and brand (item level), and its SKU's combos (out[VM_KEY_COMBO]); and
 * whether an ADDON effect may name its SKU (*addon: true when not known). */
void vm_line_index(vm_ctx_t *x, const cart_line_t *l, vm_list_t out[VM_KEY__COUNT], bool *addon);
/* The first cart line holding sku, or UINT32_MAX. */
uint32_t vm_line_of_sku(vm_ctx_t *x, const char *sku);
/* Ascending, in place. */
void vm_sort_u32(uint32_t *a, size_t n);
/* Ascending, in O(n log runs) with tmp (n elements) for room: for a list
 * made of a few ascending runs, as the touched activities are (one run
 * per level after the item level's lines). */
void vm_sort_runs(uint32_t *a, uint32_t *tmp, size_t n);

/* interp_effect.c: discounts of the effects that apply to one amount */
bool vm_eff_amount(vm_ctx_t *x, const vm_eff_t *e, int64_t base, int64_t qty, int64_t unit, int64_t *d);
bool vm_eff_pooled(vm_ctx_t *x, const vm_eff_t *e, unit_run_t *u, size_t n);
/* nth and pick work on the units of all the activity's lines at once. */
static inline bool vm_is_pooled(const vm_eff_t *e)
{
	return e->nth > 0 || e->op == OP_PICK;
}
/* A try's hint and, when it did not apply, its reason. */
static inline void vm_record(vm_ctx_t *x, uint32_t act, const vm_try_t *t)
{
	vm_note_hint(t->st, &t->out);
	if (!t->out.ok)
		vm_not_applied_st(x, act, t->st, (reason_t)t->out.reason, UINT32_MAX);
}
/* every M: below M it does not apply (threshold); below its cap the next
 * multiple of M is a hint. */
void vm_every_step(vm_out_t *o, int64_t base);

/* interp_alloc.c: putting discounts on lines */
bool vm_give(vm_ctx_t *x, uint32_t line, uint32_t act, int64_t d);
/* d over the lines (NULL: every line of the cart) by their running totals. */
bool vm_spread(vm_ctx_t *x, uint32_t act, const uint32_t *lines, size_t n, int64_t d);
int64_t vm_cap_left(vm_ctx_t *x, uint32_t act, const act_state_t *st, int64_t d);
/* d, capped at what is left of the activity's budget in this cart. */
static inline int64_t vm_cap_budget_st(vm_ctx_t *x, uint32_t act, const act_state_t *st, int64_t d)
{
	return st->budget == VM_UNLIMITED ? d : vm_cap_left(x, act, st, d);
}
static inline int64_t vm_cap_budget(vm_ctx_t *x, uint32_t act, int64_t d)
{
	return vm_cap_budget_st(x, act, vm_state(x, act), d);
}
void vm_trace_cap(vm_ctx_t *x, uint32_t act, int64_t d, int64_t left);
bool vm_reward(vm_ctx_t *x, uint32_t act, const vm_eff_t *e, int64_t qty_gift);
int64_t vm_addon_value(vm_ctx_t *x, const vm_eff_t *e, uint32_t *line);

/* Runs the activity's code on env into t (t->st set): the discount its
 * effect gives (capped by the budget), or t->applied false. Records
 * nothing. Inline: every try of every level runs through here. */
static inline void vm_try_run(vm_ctx_t *x, uint32_t act, const vm_env_t *env, vm_try_t *t)
{
	int64_t d = 0;
	t->applied = t->capped = false;
	t->d = 0;
	vm_exec(x->p, act, env, &t->out);
	if (t->out.ok && t->out.eff.op == OP_EVERY)
		vm_every_step(&t->out, env->base);
	if (!t->out.ok || !vm_eff_amount(x, &t->out.eff, env->base, env->qty, env->unit, &d))
		return;
	t->applied = true;
	t->d = vm_cap_budget_st(x, act, t->st, d);
	t->capped = t->d != d;
	t->uncapped = d;
}

/* interp_resolve.c: groups over the candidates of one root */
/* Commits the candidates' resolution; *winner: the first activity that
 * applied, UINT32_MAX when none did. */
int64_t vm_resolve(vm_ctx_t *x, const uint32_t *cands, size_t n, int64_t base, uint32_t *winner);
/* The top-level member holding act (derived at load). */
static inline uint32_t vm_root(const vm_program_t *p, uint32_t act)
{
	return p->acts[act].root;
}
/* After a level: exclusive groups with a member that applied are taken. */
void vm_take_groups(vm_ctx_t *x, int level);
/* The winner that took an exclusive ancestor of act at an earlier level
 * (through another member), or UINT32_MAX. */
uint32_t vm_taken_by(vm_ctx_t *x, uint32_t act);

/* interp_level.c: committing a combo/order discount, the levels' evaluators */
void vm_commit_lines(vm_ctx_t *x, uint32_t act, const vm_out_t *out, const uint32_t *lines, size_t n,
		     int64_t d);
/* The combos holding a SKU of the cart, ascending, into s->cands. */
size_t vm_combo_cands(vm_ctx_t *x);
void vm_try_combo(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t);
void vm_commit_combo(vm_ctx_t *x, uint32_t act, const vm_try_t *t);
void vm_try_order(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t);
void vm_commit_order(vm_ctx_t *x, uint32_t act, const vm_try_t *t);
void vm_try_ship(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t);
void vm_commit_ship(vm_ctx_t *x, uint32_t act, const vm_try_t *t);

/* the levels */
void vm_price_items(vm_ctx_t *x);
void vm_price_levels(vm_ctx_t *x);
void vm_finish(vm_ctx_t *x);

#endif
