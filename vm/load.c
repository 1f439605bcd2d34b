/* load.c — vm_load: untrusted .pbc bytes → vm_program. This file checks the
 * container (magic, version, length, checksum, section table, record sizes)
 * and decodes the tables; vm_verify (verify.c) then checks every reference,
 * operand and jump before the program can be used. */
#include <string.h>
#include "support/alloc.h"
#include "vm/bytes.h"
#include "vm/format.h"
#include "vm/program.h"

typedef struct loader {
	const uint8_t *b;
	size_t len;
	uint32_t off[SEC__END], size[SEC__END];
	char *err;
	size_t errlen;
} loader_t;

#define fail(l, ...) vm_fail((l)->err, (l)->errlen, __VA_ARGS__)

static int check_header(loader_t *l)
{
	if (l->len < PBC_DATA)
		return fail(l, "offset 0: file too short for a .pbc header (%zu bytes)", l->len);
	if (memcmp(l->b, PBC_MAGIC, 8) != 0)
		return fail(l, "offset 0: bad magic (not a promo bytecode file)");
	if (rd_u32(l->b + 8) != PBC_VERSION)
		return fail(l, "offset 8: unsupported format version %u (this build reads %u)",
			    rd_u32(l->b + 8), PBC_VERSION);
	if (rd_u32(l->b + 12) != l->len)
		return fail(l, "offset 12: length field says %u bytes, file has %zu (truncated?)",
			    rd_u32(l->b + 12), l->len);
	if (rd_u64(l->b + PBC_SUM_OFF) != pbc_checksum(l->b, l->len))
		return fail(l, "offset %u: checksum mismatch (the file is corrupted)", PBC_SUM_OFF);
	if (rd_u32(l->b + 24) != PBC_NSECTIONS)
		return fail(l, "offset 24: %u sections, expected %d", rd_u32(l->b + 24), PBC_NSECTIONS);
	return 0;
}

/* Sections follow each other in id order with no gap, up to the end. */
static int read_sections(loader_t *l)
{
	uint32_t at = PBC_DATA;
	for (uint32_t i = 0; i < PBC_NSECTIONS; i++) {
		const uint8_t *e = l->b + PBC_HEADER + i * PBC_SECTION_ENTRY;
		uint32_t id = rd_u32(e), off = rd_u32(e + 4), size = rd_u32(e + 8);
		uint32_t where = PBC_HEADER + i * PBC_SECTION_ENTRY;
		if (id != i + 1)
			return fail(l, "offset %u: section %u has id %u, expected %u", where, i + 1, id, i + 1);
		if (off != at || size > l->len - off)
			return fail(l, "offset %u: section %u spans %u+%u, outside the file or not contiguous",
				    where, id, off, size);
		l->off[id] = off;
		l->size[id] = size;
		at = off + size;
	}
	if (at != l->len)
		return fail(l, "offset %u: %zu bytes after the last section", at, l->len - at);
	return 0;
}

/* Allocates n records of size sz each (at least one byte), zeroed: for
 * structs, whose fields not in the file must start at zero. */
static void *alloc_n(size_t n, size_t sz)
{
	return px_calloc(n ? n : 1, sz);
}

/* The same, not zeroed, for plain arrays the loader fills entirely: zeroing
 * megabytes that are overwritten at once was a pass over all of them. */
static void *alloc_filled(size_t n, size_t sz)
{
	return px_malloc((n ? n : 1) * sz);
}

static int records(loader_t *l, int id, uint32_t rec, const char *what, uint32_t *n)
{
	if (l->size[id] % rec)
		return fail(l, "offset %u: %s section size %u is not a multiple of %u", l->off[id], what,
			    l->size[id], rec);
	*n = l->size[id] / rec;
	return 0;
}

static int read_meta(loader_t *l, vm_program_t *p)
{
	const uint8_t *m = l->b + l->off[SEC_META];
	if (l->size[SEC_META] != PBC_META_SIZE)
		return fail(l, "offset %u: meta section has %u bytes, expected %u", l->off[SEC_META],
			    l->size[SEC_META], PBC_META_SIZE);
	if (m[6] || m[7])
		return fail(l, "offset %u: non-zero padding in meta", l->off[SEC_META] + 6);
	p->currency = rd_u32(m);
	p->decimals = m[4];
	p->rounding = m[5];
	p->tz_minutes = (int32_t)rd_u32(m + 8);
	p->top = rd_u32(m + 12);
	p->ntop = rd_u32(m + 16);
	return 0;
}

/* The blob is nstr NUL-terminated strings, back to back. */
static int read_strings(loader_t *l, vm_program_t *p)
{
	uint32_t size = l->size[SEC_STRINGS], off = l->off[SEC_STRINGS];
	if (size < 4)
		return fail(l, "offset %u: string section too short", off);
	p->nstr = rd_u32(l->b + off);
	p->blob_len = size - 4;
	if (p->nstr > p->blob_len)
		return fail(l, "offset %u: %u strings cannot fit in %u bytes", off, p->nstr, p->blob_len);
	p->blob = alloc_filled(p->blob_len, 1);
	p->str = alloc_filled(p->nstr, sizeof *p->str);
	if (!p->blob || !p->str)
		return fail(l, "out of memory");
	memcpy(p->blob, l->b + off + 4, p->blob_len);
	uint32_t s = 0, k = 0;
	for (const char *z; s < p->blob_len && (z = memchr(p->blob + s, 0, p->blob_len - s));) {
		uint32_t nul = (uint32_t)(z - p->blob);
		if (k == p->nstr)
			return fail(l, "offset %u: more strings than the %u declared", off + 4 + nul, p->nstr);
		p->str[k++] = s;
		s = nul + 1;
	}
	if (k != p->nstr || s != p->blob_len)
		return fail(l, "offset %u: string table holds %u terminated strings, declared %u", off,
			    k, p->nstr);
	return 0;
}

