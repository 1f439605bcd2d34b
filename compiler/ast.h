/* ast.h — the syntax tree of a .promo program.
 *
 * The parser (grammar/promo.y) builds it through the ast_* constructors in
 * ast.c and does nothing else. Literals are kept as written (lit_t) so the
 * formatter and the linter see the operator's text; the checker
 * (compiler/check.c) resolves names and fills the "resolved" fields (minor
 * units, rates, epochs, levels). After a clean check the tree is read-only:
 * overlap analysis, lint and code generation only read it.
 *
 * Everything lives in the program's arena; nothing here is freed one by one.
 */
#ifndef PROMO_AST_H
#define PROMO_AST_H
#include <stdbool.h>
#include <stdint.h>
#include "compiler/source.h"
#include "support/arena.h"

/* A name as written: activity, define, SKU, category, brand, attribute,
 * coupon code, currency. s is NUL-terminated UTF-8 (strings unescaped). */
typedef struct name {
	const char *s;
	span_t span;
} name_t;

/* A number as written: value = digits / 10^scale ("9.90" -> 990, 2).
 * The checker fills minor: money in minor units, a count, or (percent) a
 * rate in parts per million. */
typedef struct lit {
	int64_t digits;
	uint8_t scale;
	bool overflow;  /* the literal did not fit int64: checker reports it */
	span_t span;
	int64_t minor;  /* resolved */
} lit_t;

typedef enum { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE } cmp_op_t;

typedef enum { VAL_STR, VAL_NUM, VAL_BOOL } val_kind_t;
typedef struct value {
	val_kind_t kind;
	span_t span;
	const char *str; /* VAL_STR */
	lit_t num;       /* VAL_NUM */
	bool b;          /* VAL_BOOL */
} value_t;

/* ---- conditions ---------------------------------------------------------- */
typedef enum {
	COND_ATTR,     /* customer.first_order            (truthy attribute) */
	COND_ATTR_CMP, /* customer.tier == "vip"          */
	COND_ATTR_IN,  /* customer.tier in ("vip", "svip") */
	COND_ORDER,    /* order >= 500                    (money) */
	COND_QTY,      /* qty >= 2                        (count) */
	COND_COUPON,   /* coupon "SAVE50"                 */
	COND_AND,
	COND_OR,
	COND_NOT,
	COND_REF,      /* a name made with define         */
} cond_kind_t;

typedef enum { SUBJ_CUSTOMER, SUBJ_CART } subject_t;

typedef struct cond {
	cond_kind_t kind;
	span_t span;
	subject_t subject;   /* ATTR* */
	name_t attr;         /* ATTR*: the part after "customer." / "cart." */
	cmp_op_t op;         /* ATTR_CMP, ORDER, QTY */
	value_t val;         /* ATTR_CMP */
	vec_t vals;          /* ATTR_IN: value_t* */
	lit_t amount;        /* ORDER (money), QTY (count) */
	name_t code;         /* COUPON */
	struct cond *a, *b;  /* AND/OR: a, b; NOT: a */
	name_t ref;          /* REF */
	struct define *def;  /* REF: resolved */
} cond_t;

/* ---- effects ------------------------------------------------------------- */
typedef enum {
	EFF_PERCENT,  /* 80%  -20%  8折: pay a share of the amount */
	EFF_OFF,      /* -30          once per line / order */
	EFF_OFF_EACH, /* -5 each      per unit */
	EFF_PRICE,    /* price 80     unit price */
	EFF_TIER,     /* tier 2 -> 95%, 5 -> 80%   by quantity */
	EFF_SPEND,    /* spend 200 -> -10, 300 -> -30   by amount */
	EFF_EVERY,    /* every 300 -> -40 max -200 */
	EFF_NTH,      /* nth 2 -> 50% */
	EFF_PICK,     /* pick 3 for 99 */
	EFF_GIFT,     /* gift SKU-9002 x 2 */
	EFF_ADDON,    /* addon SKU-9001 at 20 */
	EFF_FREE,     /* free   (shipping) */
	EFF_REF,      /* a name made with define */
} eff_kind_t;

/* How a percent was written; the linter and the formatter care. */
typedef enum { PCT_PAY, PCT_OFF, PCT_ZHE } pct_form_t;

typedef struct step {
	span_t span;
	lit_t at;             /* TIER: quantity; SPEND: money */
	struct effect *eff;
} step_t;

typedef struct effect {
	eff_kind_t kind;
	span_t span;
	pct_form_t form;      /* PERCENT */
	lit_t pct;            /* PERCENT: number as written; minor = pay rate ppm */
	lit_t money;          /* OFF, OFF_EACH, PRICE, PICK (for M), ADDON (at M), EVERY (every M) */
	lit_t off;            /* EVERY: -N */
	bool has_max;         /* EVERY */
	lit_t max;            /* EVERY: max -C */
	lit_t count;          /* NTH: K; PICK: N; GIFT: x N (default 1) */
	name_t sku;           /* GIFT, ADDON */
	vec_t steps;          /* TIER, SPEND: step_t* */
	struct effect *sub;   /* NTH: the effect on every K-th unit */
	name_t ref;           /* REF */
	struct define *def;   /* REF: resolved */
} effect_t;

