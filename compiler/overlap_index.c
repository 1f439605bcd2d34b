/* overlap_index.c — files activities into buckets. A SKU activity (item,
 * items, combo) is native in the bucket of each SKU; with a catalog it is
 * also derived into its SKU's category and brand buckets, so a category or
 * brand activity meets it there. Without a catalog every SKU activity is
 * derived into one "unknown" bucket where category and brand activities
 * are native: those pairs can only be "may overlap". */
#include <string.h>
#include "compiler/overlap_index.h"

static obucket_t *oindex_bucket(oindex_t *ix, char kind, const char *name)
{
	size_t n = strlen(name);
	char *key = arena_alloc(ix->arena, n + 3);
	if (!key)
		return NULL;
	key[0] = kind;
	key[1] = ':';
	memcpy(key + 2, name, n + 1);
	obucket_t *b = cmap_get(ix->map, key);
	if (b)
		return b;
	b = arena_alloc(ix->arena, sizeof *b);
	if (!b || cmap_put(ix->map, key, b) != 0 || vec_push(ix->arena, &ix->buckets, b) != 0)
		return NULL;
	b->key = key;
	return b;
}

static bool oindex_file(oindex_t *ix, char kind, const char *name, uint32_t act, orole_t role,
			const char *via)
{
	obucket_t *b = oindex_bucket(ix, kind, name);
	oentry_t *e = b ? arena_alloc(ix->arena, sizeof *e) : NULL;
	if (!e)
		return false;
	*e = (oentry_t){ .act = act, .role = (uint8_t)role, .native = via == NULL, .via = via };
	ix->filed[act]++;
	return vec_push(ix->arena, &b->entries, e) == 0;
}

static bool oindex_sku(oindex_t *ix, const catalog_t *cat, uint32_t act, const char *sku)
{
	if (!oindex_file(ix, OB_SKU, sku, act, ROLE_SKU, NULL))
		return false;
	if (!cat)
		return oindex_file(ix, OB_UNKNOWN, "", act, ROLE_SKU, sku);
	const cat_item_t *it = catalog_sku(cat, sku);
	if (!it)
		return true; /* unknown-sku says so; it cannot meet a category */
	return oindex_file(ix, OB_CAT, it->category, act, ROLE_SKU, sku) &&
	       oindex_file(ix, OB_BRAND, it->brand, act, ROLE_SKU, sku);
}

/* With a catalog, a category activity meets a brand activity when some
 * SKU has both: file it once under each brand of its category. */
static bool oindex_cat_brands(oindex_t *ix, const catalog_t *cat, uint32_t act, const char *name)
{
	const vec_t *skus = catalog_category(cat, name);
	for (size_t i = 0; skus && i < skus->n; i++) {
		const cat_item_t *it = skus->items[i];
		obucket_t *b = oindex_bucket(ix, OB_BRAND, it->brand);
		if (!b)
			return false;
		const oentry_t *last = b->entries.n ? b->entries.items[b->entries.n - 1] : NULL;
		if (last && last->act == act)
			continue; /* this brand already links it */
		if (!oindex_file(ix, OB_BRAND, it->brand, act, ROLE_CAT, it->sku))
			return false;
	}
	return true;
}

static bool oindex_group(oindex_t *ix, const catalog_t *cat, uint32_t act, const target_t *t)
{
	const char *name = ((const name_t *)t->names.items[0])->s;
	bool is_cat = t->kind == TGT_CATEGORY;
	if (!oindex_file(ix, is_cat ? OB_CAT : OB_BRAND, name, act, is_cat ? ROLE_CAT : ROLE_BRAND, NULL))
		return false;
	if (!cat)
		return oindex_file(ix, OB_UNKNOWN, "", act, is_cat ? ROLE_CAT : ROLE_BRAND, NULL);
	return !is_cat || oindex_cat_brands(ix, cat, act, name);
}

static bool oindex_act(oindex_t *ix, const catalog_t *cat, uint32_t i, const activity_t *a)
{
	const target_t *t = &a->target;
	switch (t->kind) {
	case TGT_ORDER: return oindex_file(ix, OB_ORDER, "", i, ROLE_ORDER, NULL);
	case TGT_SHIPPING: return oindex_file(ix, OB_SHIP, "", i, ROLE_SHIP, NULL);
	case TGT_CATEGORY:
	case TGT_BRAND: return t->names.n == 0 || oindex_group(ix, cat, i, t);
	default: break;
	}
	for (size_t k = 0; k < t->names.n; k++) {
		const char *sku = ((const name_t *)t->names.items[k])->s;
		bool seen = false; /* items (A, A): file A once */
		for (size_t j = 0; j < k && !seen; j++)
			seen = strcmp(sku, ((const name_t *)t->names.items[j])->s) == 0;
		if (!seen && !oindex_sku(ix, cat, i, sku))
			return false;
	}
	return true;
}

bool oindex_build(oindex_t *ix, const program_t *p, const catalog_t *cat)
{
	ix->map = cmap_new(ix->arena);
	ix->filed = arena_alloc(ix->arena, (p->acts.n ? p->acts.n : 1) * sizeof *ix->filed);
	if (!ix->map || !ix->filed)
		return false;
	memset(ix->filed, 0, (p->acts.n ? p->acts.n : 1) * sizeof *ix->filed);
	for (size_t i = 0; i < p->acts.n; i++)
		if (!oindex_act(ix, cat, (uint32_t)i, p->acts.items[i]))
			return false;
	return true;
}
