/* money.h — exact money: int64 minor units, checked arithmetic, rounding
 * in one named function per mode, largest-remainder allocation.
 * Nothing here uses floating point. Every function that can overflow
 * returns false (and leaves *out unspecified) instead of wrapping. */
#ifndef PROMO_MONEY_H
#define PROMO_MONEY_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Rates are parts per million of the price paid: 100% = RATE_ONE. */
#define RATE_ONE 1000000

typedef enum { ROUND_HALF_UP = 0, ROUND_HALF_EVEN = 1 } rounding_t;

/* Inline: pricing checks every + - x, and a call costs more than the
 * operation and its overflow test. */
static inline bool money_add(int64_t a, int64_t b, int64_t *out)
{
	return !__builtin_add_overflow(a, b, out);
}

static inline bool money_sub(int64_t a, int64_t b, int64_t *out)
{
	return !__builtin_sub_overflow(a, b, out);
}

static inline bool money_mul(int64_t a, int64_t b, int64_t *out)
{
	return !__builtin_mul_overflow(a, b, out);
}

/* out = round(a * num / den) with the given mode; den > 0.
 * Half-up rounds halves away from zero. Exact on a 128-bit intermediate. */
bool money_muldiv(int64_t a, int64_t num, int64_t den, rounding_t mode, int64_t *out);
/* out = a * rate / RATE_ONE, rounded once. */
bool money_rate(int64_t a, int64_t rate, rounding_t mode, int64_t *out);

/* Split total (>= 0) over n weights (each >= 0) in proportion, by the
 * largest-remainder method: share_i = floor(total*w_i/W), then one more unit
 * to the largest remainders, ties to the earlier index. The shares add up to
 * total exactly. When every weight is 0 the whole total goes to index 0.
 * Returns false on n == 0 or a negative input. */
bool money_allocate(int64_t total, const int64_t *w, size_t n, int64_t *share);

/* money_allocate's exact result, for a caller that lends scratch memory
 * for n remainders (the VM keeps it warm, so pricing still allocates
 * nothing): the remainders are sorted instead of searched. money_allocate
 * itself needs no memory but takes O(n^2) in the worst case. Remainders are
 * below the sum of the weights, so they fit in 64 bits whenever that sum
 * does (money amounts always); a larger sum falls back to money_allocate. */
typedef struct money_rem {
	int64_t r;
	size_t i;
} money_rem_t;
bool money_allocate_sorted(int64_t total, const int64_t *w, size_t n, int64_t *share,
			   money_rem_t *scratch);

/* Parse a decimal string ("12", "12.5", "-0.01") into minor units with the
 * given number of decimals. Returns 0, or an error code:
 * 1 not a number, 2 too many decimals, 3 out of range. */
int money_parse(const char *s, size_t len, int decimals, int64_t *out);
/* Format minor units as a decimal string ("12.50"); buf needs 24 bytes. */
void money_format(int64_t v, int decimals, char buf[24]);

#endif
