/* buf.c — growable text buffer with sticky failure. */
#include "support/buf.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "support/alloc.h"

void buf_init(buf_t *b)
{
	memset(b, 0, sizeof *b);
}

void buf_free(buf_t *b)
{
	px_free(b->data);
	buf_init(b);
}

void buf_reset(buf_t *b)
{
	b->len = 0;
	b->failed = false;
	if (b->data)
		b->data[0] = 0;
}

static bool buf_reserve(buf_t *b, size_t extra)
{
	if (b->failed)
		return false;
	if (b->cap && extra < b->cap - b->len) /* room for the NUL too */
		return true;
	size_t need = b->len + extra + 1, cap = b->cap ? b->cap : 64;
	if (need < b->len) {
		b->failed = true;
		return false;
	}
	while (cap < need)
		cap *= 2;
	char *d = px_realloc(b->data, cap);
	if (!d) {
		b->failed = true;
		return false;
	}
	b->data = d;
	b->cap = cap;
	return true;
}

void buf_put(buf_t *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n))
		return;
	if (n) /* s may be NULL when n is 0, and memcpy must not see it */
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = 0;
}

void buf_puts(buf_t *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void buf_putc(buf_t *b, char c)
{
	buf_put(b, &c, 1);
}

void buf_printf(buf_t *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !buf_reserve(b, (size_t)n)) {
		b->failed = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Runs of characters that need no escape are copied at once. */
void buf_put_json_chars(buf_t *b, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_put(b, s + run, i - run);
		run = i + 1;
		if (c == '"' || c == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)c);
		} else if (c == '\n') {
			buf_puts(b, "\\n");
		} else if (c == '\t') {
			buf_puts(b, "\\t");
		} else if (c == '\r') {
			buf_puts(b, "\\r");
		} else {
			buf_printf(b, "\\u%04x", c);
		}
	}
	buf_put(b, s + run, n - run);
}

void buf_put_json_str(buf_t *b, const char *s, size_t n)
{
	buf_putc(b, '"');
	buf_put_json_chars(b, s, n);
	buf_putc(b, '"');
}

bool buf_failed(const buf_t *b)
{
	return b->failed;
}

char *buf_take(buf_t *b)
{
	if (b->failed) {
		buf_free(b);
		return NULL;
	}
	if (!b->data)
		buf_put(b, "", 0);
	char *d = b->data;
	buf_init(b);
	return d;
}
