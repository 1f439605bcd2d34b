/* catalog.c — reads the catalog CSV (sku,category,brand,price[,floor]).
 * Every error names the file, line and column of the offending field, so an
 * operator can fix the spreadsheet export without guessing. */
#include <string.h>
#include <strings.h>
#include "compiler/catalog.h"
#include "support/money.h"
#include "support/utf8.h"
#include "support/limits.h"

#define CAT_MAX_FIELDS 6 /* one more than allowed, to detect extras */

typedef struct cat_field {
	char *s;       /* unquoted text, in the arena */
	uint32_t off;  /* byte offset of the field's first byte */
} cat_field_t;

typedef struct cat_reader {
	catalog_t *c;
	diag_list_t *dl;
	int decimals;
	size_t pos;     /* next byte to read */
	bool failed;
	bool failed_line; /* this line already has an error: say nothing more */
} cat_reader_t;

static void cat_error(cat_reader_t *r, uint32_t off, uint32_t len, const char *msg, const char *arg)
{
	span_t sp = { off, len };
	diag_add(r->dl, DIAG_ERROR, NULL, r->c->file, sp, msg, arg);
	r->failed = r->failed_line = true;
}

/* Where the field starting at pos ends (exclusive), quotes included. */
static size_t cat_field_end(const char *t, size_t n, size_t pos)
{
	if (pos < n && t[pos] == '"') {
		for (pos++; pos < n && t[pos] != '\n'; pos++)
			if (t[pos] == '"' && !(pos + 1 < n && t[pos + 1] == '"'))
				return pos + 1;
			else if (t[pos] == '"')
				pos++;
		return pos;
	}
	while (pos < n && t[pos] != ',' && t[pos] != '\n' && t[pos] != '\r')
		pos++;
	return pos;
}

/* One field starting at r->pos; stops before ',' or end of line. The text
 * is copied unquoted into a buffer of the field's own size. */
static bool cat_read_field(cat_reader_t *r, cat_field_t *f)
{
	const char *t = r->c->file->text;
	size_t n = r->c->file->len, start = r->pos, end = cat_field_end(t, n, start), out = 0;
	char *s = arena_alloc(r->c->arena, end - start + 1);
	if (!s)
		return false;
	f->off = (uint32_t)start;
	f->s = s;
	if (start < n && t[start] == '"') {
		for (r->pos = start + 1;; r->pos++) {
			if (r->pos >= end || t[r->pos] == '\n') {
				cat_error(r, (uint32_t)start, 1, "%s", "unterminated quoted field");
				return true;
			}
			if (t[r->pos] == '"' && r->pos + 1 == end)
				break;
			if (t[r->pos] == '"')
				r->pos++;
			s[out++] = t[r->pos];
		}
		r->pos++;
	} else {
		while (r->pos < end)
			s[out++] = t[r->pos++];
	}
	s[out] = '\0';
	return true;
}

/* Reads one line's fields; returns the count (0 for a blank line), -1 OOM. */
static int cat_read_line(cat_reader_t *r, cat_field_t *fs)
{
	const char *t = r->c->file->text;
	size_t n = r->c->file->len;
	int k = 0;
	if (r->pos < n && (t[r->pos] == '\n' || t[r->pos] == '\r')) {
		r->pos += (t[r->pos] == '\r' && r->pos + 1 < n && t[r->pos + 1] == '\n') ? 2 : 1;
		return 0;
	}
	for (;;) {
		cat_field_t f;
		if (!cat_read_field(r, &f))
			return -1;
		if (k < CAT_MAX_FIELDS)
			fs[k++] = f;
		if (r->pos < n && t[r->pos] == ',') {
			r->pos++;
			continue;
		}
		break;
	}
	while (r->pos < n && t[r->pos] != '\n')
		r->pos++; /* a stray quote's tail or a '\r' */
	if (r->pos < n)
		r->pos++;
	return k;
}

static bool cat_money(cat_reader_t *r, const cat_field_t *f, const char *what, int64_t *out)
{
	static const char *const why[] = {
		"", "is not a number", "has more decimals than the currency allows", "is out of range",
		"is negative"
	};
	size_t len = strlen(f->s);
	int rc = money_parse(f->s, len, r->decimals, out);
	if (rc == 0 && *out < 0)
		rc = 4;
	if (rc == 0)
		return true;
	span_t sp = { f->off, (uint32_t)(len ? len : 1) };
	diag_add(r->dl, DIAG_ERROR, NULL, r->c->file, sp, "%s \"%s\" %s", what, f->s,
		 rc > 0 && rc < 5 ? why[rc] : "is invalid");
	r->failed = true;
	return false;
}

