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
typedef struct asg { uint32_t act, line; int64_t units; } asg_t; /* item level: act takes units of line */
/* pick/nth: one line's units in a pool (open: units in the group being filled) */
typedef struct unit_run { int64_t price, units, base, disc, open; uint32_t line; } unit_run_t;

/* A cart line by SKU: the lines sorted by (SKU, line) for add-ons and combos. */
typedef struct sku_line { const char *sku; uint32_t line; } sku_line_t;

_Static_assert(sizeof(asg_t) <= SORT_MAX_SIZE && sizeof(unit_run_t) <= SORT_MAX_SIZE &&
		       sizeof(sku_line_t) <= SORT_MAX_SIZE,
	       "sort_inplace sorts these");

/* An exclusive group one of whose members applied at an earlier level. */
typedef struct grp_state { uint32_t gen, child, winner; } grp_state_t;

typedef struct vm_scratch {
	uint32_t gen;
	act_state_t *acts; size_t cap_acts;
	int64_t *run; size_t cap_run;     /* per line: running total */
	int64_t *w; size_t cap_w;         /* per line: allocation weights */
	int64_t *sh; size_t cap_sh;       /* per line: allocated shares */
	uint32_t *lines; size_t cap_lines; /* a list of line indices */
	share_rec_t *shares; size_t n_shares, cap_shares;
	asg_t *asg; size_t n_asg, cap_asg;
	uint32_t *touched; size_t n_touched, cap_touched;
	uint32_t *cands; size_t cap_cands;
	unit_run_t *units; size_t cap_units;
	uint32_t *count; size_t cap_count; /* per line: shares (finish) */
	uint8_t *addon; size_t cap_addon; /* per line: priced as an add-on */
	money_rem_t *rem; size_t cap_rem; /* per line: allocation remainders */
	grp_state_t *grps; size_t cap_grps; /* per group: taken at an earlier level */
	sku_line_t *by_sku; size_t cap_by_sku; /* per line, sorted once a cart asks often */
	uint32_t sku_scans;               /* lookups by scanning in this cart */
	bool by_sku_ready;                /* by_sku holds this cart's lines */
} vm_scratch_t;

typedef struct vm_ctx vm_ctx_t;
/* One activity at the level being priced: the discount it gives on base.
 * commit false: only say what it would give (exclusive groups compare). */
typedef int64_t (*vm_eval_fn)(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied);

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
	vm_eval_fn eval;
	/* eval reads only the base it is given and the activity's own state, so
	 * an exclusive group may reuse a member's first answer after the winner
	 * committed (order, shipping; not combos, which read the lines) */
	bool memo;
};

/* interp.c */
act_state_t *vm_state_first(vm_ctx_t *x, uint32_t act);
/* The activity's state for this cart (inline: it is asked for at every
 * step; the first touch goes to vm_state_first). */
static inline act_state_t *vm_state(vm_ctx_t *x, uint32_t act)
{
	act_state_t *st = &x->s->acts[act];
	return st->gen == x->s->gen ? st : vm_state_first(x, act);
}
bool vm_gate(vm_ctx_t *x, uint32_t act);
void vm_not_applied(vm_ctx_t *x, uint32_t act, reason_t why, uint32_t by);
void vm_note_hint(vm_ctx_t *x, uint32_t act, const vm_out_t *o);
void vm_overflow(vm_ctx_t *x, const char *what);
void vm_nomem(vm_ctx_t *x);
void vm_trace_line(vm_ctx_t *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A macro so that without --explain the arguments (formatted amounts,
 * names) are not even computed: pricing pays nothing for the trace. */
#define vm_trace(x, ...) ((x)->explain ? vm_trace_line((x), __VA_ARGS__) : (void)0)
const char *vm_money(vm_ctx_t *x, int64_t v, char buf[24]);
void vm_scratch_free(vm_scratch_t *s);
/* The activities a key selects (vm_index_lookup's answer). */
const uint32_t *vm_lookup(vm_ctx_t *x, vm_key_kind_t kind, const char *key, uint32_t *n);
/* The first cart line holding sku, or UINT32_MAX. */
uint32_t vm_line_of_sku(vm_ctx_t *x, const char *sku);
/* Ascending, in place. */
void vm_sort_u32(uint32_t *a, size_t n);

/* interp_effect.c: discounts of the effects that apply to one amount */
bool vm_eff_amount(vm_ctx_t *x, const vm_eff_t *e, int64_t base, int64_t qty, int64_t unit, int64_t *d);
bool vm_eff_pooled(vm_ctx_t *x, const vm_eff_t *e, unit_run_t *u, size_t n);
bool vm_is_pooled(const vm_eff_t *e);
/* Runs the activity's code on env; the discount its effect gives (capped by
 * the budget), or 0 with *applied false. commit: record reasons and hints. */
int64_t vm_run_act(vm_ctx_t *x, uint32_t act, const vm_env_t *env, bool commit, bool *applied,
		   vm_out_t *out);
/* every M: below M it does not apply (threshold); below its cap the next
 * multiple of M is a hint. */
void vm_every_step(vm_out_t *o, int64_t base);

/* interp_alloc.c: putting discounts on lines */
bool vm_give(vm_ctx_t *x, uint32_t line, uint32_t act, int64_t d);
bool vm_spread(vm_ctx_t *x, uint32_t act, const uint32_t *lines, size_t n, int64_t d);
int64_t vm_cap_budget(vm_ctx_t *x, uint32_t act, int64_t d);
bool vm_reward(vm_ctx_t *x, uint32_t act, const vm_eff_t *e, int64_t qty_gift);
int64_t vm_addon_value(vm_ctx_t *x, const vm_eff_t *e, uint32_t *line);

/* interp_resolve.c: groups over the candidates of one root */
/* Commits the candidates' resolution; *winner: the first activity that
 * applied, UINT32_MAX when none did. */
int64_t vm_resolve(vm_ctx_t *x, const uint32_t *cands, size_t n, int64_t base, uint32_t *winner);
uint32_t vm_root(const vm_program_t *p, uint32_t act);
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
int64_t vm_eval_combo(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied);
int64_t vm_eval_order(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied);
int64_t vm_eval_ship(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied);

/* the levels */
void vm_price_items(vm_ctx_t *x);
void vm_price_levels(vm_ctx_t *x);
void vm_finish(vm_ctx_t *x);

#endif
