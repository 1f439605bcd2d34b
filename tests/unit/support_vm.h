/* support_vm.h — test helpers: compile promo source to a program, build
 * carts, price them. Failures abort the test through cmocka. */
#ifndef PROMO_SUPPORT_VM_H
#define PROMO_SUPPORT_VM_H
#include "vm/program.h"

/* The order-level seed example of issue 3 (a stack holding an exclusive
 * group and a coupon), shared by the pricing tests. */
#define TVM_CHECKOUT_SRC                                                   \
	"define vip = customer.tier in (\"vip\", \"svip\")\n"                \
	"stack checkout {\n"                                                \
	"  exclusive order_deals best {\n"                                  \
	"    activity big_order order >= 500: -30\n"                        \
	"    activity newcomer order >= 100 when customer.first_order: -50\n" \
	"    activity vip_every order when vip: every 300 -> -40 max -200\n" \
	"  }\n"                                                             \
	"  activity save50 coupon \"SAVE50\" budget 100000 order >= 300: -50\n" \
	"}\n"

/* Source → checked AST → program; fails the test on any error. */
vm_program_t *tvm_compile(const char *src);
/* Saves and reloads p (the loader and verifier must accept it). */
vm_program_t *tvm_roundtrip(const vm_program_t *p);
/* A line "SKU qty price" (price in minor units); category/brand may be NULL. */
void tvm_line(cart_t *c, const char *sku, int64_t qty, int64_t price, const char *cat, const char *brand);
void tvm_bool(cart_t *c, const char *key, bool v);
void tvm_str(cart_t *c, const char *key, const char *v);
/* Prices and asserts the status is 0. */
void tvm_price(const vm_program_t *p, const cart_t *c, result_t *r);
/* Index of the activity by name (fails the test when absent). */
uint32_t tvm_act(const vm_program_t *p, const char *name);
/* The discount activity `name` gave (0 when it is not in applied[]). */
int64_t tvm_applied(const vm_program_t *p, const result_t *r, const char *name);
/* The reason `name` is in not_applied[] for, or -1. */
int tvm_skipped(const vm_program_t *p, const result_t *r, const char *name);
/* The hint for `name`, or -1. */
int64_t tvm_hint(const vm_program_t *p, const result_t *r, const char *name);
/* Asserts line totals add up to total - shipping and nothing is negative. */
void tvm_check_invariants(const result_t *r);

#endif
