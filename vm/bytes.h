/* bytes.h — little-endian encoding, the one byte order of the .pbc format
 * and of instruction operands. Callers check bounds before reading. */
#ifndef PROMO_BYTES_H
#define PROMO_BYTES_H
#include <stdint.h>

static inline uint32_t rd_u32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t rd_u64(const uint8_t *p)
{
	return (uint64_t)rd_u32(p) | (uint64_t)rd_u32(p + 4) << 32;
}

static inline void wr_u32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static inline void wr_u64(uint8_t *p, uint64_t v)
{
	wr_u32(p, (uint32_t)v);
	wr_u32(p + 4, (uint32_t)(v >> 32));
}

#endif
