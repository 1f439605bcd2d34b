/* pbc_patch — corrupt a .pbc on purpose, for the bad-input tests: set
 * 32-bit little-endian fields or single bytes, truncate, and (with --sum)
 * recompute the checksum so that the check under test is the one that
 * fires, not the checksum. The checksum is computed here independently of
 * the VM, from its description in docs/bytecode.md (64-bit words in four
 * lanes, offsets 16..23 read as zero), which also checks that document.
 *   pbc_patch IN OUT [--u32 OFF VALUE]... [--byte OFF VALUE]... [--truncate N] [--sum] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t step(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x100000001b3ull;
	return h ^ (h >> 29);
}

/* The little-endian value of the n <= 8 bytes at p. */
static uint64_t le(const unsigned char *p, size_t n)
{
	uint64_t w = 0;
	for (size_t i = 0; i < n; i++)
		w |= (uint64_t)p[i] << (8 * i);
	return w;
}

static void fix_sum(unsigned char *b, size_t len)
{
	if (len < 24)
		return;
	uint64_t lane[4], h = 0xcbf29ce484222325ull;
	for (int k = 0; k < 4; k++)
		lane[k] = h + (uint64_t)k;
	for (size_t i = 0; i < len / 8; i++)
		lane[i % 4] = step(lane[i % 4], i == 2 ? 0 : le(b + 8 * i, 8));
	h = step(h, len);
	for (int k = 0; k < 4; k++)
		h = step(h, lane[k]);
	h = step(h, le(b + len / 8 * 8, len % 8));
	for (int i = 0; i < 8; i++)
		b[16 + i] = (unsigned char)(h >> (8 * i));
}

static int apply(unsigned char *b, size_t *len, int argc, char **argv)
{
	for (int i = 3; i < argc; i++) {
		const char *f = argv[i];
		if (!strcmp(f, "--sum")) {
			fix_sum(b, *len);
			continue;
		}
		if (i + 1 >= argc)
			return -1;
		unsigned long long off = strtoull(argv[i + 1], NULL, 0);
		if (!strcmp(f, "--truncate")) {
			*len = off < *len ? off : *len;
			i++;
			continue;
		}
		if (i + 2 >= argc)
			return -1;
		unsigned long long v = strtoull(argv[i + 2], NULL, 0);
		int width = !strcmp(f, "--u32") ? 4 : !strcmp(f, "--byte") ? 1 : 0;
		if (!width || off + width > *len)
			return -1;
		for (int k = 0; k < width; k++)
			b[off + k] = (unsigned char)(v >> (8 * k));
		i += 2;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static unsigned char b[1 << 24];
	if (argc < 3) {
		fprintf(stderr, "usage: pbc_patch IN OUT [--u32 OFF V] [--byte OFF V] [--truncate N] [--sum]\n");
		return 2;
	}
	FILE *in = fopen(argv[1], "rb");
	size_t len = in ? fread(b, 1, sizeof b, in) : 0;
	if (in)
		fclose(in);
	if (!in || apply(b, &len, argc, argv)) {
		fprintf(stderr, "pbc_patch: bad input or arguments\n");
		return 2;
	}
	FILE *out = fopen(argv[2], "wb");
	if (!out || fwrite(b, 1, len, out) != len || fclose(out)) {
		fprintf(stderr, "pbc_patch: cannot write %s\n", argv[2]);
		return 2;
	}
	return 0;
}
