/* overlap_pin.c — per-value buckets. An activity is pinned when every
 * conjunction of its condition requires one attribute to equal one value
 * (`customer.id == "u42"`, `cart.channel == "app" and coupon "X"`): two
 * activities pinned to different values of one attribute never hold
 * together. A large bucket is split by the attribute most of its entries
 * are pinned to: the pinned entries stay in it, compared only with the
 * unpinned ones, and each value gets a bucket of its own where its
 * activities meet each other. 100k per-customer offers on the order then
 * cost 100k small buckets, not 5 billion comparisons. */
#include <string.h>
#include "compiler/overlap_index.h"
#include "compiler/overlap_sat.h"

#define PIN_MIN_BUCKET 64 /* smaller buckets are swept whole */
#define PIN_MAX_ATTRS 8   /* attributes counted per bucket */

/* The one value a literal requires, or NULL. Only a positive literal
 * requires one: `not (id != "u1")` also holds when id is missing. */
static const value_t *lit_single(const olit_t *l)
{
	const cond_t *c = l->atom;
	if (c->kind == COND_ATTR_CMP && !l->neg && c->op == CMP_EQ)
		return &c->val;
	if (c->kind == COND_ATTR_IN && !l->neg && c->vals.n == 1)
		return c->vals.items[0];
	return NULL;
}

/* The first literal of k that pins an attribute (like's, when given). */
static const olit_t *conj_pin(const oconj_t *k, const cond_t *like)
{
	for (int i = 0; i < k->n; i++) {
		const cond_t *c = k->lits[i].atom;
		if (lit_single(&k->lits[i]) &&
		    (!like || (c->subject == like->subject && strcmp(c->attr.s, like->attr.s) == 0)))
			return &k->lits[i];
	}
	return NULL;
}

/* "customer.id=su42": the attribute, then the value's kind and text. */
static void pin_key(buf_t *b, const cond_t *attr, const value_t *v)
{
	put_attr(b, attr);
	if (v->kind == VAL_STR)
		buf_printf(b, "=s%s", v->str);
	else if (v->kind == VAL_BOOL)
		buf_printf(b, "=b%d", v->b);
	else
		buf_printf(b, "=n%lld", (long long)num_scaled(&v->num));
}

/* Does every conjunction pin first's attribute to first's value? */
static bool pin_holds(const odnf_t *d, const olit_t *first)
{
	for (int k = 1; k < d->n; k++) {
		const olit_t *l = conj_pin(&d->c[k], first->atom);
		if (!l || !val_eq(lit_single(l), lit_single(first)))
			return false;
	}
	return true;
}

static bool pin_add(arena_t *a, cat_map_t *attrs, oact_t *o, const olit_t *l)
{
	buf_t b;
	buf_init(&b);
	pin_key(&b, l->atom, lit_single(l));
	char *key = buf_failed(&b) ? NULL : arena_strdup(a, b.data);
	char *attr = key ? arena_strdup(a, key) : NULL;
	buf_free(&b);
	if (!attr)
		return false;
	*strchr(attr, '=') = '\0';
	const char *known = cmap_get(attrs, attr);
	if (!known && cmap_put(attrs, attr, attr) != 0)
		return false;
	for (int i = 0; i < o->npin; i++)
		if (o->pin_attr[i] == (known ? known : attr))
			return true; /* `id == "a" and id == "a"` */
	o->pin_attr[o->npin] = known ? known : attr;
	o->pin[o->npin++] = key;
	return true;
}

/* The pins of o: the first conjunction's single-value literals that every
 * other conjunction repeats. */
static bool opin_one(arena_t *a, cat_map_t *attrs, oact_t *o)
{
	const odnf_t *d = &o->cond;
	if (d->unknown || d->n == 0)
		return true;
	for (int i = 0; i < d->c[0].n && o->npin < OPIN_MAX; i++) {
		const olit_t *l = &d->c[0].lits[i];
		if (lit_single(l) && pin_holds(d, l) && !pin_add(a, attrs, o, l))
			return false;
	}
	return true;
}

bool opin_all(arena_t *a, const program_t *p, oact_t *o)
{
	cat_map_t *attrs = cmap_new(a);
	if (!attrs)
		return false;
	for (size_t i = 0; i < p->acts.n; i++)
		if (!opin_one(a, attrs, &o[i]))
			return false;
	return true;
}

static bool pin_used(const obucket_t *b, const char *attr)
{
	for (int i = 0; i < b->nsplit; i++)
		if (b->split[i] == attr)
			return true;
	return false;
}

/* The pin of o on attr, or NULL. */
static const char *pin_on(const oact_t *o, const char *attr)
{
	for (int i = 0; i < o->npin; i++)
		if (o->pin_attr[i] == attr)
			return o->pin[i];
	return NULL;
}

/* The attribute most entries of b are pinned to (among the first few
 * seen, b's own split attributes aside), or NULL when fewer than two are. */
static const char *pin_best(const obucket_t *b, const oact_t *o)
{
	const char *attr[PIN_MAX_ATTRS];
	size_t count[PIN_MAX_ATTRS] = { 0 }, n = 0, best = 0;
	for (size_t i = 0; i < b->entries.n; i++) {
		const oact_t *x = &o[((const oentry_t *)b->entries.items[i])->act];
		for (int j = 0; j < x->npin; j++) {
			size_t k = 0;
			while (k < n && attr[k] != x->pin_attr[j])
				k++;
			if ((k == n && n == PIN_MAX_ATTRS) || pin_used(b, x->pin_attr[j]))
				continue;
			if (k == n)
				attr[n++] = x->pin_attr[j];
			if (++count[k] > count[best])
				best = k;
		}
	}
	return n && count[best] >= 2 ? attr[best] : NULL;
}

/* The per-value bucket of pin, made on first use. */
static obucket_t *pin_bucket(oindex_t *ix, cat_map_t *by_pin, const obucket_t *b, const char *attr,
			     const char *pin)
{
	obucket_t *s = cmap_get(by_pin, pin);
	if (s)
		return s;
	s = arena_alloc(ix->arena, sizeof *s);
	if (!s || cmap_put(by_pin, pin, s) != 0 || vec_push(ix->arena, &ix->buckets, s) != 0)
		return NULL;
	*s = *b;
	s->entries = (vec_t){ 0 };
	s->split[s->nsplit++] = attr;
	return s;
}

static bool pin_split(oindex_t *ix, obucket_t *b, const oact_t *o)
{
	const char *attr = b->nsplit < OPIN_MAX ? pin_best(b, o) : NULL;
	cat_map_t *by_pin = attr ? cmap_new(ix->arena) : NULL;
	if (!attr)
		return true;
	for (size_t i = 0; by_pin && i < b->entries.n; i++) {
		oentry_t *e = b->entries.items[i], *copy;
		const char *pin = pin_on(&o[e->act], attr);
		if (!pin)
			continue;
		obucket_t *s = pin_bucket(ix, by_pin, b, attr, pin);
		if (!s || !(copy = arena_alloc(ix->arena, sizeof *copy)))
			return false;
		*copy = *e;
		copy->pinned = false;
		e->pinned = true;
		if (vec_push(ix->arena, &s->entries, copy) != 0)
			return false;
	}
	return by_pin != NULL;
}

/* The per-value buckets are appended as they are made, and split in turn. */
bool oindex_split(oindex_t *ix, const oact_t *o)
{
	for (size_t i = 0; i < ix->buckets.n; i++) {
		obucket_t *b = ix->buckets.items[i];
		if (b->entries.n >= PIN_MIN_BUCKET && !pin_split(ix, b, o))
			return false;
	}
	return true;
}
