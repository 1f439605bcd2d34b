/* overlap.h — internals shared by the overlap checker and the lint rules:
 * conditions in disjunctive normal form (DNF) and their satisfiability, and
 * the per-activity facts (level, window, condition) both passes need.
 * Not part of any public contract. */
#ifndef PROMO_OVERLAP_H
#define PROMO_OVERLAP_H
#include <stdbool.h>
#include <stdint.h>
#include "compiler/lint.h"
#include "support/buf.h"

/* DNF caps: beyond them a condition is "unknown" and every use is
 * conservative (overlap: assume it may hold; never-applies: stay silent). */
#define ODNF_MAX_CONJ 64
#define OCONJ_MAX_LITS 32

typedef struct olit {
	const cond_t *atom; /* ATTR, ATTR_CMP, ATTR_IN, ORDER, QTY or COUPON */
	bool neg;
} olit_t;

typedef struct oconj {
	olit_t *lits;
	int n;
} oconj_t;

typedef struct odnf {
	oconj_t *c;
	int n;        /* 0 conjunctions: false; one empty conjunction: true */
	bool unknown; /* a cap was hit: the truth is not decided */
} odnf_t;

/* The DNF of c (NULL is "true"), negated when neg. false only on OOM. */
bool odnf_build(arena_t *a, const cond_t *c, bool neg, odnf_t *out);
bool odnf_and(arena_t *a, const odnf_t *x, const odnf_t *y, odnf_t *out);
/* Drops the conjunctions that are unsatisfiable on their own. */
void odnf_prune(odnf_t *d);
/* How the `order` (or `qty`) that two activities read relate: the same
 * value, or the low side's at most the high side's and at least that less
 * gap + rate x high (docs/pricing.md: a running subtotal, a combo's own
 * units), or unrelated. */
typedef enum { OREL_SAME, OREL_BELOW, OREL_APART } orel_kind_t;

typedef struct orel_var {
	orel_kind_t kind;
	int low;      /* BELOW: the side (0 = x, 1 = y) that reads the smaller value */
	int64_t gap;  /* BELOW: fixed part of the most the high side's value can exceed the low side's */
	int64_t rate; /* BELOW: part in ppm of the high side's value; RATE_ONE: down to zero */
} orel_var_t;

typedef struct orel {
	orel_var_t order, qty;
	const char *name[2]; /* x's and y's activity names, for the witness */
} orel_t;

/* Can x and y hold together, their `order` and `qty` related as rel says
 * (NULL: one order, one qty)? On yes, a witness ("customer.tier = "vip",
 * order = 500.00") is appended to w when w is not NULL; unknown counts as
 * yes, with the witness saying so. */
bool odnf_meet(const odnf_t *x, const odnf_t *y, const orel_t *rel, int decimals, buf_t *w);

/* The least order amount any conjunction allows (0 when unbounded). */
int64_t odnf_order_min(const odnf_t *d);

#define OPIN_MAX 4 /* pins kept per activity */

/* Facts about one activity, computed once. */
typedef struct oact {
	const activity_t *act;
	int64_t start, end;   /* [start, end); INT64_MIN / INT64_MAX when no window */
	odnf_t cond;          /* when AND coupon clause AND "order >= M" target */
	const group_t *root;  /* outermost group, NULL at top level */
	int reported;         /* findings naming it so far (bounded) */
	/* pins (overlap_pin.c): every conjunction requires attribute == one value */
	const char *pin[OPIN_MAX];      /* "customer.id=su42" */
	const char *pin_attr[OPIN_MAX]; /* "customer.id", interned: compared by pointer */
	int npin;
} oact_t;

/* The activity's whole condition as one tree (the `when` clause and the
 * coupon clause and an `order >= M` target, and-ed); NULL means "always".
 * *ok is false on out-of-memory. */
const cond_t *oact_full_cond(arena_t *a, const activity_t *act, bool *ok);
/* Fills o for every activity of p (o has p->acts.n entries). */
bool oact_init_all(arena_t *a, const program_t *p, oact_t *o);
/* The nearest group holding both, or NULL. */
const group_t *oact_common_group(const activity_t *x, const activity_t *y);

/* Reports a finding with the rule's severity; the message is printf-style. */
diag_t *lint_report(diag_list_t *dl, lint_rule_t r, const src_file_t *f, span_t sp,
		    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