static int read_consts(loader_t *l, vm_program_t *p)
{
	if (records(l, SEC_CONSTS, 8, "constant", &p->nconsts) < 0)
		return -1;
	if (!(p->consts = alloc_filled(p->nconsts, sizeof *p->consts)))
		return fail(l, "out of memory");
	for (uint32_t i = 0; i < p->nconsts; i++)
		p->consts[i] = (int64_t)rd_u64(l->b + l->off[SEC_CONSTS] + 8 * i);
	return 0;
}

static int read_acts(loader_t *l, vm_program_t *p)
{
	if (records(l, SEC_ACTS, PBC_ACT_SIZE, "activity", &p->nacts) < 0)
		return -1;
	if (!(p->acts = alloc_filled(p->nacts, sizeof *p->acts)))
		return fail(l, "out of memory");
	for (uint32_t i = 0; i < p->nacts; i++) {
		const uint8_t *r = l->b + l->off[SEC_ACTS] + (size_t)i * PBC_ACT_SIZE;
		if (r[11])
			return fail(l, "offset %zu: non-zero padding in activity %u",
				    (size_t)(r - l->b) + 11, i);
		/* One whole-struct store: fields not in the file start at zero
		 * without zeroing the array first. */
		p->acts[i] = (vm_act_t){
			.name = rd_u32(r), .title = rd_u32(r + 4),
			.level = r[8], .target = r[9], .flags = r[10],
			.parent = rd_u32(r + 12),
			.start = (int64_t)rd_u64(r + 16), .end = (int64_t)rd_u64(r + 24),
			.stock = (int64_t)rd_u64(r + 32), .limit = (int64_t)rd_u64(r + 40),
			.budget = (int64_t)rd_u64(r + 48),
			.coupon = rd_u32(r + 56), .names = rd_u32(r + 60), .nnames = rd_u32(r + 64),
			.code = rd_u32(r + 68), .code_len = rd_u32(r + 72),
		};
	}
	return 0;
}

static int read_groups(loader_t *l, vm_program_t *p)
{
	if (records(l, SEC_GROUPS, PBC_GROUP_SIZE, "group", &p->ngroups) < 0)
		return -1;
	if (!(p->groups = alloc_n(p->ngroups, sizeof *p->groups)))
		return fail(l, "out of memory");
	for (uint32_t i = 0; i < p->ngroups; i++) {
		const uint8_t *r = l->b + l->off[SEC_GROUPS] + (size_t)i * PBC_GROUP_SIZE;
		if (r[5] || r[6] || r[7])
			return fail(l, "offset %zu: non-zero padding in group %u", (size_t)(r - l->b) + 5, i);
		vm_group_t *g = &p->groups[i];
		g->name = rd_u32(r), g->kind = r[4], g->parent = rd_u32(r + 8);
		g->members = rd_u32(r + 12), g->nmembers = rd_u32(r + 16);
	}
	return 0;
}

static int read_refs(loader_t *l, vm_program_t *p)
{
	if (records(l, SEC_REFS, 4, "reference", &p->nrefs) < 0)
		return -1;
	if (!(p->refs = alloc_filled(p->nrefs, sizeof *p->refs)))
		return fail(l, "out of memory");
	for (uint32_t i = 0; i < p->nrefs; i++)
		p->refs[i] = rd_u32(l->b + l->off[SEC_REFS] + 4 * i);
	return 0;
}

static int read_index(loader_t *l, vm_program_t *p)
{
	if (records(l, SEC_INDEX, PBC_KEY_SIZE, "index", &p->nkeys) < 0)
		return -1;
	if (!(p->keys = alloc_n(p->nkeys, sizeof *p->keys)))
		return fail(l, "out of memory");
	for (uint32_t i = 0; i < p->nkeys; i++) {
		const uint8_t *r = l->b + l->off[SEC_INDEX] + (size_t)i * PBC_KEY_SIZE;
		if (r[1] || r[2] || r[3])
			return fail(l, "offset %zu: non-zero padding in index key %u", (size_t)(r - l->b) + 1, i);
		vm_key_t *k = &p->keys[i];
		k->kind = r[0], k->key = rd_u32(r + 4), k->acts = rd_u32(r + 8), k->nacts = rd_u32(r + 12);
	}
	return 0;
}

static int read_code(loader_t *l, vm_program_t *p)
{
	p->code_len = l->size[SEC_CODE];
	if (!(p->code = alloc_filled(p->code_len, 1)))
		return fail(l, "out of memory");
	memcpy(p->code, l->b + l->off[SEC_CODE], p->code_len);
	return 0;
}

vm_program_t *vm_load(const void *bytes, size_t len, char *err, size_t errlen)
{
	loader_t l = { .b = bytes, .len = len, .err = err, .errlen = errlen };
	if (errlen)
		err[0] = 0;
	if (!bytes || check_header(&l) < 0 || read_sections(&l) < 0)
		return bytes ? NULL : (fail(&l, "no bytes"), NULL);
	vm_program_t *p = px_calloc(1, sizeof *p);
	if (!p) {
		fail(&l, "out of memory");
		return NULL;
	}
	if (read_meta(&l, p) < 0 || read_strings(&l, p) < 0 || read_consts(&l, p) < 0 ||
	    read_acts(&l, p) < 0 || read_groups(&l, p) < 0 || read_refs(&l, p) < 0 ||
	    read_index(&l, p) < 0 || read_code(&l, p) < 0 || vm_verify(p, err, errlen) < 0) {
		vm_program_free(p);
		return NULL;
	}
	return p;
}
