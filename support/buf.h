/* buf.h — a growable byte string for building text (diagnostics, JSON,
 * listings). Out of memory is sticky: later appends are no-ops and
 * buf_failed() says so, so callers check once at the end. */
#ifndef PROMO_BUF_H
#define PROMO_BUF_H
#include <stdbool.h>
#include <stddef.h>

typedef struct buf {
	char *data; /* NUL-terminated while not failed */
	size_t len, cap;
	bool failed;
} buf_t;

void buf_init(buf_t *b);
void buf_free(buf_t *b);
void buf_reset(buf_t *b); /* len = 0, memory kept */
void buf_put(buf_t *b, const char *s, size_t n);
void buf_puts(buf_t *b, const char *s);
void buf_putc(buf_t *b, char c);
void buf_printf(buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included. */
void buf_put_json_str(buf_t *b, const char *s, size_t n);
/* The same without the quotes: a string literal built in pieces. */
void buf_put_json_chars(buf_t *b, const char *s, size_t n);
bool buf_failed(const buf_t *b);
/* Hands the data to the caller (free with promo_free/free) and resets b. */
char *buf_take(buf_t *b);

#endif
