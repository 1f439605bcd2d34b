/* suggest.c — optimal-string-alignment distance over code points. */
#include <string.h>
#include "compiler/suggest.h"
#include "support/utf8.h"

enum { SUGG_MAX = 64, SUGG_FAR = 1000 };

/* Decodes up to SUGG_MAX code points; -1 when longer or invalid. */
static int decode(const char *s, size_t n, uint32_t *cp)
{
	int k = 0;
	for (size_t i = 0; i < n; k++) {
		if (k == SUGG_MAX)
			return -1;
		size_t l = utf8_decode((const unsigned char *)s + i, n - i, &cp[k]);
		if (!l)
			return -1;
		i += l;
	}
	return k;
}

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;
	return m < c ? m : c;
}

int sugg_distance(const char *a, size_t an, const char *b, size_t bn)
{
	uint32_t x[SUGG_MAX], y[SUGG_MAX];
	int n = decode(a, an, x), m = decode(b, bn, y);
	if (n < 0 || m < 0)
		return SUGG_FAR;
	static const int W = SUGG_MAX + 1;
	int d[(SUGG_MAX + 1) * (SUGG_MAX + 1)];
	for (int i = 0; i <= n; i++)
		d[i * W] = i;
	for (int j = 0; j <= m; j++)
		d[j] = j;
	for (int i = 1; i <= n; i++) {
		for (int j = 1; j <= m; j++) {
			int cost = x[i - 1] != y[j - 1];
			int v = min3(d[(i - 1) * W + j] + 1, d[i * W + j - 1] + 1, d[(i - 1) * W + j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] && d[(i - 2) * W + j - 2] + 1 < v)
				v = d[(i - 2) * W + j - 2] + 1;
			d[i * W + j] = v;
		}
	}
	return d[n * W + m];
}

void sugg_init(sugg_t *s, const char *word, size_t n)
{
	s->word = word;
	s->n = n;
	s->best = NULL;
	s->dist = SUGG_FAR;
}

void sugg_offer(sugg_t *s, const char *cand)
{
	size_t cn = strlen(cand);
	if (cn == s->n && memcmp(cand, s->word, cn) == 0)
		return;
	int d = sugg_distance(s->word, s->n, cand, cn);
	if (d < s->dist) {
		s->dist = d;
		s->best = cand;
	}
}

/* One edit per three characters, at least one and at most three: close
 * enough to be a typo, far enough not to suggest nonsense for short words. */
const char *sugg_result(const sugg_t *s)
{
	size_t cps = utf8_count((const unsigned char *)s->word, s->n);
	int limit = (int)(cps / 3);
	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	return s->dist <= limit ? s->best : NULL;
}
