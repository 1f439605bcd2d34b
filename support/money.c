/* money.c — exact money arithmetic (see money.h). */
#include "support/money.h"
#include "support/sort.h"
#include <stdio.h>
#include <string.h>

/* The rounding rules live here and nowhere else: q and r are the
 * truncated quotient and the remainder of n / den (den > 0), and q moves
 * one away from zero when the remainder says so. */
static __int128 round_quotient(__int128 q, __int128 r, __int128 den, bool negative, rounding_t mode)
{
	__int128 twice = (r < 0 ? -r : r) * 2;
	if (twice > den || (twice == den && (mode == ROUND_HALF_UP || (q & 1))))
		q += negative ? -1 : 1;
	return q;
}

/* The same rule in 64 bits, for the products that fit (most do). */
static int64_t round_quotient64(int64_t q, int64_t r, int64_t den, bool negative, rounding_t mode)
{
	uint64_t twice = (r < 0 ? 0 - (uint64_t)r : (uint64_t)r) * 2; /* |r| < den: no overflow */
	if (twice > (uint64_t)den || (twice == (uint64_t)den && (mode == ROUND_HALF_UP || (q & 1))))
		q += negative ? -1 : 1; /* r != 0, so den >= 2 and |q| <= INT64_MAX / 2 */
	return q;
}

bool money_muldiv(int64_t a, int64_t num, int64_t den, rounding_t mode, int64_t *out)
{
	int64_t n;
	if (den <= 0)
		return false;
	if (!__builtin_mul_overflow(a, num, &n)) { /* 64 bits when they do: 128-bit division is a call */
		*out = round_quotient64(n / den, n % den, den, n < 0, mode);
		return true;
	}
	__int128 w = (__int128)a * num;
	__int128 q = round_quotient(w / den, w % den, den, w < 0, mode);
	if (q > INT64_MAX || q < INT64_MIN)
		return false;
	*out = (int64_t)q;
	return true;
}

bool money_rate(int64_t a, int64_t rate, rounding_t mode, int64_t *out)
{
	return money_muldiv(a, rate, RATE_ONE, mode, out);
}

/* total * w / W and its remainder: in 64 bits when they fit (carts almost
 * always do; 128-bit division is a library call), else in 128. */
static int64_t part_of(int64_t total, int64_t w, __int128 W, __int128 *rem)
{
	int64_t prod;
	if (W <= INT64_MAX && !__builtin_mul_overflow(total, w, &prod)) {
		*rem = prod % (int64_t)W;
		return prod / (int64_t)W;
	}
	*rem = (__int128)total * w % W;
	return (int64_t)((__int128)total * w / W);
}

/* The part both allocators share, on valid input with W the weights' sum:
 * floor shares (and their remainders into rem when not NULL; the caller
 * made sure W then fits in 64 bits). Returns 0 when done (no weight: all to
 * index 0), 1 when *left leftover units (fewer than n) remain to hand out. */
static int floor_shares(int64_t total, const int64_t *w, size_t n, int64_t *share, __int128 W,
			int64_t *left, money_rem_t *rem)
{
	if (W == 0) {
		memset(share, 0, n * sizeof *share);
		share[0] = total;
		return 0;
	}
	int64_t given = 0;
	for (size_t i = 0; i < n; i++) {
		__int128 r;
		share[i] = part_of(total, w[i], W, &r);
		given += share[i];
		if (rem)
			rem[i] = (money_rem_t){ (int64_t)r, i };
	}
	*left = total - given;
	return 1;
}

/* The sum of the weights, or -1 on bad input. */
static __int128 weight_sum(int64_t total, const int64_t *w, size_t n)
{
	__int128 W = 0;
	if (n == 0 || total < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (w[i] < 0)
			return -1;
		W += w[i];
	}
	return W;
}

static bool rem_ahead(const money_rem_t *u, const money_rem_t *v)
{
	return u->r > v->r || (u->r == v->r && u->i < v->i);
}

static int by_remainder(const void *a, const void *b)
{
	return rem_ahead(a, b) ? -1 : rem_ahead(b, a) ? 1 : 0;
}

/* Carts have few lines: insertion sort beats sort_inplace's heapsort (and
 * its indirect calls) up to a few dozen. The order is total (index breaks
 * ties), so both give the same result. */
_Static_assert(sizeof(money_rem_t) <= SORT_MAX_SIZE, "sort_inplace sorts remainders");

