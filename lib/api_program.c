/* api_program.c — loading, saving and describing compiled programs.
 * (promo_compile, which needs the front end, is in api_compile.c.) */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/api.h"
#include "support/alloc.h"

/* Wraps a vm program in a handle; frees vm when the handle cannot be made. */
promo_status api_program_wrap(vm_program_t *vm, promo_program **out)
{
	promo_program *p = px_malloc(sizeof *p);
	if (!p) {
		vm_program_free(vm);
		return PROMO_E_NOMEM;
	}
	p->magic = API_MAGIC_PROGRAM;
	p->vm = vm;
	*out = p;
	return PROMO_OK;
}

PROMO_API promo_status promo_program_load_memory(const void *bytes, size_t len,
						 promo_program **out, char *err, size_t errlen)
{
	char msg[256] = "";
	if (out)
		*out = NULL;
	if (!bytes || !out) {
		api_set_err(err, errlen, "a required argument was NULL");
		return PROMO_E_NULL;
	}
	vm_program_t *vm = vm_load(bytes, len, msg, sizeof msg);
	if (!vm) {
		api_set_err(err, errlen, msg[0] ? msg : "the bytecode failed verification");
		return strstr(msg, "out of memory") ? PROMO_E_NOMEM : PROMO_E_BYTECODE;
	}
	return api_program_wrap(vm, out);
}

/* Reads a whole file into memory owned by the caller (px_free). */
static promo_status read_file(const char *path, char **data, size_t *len, char *err,
			      size_t errlen)
{
	FILE *f = fopen(path, "rb");
	buf_t b;
	buf_init(&b);
	if (!f) {
		if (err && errlen)
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return PROMO_E_IO;
	}
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_put(&b, chunk, n);
	bool bad = ferror(f);
	fclose(f);
	if (bad || buf_failed(&b)) {
		if (err && errlen)
			snprintf(err, errlen, "%s: %s", path, bad ? "read error" : "out of memory");
		buf_free(&b);
		return bad ? PROMO_E_IO : PROMO_E_NOMEM;
	}
	*len = b.len;
	*data = b.data;
	return PROMO_OK;
}

PROMO_API promo_status promo_program_load_file(const char *path, promo_program **out,
					       char *err, size_t errlen)
{
	char *data = NULL;
	size_t len = 0;
	if (out)
		*out = NULL;
	if (!path || !out) {
		api_set_err(err, errlen, "a required argument was NULL");
		return PROMO_E_NULL;
	}
	promo_status st = read_file(path, &data, &len, err, errlen);
	if (st != PROMO_OK)
		return st;
	st = promo_program_load_memory(data ? data : "", len, out, err, errlen);
	px_free(data);
	return st;
}

/* Writes p into b with fn (vm_save, vm_disasm); the caller frees b. */
static promo_status to_buf(const promo_program *p, int (*fn)(const vm_program_t *, buf_t *),
			   buf_t *b)
{
	promo_status st = api_check_program(p);
	if (st != PROMO_OK)
		return st;
	buf_init(b);
	if (fn(p->vm, b) != 0 || buf_failed(b)) {
		buf_free(b);
		return PROMO_E_NOMEM;
	}
	return PROMO_OK;
}

PROMO_API promo_status promo_program_save(const promo_program *p, void **bytes, size_t *len)
{
	buf_t b;
	if (!bytes || !len)
		return PROMO_E_NULL;
	promo_status st = to_buf(p, vm_save, &b);
	if (st != PROMO_OK)
		return st;
	*len = b.len;
	*bytes = buf_take(&b);
	return *bytes ? PROMO_OK : PROMO_E_NOMEM;
}

/* Writes len bytes to path through a temporary file renamed over it, so a
 * service reading path never sees half a program. */
static promo_status write_atomically(const char *path, const char *data, size_t len)
{
	size_t n = strlen(path) + 16;
	char *tmp = px_malloc(n);
	if (!tmp)
		return PROMO_E_NOMEM;
	snprintf(tmp, n, "%s.tmp", path);
	FILE *f = fopen(tmp, "wb");
	bool ok = f && fwrite(data, 1, len, f) == len;
	ok = f && fclose(f) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	if (!ok)
		remove(tmp);
	px_free(tmp);
	return ok ? PROMO_OK : PROMO_E_IO;
}

PROMO_API promo_status promo_program_save_file(const promo_program *p, const char *path)
{
	buf_t b;
	if (!path)
		return PROMO_E_NULL;
	promo_status st = to_buf(p, vm_save, &b);
	if (st != PROMO_OK)
		return st;
	st = write_atomically(path, b.data ? b.data : "", b.len);
	buf_free(&b);
	return st;
}

PROMO_API void promo_program_free(promo_program *p)
{
	if (api_check_program(p) != PROMO_OK)
		return;
	vm_program_free(p->vm);
	p->magic = API_MAGIC_DEAD;
	px_free(p);
}

PROMO_API promo_status promo_program_activity_count(const promo_program *p, size_t *n)
{
	promo_status st = n ? api_check_program(p) : PROMO_E_NULL;
	if (st == PROMO_OK)
		*n = vm_activity_count(p->vm);
	return st;
}

PROMO_API promo_status promo_program_activity(const promo_program *p, size_t i,
					      const char **name, const char **title)
{
	promo_status st = name ? api_check_program(p) : PROMO_E_NULL;
	if (st != PROMO_OK)
		return st;
	if (i >= vm_activity_count(p->vm))
		return PROMO_E_NOTFOUND;
	*name = vm_activity_name(p->vm, (uint32_t)i);
	if (title)
		*title = vm_activity_title(p->vm, (uint32_t)i);
	return PROMO_OK;
}

PROMO_API promo_status promo_program_currency(const promo_program *p, const char **code,
					      int *decimals)
{
	promo_status st = code && decimals ? api_check_program(p) : PROMO_E_NULL;
	if (st != PROMO_OK)
		return st;
	*code = vm_currency(p->vm);
	*decimals = vm_decimals(p->vm);
	return PROMO_OK;
}

PROMO_API promo_status promo_program_disasm(const promo_program *p, char **out)
{
	buf_t b;
	if (!out)
		return PROMO_E_NULL;
	promo_status st = to_buf(p, vm_disasm, &b);
	if (st != PROMO_OK)
		return st;
	*out = buf_take(&b);
	return *out ? PROMO_OK : PROMO_E_NOMEM;
}
