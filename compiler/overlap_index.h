/* overlap_index.h — the overlap checker's buckets: every activity is filed
 * under the things it can act on (a SKU, a category, a brand, the order,
 * shipping), and pairs are only ever looked for inside one bucket. */
#ifndef PROMO_OVERLAP_INDEX_H
#define PROMO_OVERLAP_INDEX_H
#include "compiler/overlap.h"

/* What an entry's activity targets (for messages and the no-catalog rules). */
typedef enum { ROLE_SKU, ROLE_CAT, ROLE_BRAND, ROLE_ORDER, ROLE_SHIP } orole_t;

typedef struct oentry {
	uint32_t act;     /* index into the oact_t array */
	uint8_t role;     /* orole_t */
	bool native;      /* filed by its own scope, not derived through the catalog */
	bool pinned;      /* compared here only with unpinned entries: the bucket's
			     per-value part (overlap_pin.c) compares it with its peers */
	const char *via;  /* derived: the SKU that links it to this bucket */
	int64_t start;    /* the activity's window start, copied for sorting */
} oentry_t;

/* Bucket kinds: the first byte of the key. */
#define OB_SKU 's'
#define OB_CAT 'c'
#define OB_BRAND 'b'
#define OB_ORDER 'o'
#define OB_SHIP 'h'
#define OB_UNKNOWN '*' /* no catalog: categories/brands meet every SKU here */

typedef struct obucket {
	const char *key;  /* kind byte, ':', name */
	vec_t entries;    /* oentry_t* */
	const char *split[OPIN_MAX]; /* the pinned attributes it is a per-value part of */
	int nsplit;
} obucket_t;

typedef struct oindex {
	arena_t *arena;
	cat_map_t *map;   /* key -> obucket_t* */
	vec_t buckets;    /* obucket_t*, in creation order (deterministic output) */
	uint32_t *filed;  /* per activity: entries filed for it (1: a pair with it
			     can only be met once, so it need not be remembered) */
} oindex_t;

/* Files every activity of p (catalog optional). false on OOM. */
bool oindex_build(oindex_t *ix, const program_t *p, const catalog_t *cat);

/* Pins (overlap_pin.c): o[i].pin for every activity of p; false on OOM. */
bool opin_all(arena_t *a, const program_t *p, oact_t *o);
/* Splits each large bucket by the attribute most of its entries are pinned
 * to (and the parts again, by other attributes): pinned entries then meet
 * their peers in a per-value bucket and the rest in the big one, so 100k
 * per-customer offers are not compared pairwise. false on OOM. */
bool oindex_split(oindex_t *ix, const oact_t *o);

/* The sweep's active set: entries whose window is still open, in lanes by
 * outermost group, so a new entry skips its own group's lane in one step
 * (members of one group never need comparing: 100k members of one
 * exclusive group cost a pass, not 100k squared). Ungrouped entries share
 * the NULL lane, which every entry visits. */
typedef struct olane {
	const group_t *root;
	const oentry_t **e; /* e[head..n) in order of window start */
	size_t head, n, cap;
} olane_t;

typedef struct oactive {
	olane_t *lane;
	size_t n, cap;
} oactive_t;

/* Adds e (whose activity has outermost group root); false on OOM. */
bool oactive_add(oactive_t *s, const oentry_t *e, const group_t *root);
/* Calls fn(ud, other) for each entry still open at `start` outside root's
 * lane (every lane when root is NULL), dropping the closed ones; stops and
 * returns false as soon as fn returns false. */
bool oactive_visit(oactive_t *s, const group_t *root, int64_t start, const int64_t *end_of,
		   bool (*fn)(void *ud, const oentry_t *other), void *ud);
void oactive_free(oactive_t *s);

#endif
