/* utf8.c — strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing
 * above U+10FFFF. */
#include "support/utf8.h"

size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	size_t len;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

size_t utf8_valid_len(const unsigned char *s, size_t n)
{
	uint32_t cp;
	return utf8_decode(s, n, &cp);
}

size_t utf8_first_invalid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t l = s[i] < 0x80 ? 1 : utf8_valid_len(s + i, n - i);
		if (l == 0)
			return i;
		i += l;
	}
	return n;
}

size_t utf8_count(const unsigned char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += (s[i] & 0xC0) != 0x80;
	return k;
}