static void sort_remainders(money_rem_t *a, size_t n)
{
	if (n > 32) {
		sort_inplace(a, n, sizeof *a, by_remainder);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		money_rem_t v = a[i];
		size_t j = i;
		for (; j > 0 && rem_ahead(&v, &a[j - 1]); j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

/* floor_shares when the weights' sum W (> 0) and every total * w_i fit in
 * 64 bits, as money amounts do; false (nothing to use) when one does not. */
static bool floor_shares64(int64_t total, const int64_t *w, size_t n, int64_t W, int64_t *share,
			   int64_t *left, money_rem_t *rem)
{
	int64_t given = 0;
	for (size_t i = 0; i < n; i++) {
		int64_t prod;
		if (__builtin_mul_overflow(total, w[i], &prod))
			return false;
		share[i] = prod / W;
		rem[i] = (money_rem_t){ prod % W, i };
		given += share[i];
	}
	*left = total - given;
	return true;
}

bool money_allocate_sorted(int64_t total, const int64_t *w, size_t n, int64_t *share,
			   money_rem_t *scratch)
{
	int64_t W64 = 0, left;
	bool wide = false;
	if (n == 0 || total < 0)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (w[i] < 0)
			return false;
		if (__builtin_add_overflow(W64, w[i], &W64))
			wide = true; /* the sum is taken again in 128 bits below */
	}
	int rc = 1;
	if (wide || W64 == 0 || !floor_shares64(total, w, n, W64, share, &left, scratch)) {
		__int128 W = weight_sum(total, w, n);
		if (W > INT64_MAX)
			return money_allocate(total, w, n, share); /* remainders too wide for scratch */
		rc = floor_shares(total, w, n, share, W, &left, scratch);
	}
	if (rc <= 0)
		return rc == 0;
	if (left == 0)
		return true;
	sort_remainders(scratch, n);
	for (int64_t k = 0; k < left; k++)
		share[scratch[k].i]++;
	return true;
}

/* Is (r1, i1) ahead of (r2, i2) in the order "larger remainder first,
 * then earlier index"? */
static bool ahead(__int128 r1, size_t i1, __int128 r2, size_t i2)
{
	return r1 > r2 || (r1 == r2 && i1 < i2);
}

bool money_allocate(int64_t total, const int64_t *w, size_t n, int64_t *share)
{
	__int128 W = weight_sum(total, w, n);
	int64_t given_left;
	int rc = W < 0 ? -1 : floor_shares(total, w, n, share, W, &given_left, NULL);
	if (rc <= 0)
		return rc == 0;
	/* Hand out the leftover units (fewer than n) one at a time, walking the
	 * remainders in order without scratch memory: pricing must not allocate. */
	__int128 last_r = 0;
	size_t last_i = 0;
	bool first = true;
	for (int64_t left = given_left; left > 0; left--) {
		size_t best = n;
		__int128 best_r = -1;
		for (size_t i = 0; i < n; i++) {
			__int128 r = (__int128)total * w[i] % W;
			if (!first && !ahead(last_r, last_i, r, i))
				continue;
			if (best == n || ahead(r, i, best_r, best))
				best = i, best_r = r;
		}
		share[best]++;
		last_r = best_r, last_i = best, first = false;
	}
	return true;
}

int money_parse(const char *s, size_t len, int decimals, int64_t *out)
{
	size_t i = 0;
	bool neg = false;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	int64_t v = 0;
	size_t digits = 0, frac = 0;
	bool dot = false;
	for (; i < len; i++) {
		char c = s[i];
		if (c == '.' && !dot && digits > 0) {
			dot = true;
			continue;
		}
		if (c < '0' || c > '9')
			return 1;
		if (dot && (int)++frac > decimals)
			return 2;
		if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v))
			return 3;
		digits++;
	}
	if (digits == 0 || (dot && frac == 0))
		return 1;
	for (; (int)frac < decimals; frac++)
		if (__builtin_mul_overflow(v, 10, &v))
			return 3;
	*out = neg ? -v : v;
	return 0;
}

void money_format(int64_t v, int decimals, char buf[24])
{
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u || n <= decimals);
	int k = 0;
	if (v < 0)
		buf[k++] = '-';
	while (n > 0) {
		if (n == decimals)
			buf[k++] = '.';
		buf[k++] = tmp[--n];
	}
	buf[k] = 0;
}
