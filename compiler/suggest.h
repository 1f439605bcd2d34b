/* suggest.h — "did you mean ...?": the closest candidate to a misspelt
 * word by edit distance over code points (transpositions cost 1), used
 * for keywords, names, currencies and rounding modes. */
#ifndef PROMO_SUGGEST_H
#define PROMO_SUGGEST_H
#include <stddef.h>

typedef struct sugg {
	const char *word;
	size_t n;
	const char *best; /* closest candidate so far, or NULL */
	int dist;
} sugg_t;

void sugg_init(sugg_t *s, const char *word, size_t n);
void sugg_offer(sugg_t *s, const char *cand);
/* The best candidate when it is close enough to be a likely typo. */
const char *sugg_result(const sugg_t *s);
/* Edit distance between two UTF-8 strings (words longer than 64 code
 * points compare as far apart). */
int sugg_distance(const char *a, size_t an, const char *b, size_t bn);

#endif