/* ---- activities, groups, program ----------------------------------------- */
typedef enum {
	TGT_ITEM, TGT_ITEMS, TGT_CATEGORY, TGT_BRAND, TGT_COMBO, TGT_ORDER, TGT_SHIPPING
} target_kind_t;

typedef enum { LEVEL_ITEM, LEVEL_COMBO, LEVEL_ORDER, LEVEL_SHIPPING } level_t;

typedef struct target {
	target_kind_t kind;
	span_t span;
	vec_t names;          /* name_t*: SKUs (ITEM has one), or the category/brand */
	bool has_cmp;         /* ORDER: "order >= 500" */
	cmp_op_t op;
	lit_t amount;
} target_t;

typedef struct datetime {
	span_t span;
	int year, month, day, hour, minute, second;
	bool has_zone;        /* written with its own offset, e.g. +08:00 */
	int zone_minutes;
	int64_t epoch;        /* resolved: seconds since 1970-01-01T00:00Z */
} datetime_t;

struct group;

/* A clause between an activity's name and its target, as written. The
 * activity keeps every clause in order (repeats included) so the checker
 * can point at both copies of a repeated one. */
typedef enum { CLAUSE_WINDOW, CLAUSE_STOCK, CLAUSE_LIMIT, CLAUSE_BUDGET, CLAUSE_COUPON } clause_kind_t;
typedef struct clause {
	clause_kind_t kind;
	span_t span;          /* keyword to the end of the clause */
	lit_t num;            /* STOCK, LIMIT (counts), BUDGET (money) */
	name_t code;          /* COUPON */
	datetime_t start, end; /* WINDOW */
} clause_t;

typedef struct activity {
	span_t span;          /* from "activity" to the end of the effect */
	name_t name;
	bool has_title;
	name_t title;
	bool has_window;
	datetime_t start, end;
	span_t window_span;
	bool has_stock, has_limit, has_budget, has_coupon;
	lit_t stock, limit, budget; /* stock/limit counts, budget money */
	name_t coupon;
	vec_t clauses;        /* clause_t* as written; the fields above hold the first of each kind */
	target_t target;
	cond_t *when;         /* NULL when there is no "when" */
	effect_t *effect;
	/* resolved by the checker */
	struct group *parent; /* NULL at top level */
	int index;            /* declaration order, 0-based */
	level_t level;
} activity_t;

typedef enum { GRP_EXCLUSIVE_BEST, GRP_EXCLUSIVE_FIRST, GRP_STACK } group_kind_t;

typedef struct member {
	bool is_group;
	activity_t *act;
	struct group *grp;
} member_t;

typedef struct group {
	span_t span;          /* whole group */
	span_t open;          /* the "{" (diagnostics point back to it) */
	name_t name;
	group_kind_t kind;
	bool kind_written;    /* "best"/"first" given explicitly */
	vec_t members;        /* member_t* in order */
	struct group *parent; /* resolved */
	int index;
} group_t;

typedef enum { DEF_EFFECT, DEF_COND, DEF_ALIAS } def_kind_t;

typedef struct define {
	span_t span;
	name_t name;
	def_kind_t kind;      /* ALIAS: "define a = b"; once checked, eff or cond is what b names */
	effect_t *eff;
	cond_t *cond;
	name_t alias;
	const src_file_t *file; /* the prelude's or the program's */
	const char *doc;      /* "##" comment lines just above, or NULL */
	bool used;
	uint8_t visit;        /* checker: 0 not yet, 1 being resolved (cycle if met again), 2 done */
} define_t;

/* A comment, kept for the formatter. */
typedef struct comment {
	span_t span;
} comment_t;

/* A top-level declaration, in source order (for the formatter). */
typedef enum { DECL_CURRENCY, DECL_TIMEZONE, DECL_ROUNDING, DECL_DEFINE, DECL_MEMBER, DECL_TEST } decl_kind_t;
typedef struct decl {
	decl_kind_t kind;
	span_t span;
	define_t *def;
	member_t *member;
	struct test *test;
} decl_t;

typedef struct program {
	const src_file_t *file;
	arena_t *arena;
	bool has_currency, has_timezone, has_rounding;
	name_t currency;
	span_t timezone_span, rounding_span;
	int tz_minutes;       /* default 0 */
	int rounding;         /* rounding_t, default ROUND_HALF_UP */
	vec_t decls;          /* decl_t* in source order */
	vec_t comments;       /* comment_t* */
	/* filled by the parser as it goes */
	vec_t defines;        /* define_t* */
	vec_t top;            /* member_t* at top level */
	vec_t tests;          /* struct test* (tests inside .promo files) */
	bool oom;             /* a constructor ran out of memory: the tree is incomplete */
	struct program *prelude; /* fe_compile: the parsed prelude, freed with this program */
	/* resolved by the checker */
	int decimals;         /* currency minor-unit digits */
	vec_t acts;           /* activity_t*, flattened in declaration order */
	vec_t groups;         /* group_t*, flattened in declaration order */
} program_t;

/* Constructors used by the grammar actions. All allocate in p->arena and
 * return NULL only when memory runs out (the parser then aborts). */
program_t *ast_program_new(const src_file_t *f);
void ast_program_free(program_t *p);

#endif
