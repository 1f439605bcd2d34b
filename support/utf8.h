/* utf8.h — the UTF-8 facts the front end needs: validation, decoding one
 * code point, and counting code points (columns are code points). */
#ifndef PROMO_UTF8_H
#define PROMO_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Length of the valid UTF-8 sequence starting at s (1..4), or 0 when the
 * bytes at s are not valid UTF-8 (overlong, surrogate, truncated, > U+10FFFF).
 * n is the number of bytes available. */
size_t utf8_valid_len(const unsigned char *s, size_t n);
/* Decodes one valid sequence; returns its length (0 when invalid). */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Offset of the first invalid byte in s[0..n), or n when all valid. */
size_t utf8_first_invalid(const unsigned char *s, size_t n);
/* Number of code points in s[0..n) (continuation bytes not counted). */
size_t utf8_count(const unsigned char *s, size_t n);

#endif
