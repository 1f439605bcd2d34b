/* opcodes.h — THE table of bytecode instructions. One row per opcode:
 *   X(NAME, POP, PUSH, FLOW, LEVELS, K1, K2, K3, "synopsis")
 * POP/PUSH: values taken from / left on the evaluation stack.
 * FLOW: OPF_NEXT (falls through), OPF_END (ends the activity's code),
 *       OPF_JUMP (falls through and may jump forward), OPF_GOTO (always jumps).
 * LEVELS: the activity levels where the opcode may appear (LV_* bits).
 * K1..K3: operand kinds (OPK_*), each with its encoded width and range check;
 *        a jump operand comes last (the distance counts from the next opcode).
 * The enum, the disassembler's names and the verifier's operand, stack and
 * level checks are all generated from this table; nothing else lists opcodes.
 *
 * The stack holds int64 values: money in minor units, counts, booleans (0/1).
 * REQUIRE_CMP and JUMP_UNLESS compare a value of the environment with a
 * constant without the stack: the code generator's commonest shapes (an
 * `order >= X` target, a ladder's step) as one instruction instead of four.
 * An activity's code evaluates its conditions, then selects one effect (a
 * terminal opcode); the interpreter applies that effect to the activity's
 * scope (a line, the lines of a pick/nth, a combo, the order, shipping). */
#ifndef PROMO_OPCODES_H
#define PROMO_OPCODES_H
#include <stdint.h>

/* Operand kinds: X(KIND, bytes, "disasm label"). */
#define OPK_LIST(X)                                                        \
	X(OPK_NONE,   0, "")                                                     \
	X(OPK_CONST,  4, "const")  /* constant pool index, any value */          \
	X(OPK_MONEY,  4, "money")  /* constant pool index, value >= 0 */         \
	X(OPK_RATE,   4, "rate")   /* constant pool index, 0..RATE_ONE */        \
	X(OPK_COUNT,  4, "count")  /* constant pool index, value >= 1 */         \
	X(OPK_STEP,   4, "step")   /* constant pool index, money >= 1 (divides) */ \
	X(OPK_DEC,    4, "dec")    /* index of two constants: digits, scale 0..18 */ \
	X(OPK_STR,    4, "str")    /* string table index */                      \
	X(OPK_JUMP,   4, "jump")   /* forward distance from the next instruction */ \
	X(OPK_CMP,    1, "cmp")    /* 0..5: == != < <= > >= */                   \
	X(OPK_SUBJOP, 1, "subj")   /* subject*8 + cmp: customer 0, cart 1 */     \
	X(OPK_REASON, 1, "reason") /* reason_t (vm/result.h) */                  \
	X(OPK_BOOL,   1, "bool")   /* 0 or 1 */                                  \
	X(OPK_TEST,   1, "test")   /* source*8 + cmp: qty 0, base 1, order 2 */
#define X(k, w, l) k,
typedef enum { OPK_LIST(X) OPK__COUNT } op_kind_t;
#undef X

enum { OPF_NEXT, OPF_END, OPF_JUMP, OPF_GOTO };

/* The values an OPK_TEST operand compares (source*8 + cmp). */
enum { VM_SRC_QTY, VM_SRC_BASE, VM_SRC_ORDER };

/* Level bits (vm_level_t values as bits). */
#define LV_ITEM 1
#define LV_COMBO 2
#define LV_ORDER 4
#define LV_SHIP 8
#define LV_ALL 15