static int cat_index(arena_t *a, cat_map_t *m, const char *key, cat_item_t *it)
{
	vec_t *v = cmap_get(m, key);
	if (!v) {
		v = arena_alloc(a, sizeof *v);
		if (!v || cmap_put(m, key, v) != 0)
			return -1;
	}
	return vec_push(a, v, it);
}

static int cat_add(cat_reader_t *r, cat_field_t *fs, int k, uint32_t line_off)
{
	catalog_t *c = r->c;
	if (k != 4 && k != 5) {
		cat_error(r, line_off, 1, "%s", k > 5 ? "too many fields: expected sku,category,brand,price[,floor]"
					     : "too few fields: expected sku,category,brand,price[,floor]");
		return 0;
	}
	if (!fs[0].s[0]) {
		cat_error(r, fs[0].off, 1, "%s", "empty SKU");
		return 0;
	}
	static const char *const what[] = { "SKU", "category", "brand" };
	for (int i = 0; i < 3; i++) {
		if (strlen(fs[i].s) > LIM_STRING_BYTES) {
			diag_add(r->dl, DIAG_ERROR, NULL, c->file, (span_t){ fs[i].off, 1 },
				 "the %s is longer than %d bytes (docs/limits.md)", what[i], LIM_STRING_BYTES);
			r->failed = r->failed_line = true;
			return 0;
		}
	}
	const cat_item_t *dup = cmap_get(c->by_sku, fs[0].s);
	if (dup) {
		span_t sp = { fs[0].off, (uint32_t)strlen(fs[0].s) }, first = { dup->off, 1 };
		diag_t *d = diag_add(r->dl, DIAG_ERROR, NULL, c->file, sp, "duplicate SKU %s", fs[0].s);
		diag_note(d, c->file, first, "first listed here");
		r->failed = true;
		return 0;
	}
	cat_item_t *it = arena_alloc(c->arena, sizeof *it);
	if (!it)
		return -1;
	*it = (cat_item_t){ .sku = fs[0].s, .category = fs[1].s, .brand = fs[2].s, .off = line_off };
	if (!cat_money(r, &fs[3], "price", &it->price))
		return 0;
	if (k == 5 && fs[4].s[0]) {
		it->has_floor = true;
		if (!cat_money(r, &fs[4], "floor", &it->floor))
			return 0;
	}
	if (vec_push(c->arena, &c->items, it) != 0 || cmap_put(c->by_sku, it->sku, it) != 0)
		return -1;
	if (cat_index(c->arena, c->by_cat, it->category, it) != 0 ||
	    cat_index(c->arena, c->by_brand, it->brand, it) != 0)
		return -1;
	return 0;
}

static bool cat_is_header(const cat_field_t *fs, int k)
{
	return k > 0 && strcasecmp(fs[0].s, "sku") == 0;
}

static int cat_parse(cat_reader_t *r)
{
	const src_file_t *f = r->c->file;
	size_t bad = utf8_first_invalid((const unsigned char *)f->text, f->len);
	if (bad < f->len) {
		cat_error(r, (uint32_t)bad, 1, "%s", "invalid UTF-8");
		return 0;
	}
	bool first = true;
	while (r->pos < f->len) {
		cat_field_t fs[CAT_MAX_FIELDS];
		uint32_t line_off = (uint32_t)r->pos;
		r->failed_line = false;
		int k = cat_read_line(r, fs);
		if (k < 0)
			return -1;
		if (k == 0 || (k == 1 && !fs[0].s[0]) || r->failed_line)
			continue;
		if (first && cat_is_header(fs, k)) {
			first = false;
			continue;
		}
		first = false;
		if (cat_add(r, fs, k, line_off) != 0)
			return -1;
	}
	return 0;
}

catalog_t *catalog_load(const src_file_t *f, int decimals, diag_list_t *dl)
{
	arena_t *a = arena_new();
	catalog_t *c = a ? arena_alloc(a, sizeof *c) : NULL;
	if (!c) {
		arena_free(a);
		return NULL;
	}
	c->file = f;
	c->arena = a;
	c->by_sku = cmap_new(a);
	c->by_cat = cmap_new(a);
	c->by_brand = cmap_new(a);
	cat_reader_t r = { .c = c, .dl = dl, .decimals = decimals };
	if (!c->by_sku || !c->by_cat || !c->by_brand || cat_parse(&r) != 0 || r.failed) {
		catalog_free(c);
		return NULL;
	}
	return c;
}

void catalog_free(catalog_t *c)
{
	if (c)
		arena_free(c->arena);
}

const cat_item_t *catalog_sku(const catalog_t *c, const char *sku)
{
	return cmap_get(c->by_sku, sku);
}

const vec_t *catalog_category(const catalog_t *c, const char *name)
{
	return cmap_get(c->by_cat, name);
}

const vec_t *catalog_brand(const catalog_t *c, const char *name)
{
	return cmap_get(c->by_brand, name);
}
