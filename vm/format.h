/* format.h — the .pbc layout shared by the writer (format.c) and the
 * loader (load.c). docs/bytecode.md describes it byte by byte. */
#ifndef PROMO_FORMAT_H
#define PROMO_FORMAT_H
#include <stddef.h>
#include <stdint.h>

#define PBC_MAGIC "PROMOPBC"
/* 3: REQUIRE_CMP and JUMP_UNLESS (and the opcodes renumbered around them).
 * 2: the checksum reads 64-bit words in four lanes (pbc_checksum); 1 was
 * FNV-1a byte by byte, a quarter of the time of loading a big program. */
#define PBC_VERSION 3u
#define PBC_HEADER 28u       /* magic, version, length, checksum, nsections */
#define PBC_SECTION_ENTRY 12u /* id, offset, length */
/* Sections, in this order, each exactly once. */
enum { SEC_META = 1, SEC_STRINGS, SEC_CONSTS, SEC_ACTS, SEC_GROUPS, SEC_REFS, SEC_INDEX, SEC_CODE,
       SEC__END };
#define PBC_NSECTIONS (SEC__END - 1)
#define PBC_DATA (PBC_HEADER + PBC_NSECTIONS * PBC_SECTION_ENTRY)
/* Fixed record sizes. */
#define PBC_META_SIZE 20u
#define PBC_ACT_SIZE 76u
#define PBC_GROUP_SIZE 20u
#define PBC_KEY_SIZE 16u
/* The checksum covers every byte except its own 8 (offset 16..23). */
#define PBC_SUM_OFF 16u

/* The checksum of the len bytes of a .pbc at b, its own field read as
 * zero (docs/bytecode.md gives the algorithm). len >= PBC_SUM_OFF + 8. */
uint64_t pbc_checksum(const uint8_t *b, size_t len);

#endif