#define OPCODE_LIST(X)                                                                      \
	/* values */                                                                            \
	X(PUSH,       0, 1, OPF_NEXT, LV_ALL, OPK_CONST, OPK_NONE, OPK_NONE, "push a constant") \
	X(LOAD_QTY,   0, 1, OPF_NEXT, LV_ALL, OPK_NONE, OPK_NONE, OPK_NONE,                    \
	  "push the units in scope (line: units that may get the activity)")                   \
	X(LOAD_BASE,  0, 1, OPF_NEXT, LV_ALL, OPK_NONE, OPK_NONE, OPK_NONE,                    \
	  "push the amount the effect applies to (line, combo sum, order, shipping)")          \
	X(LOAD_ORDER, 0, 1, OPF_NEXT, LV_ALL, OPK_NONE, OPK_NONE, OPK_NONE,                    \
	  "push the order subtotal at this point of pricing")                                  \
	X(CMP,        2, 1, OPF_NEXT, LV_ALL, OPK_CMP, OPK_NONE, OPK_NONE, "compare a OP b")   \
	X(AND,        2, 1, OPF_NEXT, LV_ALL, OPK_NONE, OPK_NONE, OPK_NONE, "a and b")         \
	X(OR,         2, 1, OPF_NEXT, LV_ALL, OPK_NONE, OPK_NONE, OPK_NONE, "a or b")          \
	X(NOT,        1, 1, OPF_NEXT, LV_ALL, OPK_NONE, OPK_NONE, OPK_NONE, "not a")           \
	/* facts about the cart */                                                              \
	X(ATTR,       0, 1, OPF_NEXT, LV_ALL, OPK_SUBJOP, OPK_STR, OPK_NONE,                   \
	  "push whether customer./cart.KEY is truthy")                                          \
	X(ATTR_STR,   0, 1, OPF_NEXT, LV_ALL, OPK_SUBJOP, OPK_STR, OPK_STR,                    \
	  "compare attribute KEY with a string")                                               \
	X(ATTR_NUM,   0, 1, OPF_NEXT, LV_ALL, OPK_SUBJOP, OPK_STR, OPK_DEC,                    \
	  "compare attribute KEY with an exact decimal")                                       \
	X(ATTR_BOOL,  0, 1, OPF_NEXT, LV_ALL, OPK_SUBJOP, OPK_STR, OPK_BOOL,                   \
	  "compare attribute KEY with true/false")                                             \
	X(HAS_COUPON, 0, 1, OPF_NEXT, LV_ALL, OPK_STR, OPK_NONE, OPK_NONE,                     \
	  "push whether the cart holds coupon CODE")                                           \
	/* control (forward only: every activity's code terminates) */                         \
	X(JUMP_IF_FALSE, 1, 0, OPF_JUMP, LV_ALL, OPK_JUMP, OPK_NONE, OPK_NONE,                 \
	  "pop; jump forward when false")                                                      \
	X(JUMP,       0, 0, OPF_GOTO, LV_ALL, OPK_JUMP, OPK_NONE, OPK_NONE, "jump forward")    \
	X(JUMP_UNLESS, 0, 0, OPF_JUMP, LV_ALL, OPK_TEST, OPK_CONST, OPK_JUMP,                  \
	  "jump forward unless SOURCE CMP K (a ladder's step)")                                \
	X(REQUIRE,    1, 0, OPF_NEXT, LV_ALL, OPK_REASON, OPK_NONE, OPK_NONE,                  \
	  "pop; when false the activity does not apply, for REASON")                           \
	X(REQUIRE_CMP, 0, 0, OPF_NEXT, LV_ALL, OPK_TEST, OPK_CONST, OPK_REASON,                \
	  "unless SOURCE CMP K the activity does not apply, for REASON")                       \
	X(HINT,       0, 0, OPF_NEXT, LV_ALL, OPK_MONEY, OPK_NONE, OPK_NONE,                   \
	  "next threshold on the base: hint = K - base")                                       \
	X(HINT_ORDER, 0, 0, OPF_NEXT, LV_ALL, OPK_MONEY, OPK_NONE, OPK_NONE,                   \
	  "next threshold on the order: hint = K - order")                                     \
	X(FAIL,       0, 0, OPF_END, LV_ALL, OPK_REASON, OPK_NONE, OPK_NONE,                   \
	  "the activity does not apply, for REASON")                                           \
	/* effects: each ends the code and names what the interpreter applies */               \
	X(PCT,        0, 0, OPF_END, LV_ALL & ~LV_SHIP, OPK_RATE, OPK_NONE, OPK_NONE,          \
	  "pay RATE (ppm) of the base, rounded once")                                          \
	X(OFF,        0, 0, OPF_END, LV_ALL, OPK_MONEY, OPK_NONE, OPK_NONE,                    \
	  "take M off the base, once")                                                         \
	X(OFF_EACH,   0, 0, OPF_END, LV_ITEM, OPK_MONEY, OPK_NONE, OPK_NONE,                   \
	  "take M off each unit")                                                              \
	X(PRICE,      0, 0, OPF_END, LV_ITEM, OPK_MONEY, OPK_NONE, OPK_NONE,                   \
	  "unit price P (never raises a price)")                                               \
	X(NTH,        0, 0, OPF_NEXT, LV_ITEM, OPK_COUNT, OPK_NONE, OPK_NONE,                  \
	  "every K-th unit (cheapest first) gets the effect that follows")                     \
	X(PICK,       0, 0, OPF_END, LV_ITEM, OPK_COUNT, OPK_MONEY, OPK_NONE,                  \
	  "groups of N units (cheapest first) for M")                                          \
	X(EVERY,      0, 0, OPF_END, LV_COMBO | LV_ORDER, OPK_STEP, OPK_MONEY, OPK_MONEY,      \
	  "floor(base / M) x N off, at most C")                                                \
	X(GIFT,       0, 0, OPF_END, LV_ALL & ~LV_SHIP, OPK_STR, OPK_COUNT, OPK_NONE,          \
	  "add SKU x N as a free line")                                                        \
	X(ADDON,      0, 0, OPF_END, LV_ALL & ~LV_SHIP, OPK_STR, OPK_MONEY, OPK_NONE,          \
	  "one unit of SKU at P when in the cart, else an offer")                              \
	X(FREE,       0, 0, OPF_END, LV_SHIP, OPK_NONE, OPK_NONE, OPK_NONE, "free shipping")

#define X(name, pop, push, flow, lv, k1, k2, k3, syn) OP_##name,
typedef enum { OPCODE_LIST(X) OP__COUNT } opcode_t;
#undef X

/* The generated views of the table (vm/opinfo.c). */
typedef struct op_info {
	const char *name;
	uint8_t pop, push, flow, levels;
	uint8_t kind[3];
	const char *synopsis;
} op_info_t;
extern const op_info_t vm_ops[OP__COUNT];
extern const uint8_t vm_opk_width[OPK__COUNT];
extern const char *const vm_opk_label[OPK__COUNT];
/* Encoded length of an instruction (opcode byte + operands). */
unsigned vm_op_len(opcode_t op);

#endif
