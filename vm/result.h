/* result.h — a priced cart as the VM writes it. A result is reusable: its
 * arrays keep their capacity across result_reset(), so pricing into a warm
 * result allocates nothing. Activities are named by their index in the
 * program's activity table (vm/program.h gives the names).
 * lib/result_json.c serialises it; promo.h's accessors read it. */
#ifndef PROMO_RESULT_H
#define PROMO_RESULT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Why an activity did not apply; codes are stable (they appear in JSON). */
#define REASON_LIST(X)                                                      \
	X(REASON_WINDOW,    "window",    "outside its window")                   \
	X(REASON_CONDITION, "condition", "its condition is false")               \
	X(REASON_COUPON,    "coupon",    "its coupon code is not in the cart")   \
	X(REASON_LIMIT,     "limit",     "the customer's limit is used up")      \
	X(REASON_STOCK,     "stock",     "its stock is used up")                 \
	X(REASON_BUDGET,    "budget",    "its budget is used up")                \
	X(REASON_THRESHOLD, "threshold", "the cart does not reach its threshold")\
	X(REASON_LOST,      "lost",      "another member of its group won")      \
	X(REASON_CONFLICT,  "conflict",  "an earlier activity took the line")
#define X(e, code, text) e,
typedef enum { REASON_LIST(X) REASON__COUNT } reason_t;
#undef X
const char *reason_code(reason_t r);
const char *reason_text(reason_t r);

/* One activity's share on one line. */
typedef struct res_share {
	uint32_t act;
	int64_t amount;       /* minor units of discount on this line */
} res_share_t;

typedef struct res_line {
	uint32_t input;       /* index of the cart line (gifts: UINT32_MAX) */
	const char *sku;
	int64_t qty, price;   /* price: unit price from the cart */
	int64_t amount;       /* price * qty */
	int64_t discount;     /* everything taken off this line */
	int64_t total;        /* amount - discount, >= 0 */
	uint32_t first_share, nshares; /* slice of result.shares */
	bool gift, addon;
} res_line_t;

typedef struct res_applied {
	uint32_t act;
	int64_t discount;     /* total this activity gave */
} res_applied_t;

typedef struct res_gift {
	uint32_t act;
	const char *sku;
	int64_t qty;
} res_gift_t;

typedef struct res_offer {  /* an add-on the customer may add */
	uint32_t act;
	const char *sku;
	int64_t price;
} res_offer_t;

typedef struct res_hint {    /* near miss: spend `missing` more for `act` */
	uint32_t act;
	int64_t missing;
} res_hint_t;

typedef struct res_skip {    /* not_applied[] */
	uint32_t act;
	reason_t reason;
	uint32_t by;          /* REASON_LOST / CONFLICT: the winner; else UINT32_MAX */
} res_skip_t;

#define RESULT_ARRAY(T, name) T *name; size_t n_##name, cap_##name

typedef struct result {
	int status;           /* promo_status of this pricing */
	char error[256];      /* message when status != 0, naming the field */
	int decimals;
	int64_t subtotal;     /* sum of line amounts */
	int64_t discount;     /* item + combo + order discounts */
	int64_t shipping;     /* after shipping discounts */
	int64_t shipping_discount;
	int64_t total;        /* subtotal - discount + shipping */
	RESULT_ARRAY(res_line_t, lines);
	RESULT_ARRAY(res_share_t, shares);
	RESULT_ARRAY(res_applied_t, applied);
	RESULT_ARRAY(res_gift_t, gifts);
	RESULT_ARRAY(res_offer_t, offers);
	RESULT_ARRAY(res_hint_t, hints);
	RESULT_ARRAY(res_skip_t, skipped);
	struct buf *trace;    /* --explain text, NULL unless asked for */
	struct vm_scratch *scratch; /* the VM's working memory, kept warm across carts */
} result_t;

void result_init(result_t *r);
void result_free(result_t *r);
void result_reset(result_t *r);

#endif
