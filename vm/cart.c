/* cart.c — the cart the VM reads. Strings live in a chunked pool and the
 * arrays keep their capacity across cart_reset(), so a checkout service
 * that reuses one cart per thread allocates nothing once it is warm. */
#include "vm/cart.h"
#include <string.h>
#include "support/alloc.h"

/* One pool chunk; chunks stay allocated until cart_free. */
struct cart_chunk {
	struct cart_chunk *next;
	size_t cap, used;
	char data[];
};

#define CART_CHUNK_MIN 1024

void cart_init(cart_t *c)
{
	memset(c, 0, sizeof *c);
}

void cart_free(cart_t *c)
{
	struct cart_chunk *k = c->chunks;
	while (k) {
		struct cart_chunk *next = k->next;
		px_free(k);
		k = next;
	}
	px_free(c->lines);
	px_free(c->customer);
	px_free(c->attrs);
	px_free(c->coupons);
	px_free(c->used);
	px_free(c->stock);
	px_free(c->budget);
	cart_init(c);
}

void cart_reset(cart_t *c)
{
	for (struct cart_chunk *k = c->chunks; k; k = k->next)
		k->used = 0;
	c->cur = c->chunks;
	c->at = 0;
	c->has_at = false;
	c->shipping = 0;
	c->customer_id = NULL;
	c->nlines = c->ncustomer = c->nattrs = c->ncoupons = 0;
	c->nused = c->nstock = c->nbudget = 0;
}

/* Finds room for n bytes: the current chunk, a later kept one, or a new one
 * appended at the end of the chain. */
static char *pool_room(cart_t *c, size_t n)
{
	for (struct cart_chunk *k = c->cur; k; k = k->next) {
		if (k->cap - k->used >= n) {
			c->cur = k;
			return k->data + k->used;
		}
	}
	size_t cap = n > CART_CHUNK_MIN ? n : CART_CHUNK_MIN;
	struct cart_chunk *k = px_malloc(sizeof *k + cap);
	if (!k)
		return NULL;
	k->next = NULL;
	k->cap = cap;
	k->used = 0;
	struct cart_chunk **tail = &c->chunks;
	while (*tail)
		tail = &(*tail)->next;
	*tail = k;
	c->cur = k;
	return k->data;
}

const char *cart_str(cart_t *c, const char *s, size_t n)
{
	if (n == SIZE_MAX)
		return NULL;
	char *p = pool_room(c, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	c->cur->used += n + 1;
	return p;
}

static const char *pool_dup(cart_t *c, const char *s)
{
	return s ? cart_str(c, s, strlen(s)) : NULL;
}

/* Makes room for one more element of an array that keeps its capacity. */
static int grow(void **items, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return 0;
	size_t ncap = *cap ? *cap * 2 : 8;
	if (ncap > SIZE_MAX / size)
		return -1;
	void *p = px_realloc(*items, ncap * size);
	if (!p)
		return -1;
	*items = p;
	*cap = ncap;
	return 0;
}

#define GROW(arr, n, cap) grow((void **)&(arr), (n), &(cap), sizeof *(arr))

int cart_add_line(cart_t *c, const char *sku, int64_t qty, int64_t price,
		  const char *category, const char *brand)
{
	if (GROW(c->lines, c->nlines, c->lines_cap))
		return -1;
	size_t ns = strlen(sku), nc = category ? strlen(category) : 0, nb = brand ? strlen(brand) : 0;
	cart_line_t l = { cart_str(c, sku, ns), category ? cart_str(c, category, nc) : NULL,
			  brand ? cart_str(c, brand, nb) : NULL, qty, price, ns, nc, nb };
	if (!l.sku || (category && !l.category) || (brand && !l.brand))
		return -1;
	c->lines[c->nlines++] = l;
	return 0;
}

/* Index of key in the attribute array, or n when absent. */
static size_t attr_find(const cart_attr_t *a, size_t n, const char *key)
{
	size_t i = 0;
	while (i < n && (a[i].key[0] != key[0] || strcmp(a[i].key, key) != 0)) /* most differ at once */
		i++;
	return i;
}

int cart_set_attr(cart_t *c, bool customer, const cart_attr_t *a)
{
	cart_attr_t **arr = customer ? &c->customer : &c->attrs;
	size_t *n = customer ? &c->ncustomer : &c->nattrs;
	size_t *cap = customer ? &c->customer_cap : &c->attrs_cap;
	cart_attr_t v = *a;
	v.str = a->kind == ATTR_STR ? pool_dup(c, a->str) : NULL;
	if (a->kind == ATTR_STR && !v.str)
		return -1;
	size_t i = attr_find(*arr, *n, a->key);
	if (i == *n) {
		if (grow((void **)arr, *n, cap, sizeof **arr))
			return -1;
		if (!(v.key = pool_dup(c, a->key)))
			return -1;
		(*n)++;
	} else {
		v.key = (*arr)[i].key;
	}
	(*arr)[i] = v;
	return 0;
}

int cart_add_coupon(cart_t *c, const char *code)
{
	if (GROW(c->coupons, c->ncoupons, c->coupons_cap))
		return -1;
	const char *s = pool_dup(c, code);
	if (!s)
		return -1;
	c->coupons[c->ncoupons++] = s;
	return 0;
}

/* The state table for 'u', 's' or 'b'; NULL for any other letter. */
static cart_count_t **count_table(cart_t *c, char which, size_t **n, size_t **cap)
{
	switch (which) {
	case 'u': *n = &c->nused; *cap = &c->used_cap; return &c->used;
	case 's': *n = &c->nstock; *cap = &c->stock_cap; return &c->stock;
	case 'b': *n = &c->nbudget; *cap = &c->budget_cap; return &c->budget;
	default: return NULL;
	}
}

int cart_set_count(cart_t *c, char which, const char *activity, int64_t value)
{
	size_t *n, *cap;
	cart_count_t **arr = count_table(c, which, &n, &cap);
	if (!arr)
		return -1;
	for (size_t i = 0; i < *n; i++) {
		if (strcmp((*arr)[i].activity, activity) == 0) {
			(*arr)[i].value = value;
			return 0;
		}
	}
	if (grow((void **)arr, *n, cap, sizeof **arr))
		return -1;
	const char *s = pool_dup(c, activity);
	if (!s)
		return -1;
	(*arr)[(*n)++] = (cart_count_t){ s, value };
	return 0;
}

const cart_attr_t *cart_attr(const cart_t *c, bool customer, const char *key)
{
	const cart_attr_t *a = customer ? c->customer : c->attrs;
	size_t n = customer ? c->ncustomer : c->nattrs;
	size_t i = attr_find(a, n, key);
	return i < n ? &a[i] : NULL;
}

bool cart_count(const cart_t *c, char which, const char *activity, int64_t *out)
{
	size_t *n, *cap;
	cart_count_t **arr = count_table((cart_t *)c, which, &n, &cap);
	if (!arr)
		return false;
	for (size_t i = 0; i < *n; i++) {
		if (strcmp((*arr)[i].activity, activity) == 0) {
			*out = (*arr)[i].value;
			return true;
		}
	}
	return false;
}
