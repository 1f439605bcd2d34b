/* disasm.c — vm_disasm: a readable listing of a program: settings,
 * groups, activities with their clauses, the index, and each activity's
 * code with opcode names from the one table (vm/opcodes.h). */
#include <inttypes.h>
#include <string.h>
#include "vm/bytes.h"
#include "vm/opcodes.h"
#include "vm/program.h"

static const char *const cmp_names[] = { "==", "!=", "<", "<=", ">", ">=" };
static const char *const test_sources[] = { "qty", "base", "order" };

/* One operand; ATTR (truthiness) shows its subject without a comparison. */
static void operand(const vm_program_t *p, buf_t *o, uint8_t op, op_kind_t k, const uint8_t *c,
		    uint32_t next)
{
	if (k == OPK_NONE)
		return;
	uint32_t x = vm_opk_width[k] == 4 ? rd_u32(c) : c[0];
	switch (k) {
	case OPK_STR: buf_put_json_str(o, vm_str(p, x), strlen(vm_str(p, x))); return;
	case OPK_JUMP: buf_printf(o, "-> %u", next + x); return;
	case OPK_CMP: buf_puts(o, cmp_names[x]); return;
	case OPK_SUBJOP:
		buf_printf(o, "%s%s%s", x >> 3 ? "cart" : "customer", op == OP_ATTR ? "" : " ",
			   op == OP_ATTR ? "" : cmp_names[x & 7]);
		return;
	case OPK_REASON: buf_puts(o, reason_code((reason_t)x)); return;
	case OPK_BOOL: buf_puts(o, x ? "true" : "false"); return;
	case OPK_TEST: buf_printf(o, "%s %s", test_sources[x >> 3], cmp_names[x & 7]); return;
	case OPK_DEC: buf_printf(o, "%" PRId64 "e-%" PRId64, p->consts[x], p->consts[x + 1]); return;
	default: buf_printf(o, "%" PRId64, p->consts[x]); return;
	}
}

static void code(const vm_program_t *p, const vm_act_t *a, buf_t *o)
{
	for (uint32_t pc = a->code; pc < a->code + a->code_len;) {
		const op_info_t *in = &vm_ops[p->code[pc]];
		uint32_t len = vm_op_len(p->code[pc]), at = pc + 1;
		buf_printf(o, in->kind[0] == OPK_NONE ? "    %5u  %s" : "    %5u  %-13s", pc - a->code,
			   in->name);
		for (int k = 0; k < 3 && in->kind[k] != OPK_NONE; k++) {
			buf_puts(o, k ? ", " : " ");
			operand(p, o, p->code[pc], in->kind[k], p->code + at, pc + len - a->code);
			at += vm_opk_width[in->kind[k]];
		}
		buf_putc(o, '\n');
		pc += len;
	}
}

static void clauses(const vm_program_t *p, const vm_act_t *a, buf_t *o)
{
	if (a->flags & VM_F_WINDOW)
		buf_printf(o, "  window [%" PRId64 ", %" PRId64 ")", a->start, a->end);
	if (a->flags & VM_F_STOCK)
		buf_printf(o, "  stock %" PRId64, a->stock);
	if (a->flags & VM_F_LIMIT)
		buf_printf(o, "  limit %" PRId64 " per customer", a->limit);
	if (a->flags & VM_F_BUDGET)
		buf_printf(o, "  budget %" PRId64, a->budget);
	if (a->flags & VM_F_COUPON)
		buf_printf(o, "  coupon \"%s\"", vm_str(p, a->coupon));
}

static void activity(const vm_program_t *p, uint32_t i, buf_t *o)
{
	const vm_act_t *a = &p->acts[i];
	buf_printf(o, "activity %u %s", i, vm_str(p, a->name));
	if (a->title != VM_NONE)
		buf_printf(o, " \"%s\"", vm_str(p, a->title));
	buf_printf(o, "\n  level %s, target %s", vm_level_name(a->level), vm_target_name(a->target));
	for (uint32_t k = 0; k < a->nnames; k++)
		buf_printf(o, "%s%s", k ? ", " : " (", vm_str(p, p->refs[a->names + k]));
	buf_puts(o, a->nnames ? ")" : "");
	if (a->parent != VM_NONE)
		buf_printf(o, ", in group %s", vm_str(p, p->groups[a->parent].name));
	clauses(p, a, o);
	buf_printf(o, "\n  code %u bytes at %u:\n", a->code_len, a->code);
	code(p, a, o);
}

static void groups(const vm_program_t *p, buf_t *o)
{
	for (uint32_t g = 0; g < p->ngroups; g++) {
		const vm_group_t *gr = &p->groups[g];
		buf_printf(o, "group %u %s: %s {", g, vm_str(p, gr->name), vm_group_kind_name(gr->kind));
		for (uint32_t k = 0; k < gr->nmembers; k++) {
			uint32_t m = p->refs[gr->members + k];
			buf_printf(o, " %s", m & VM_GROUP_BIT ? vm_str(p, p->groups[m & ~VM_GROUP_BIT].name)
							      : vm_str(p, p->acts[m].name));
		}
		buf_puts(o, " }\n");
	}
}

static void index_(const vm_program_t *p, buf_t *o)
{
	static const char *const kinds[] = { "sku", "category", "brand", "combo sku" };
	buf_printf(o, "index (%u keys):\n", p->nkeys);
	for (uint32_t i = 0; i < p->nkeys; i++) {
		const vm_key_t *k = &p->keys[i];
		buf_printf(o, "  %s %s ->", kinds[k->kind], vm_str(p, k->key));
		for (uint32_t j = 0; j < k->nacts; j++)
			buf_printf(o, " %s", vm_str(p, p->acts[p->refs[k->acts + j]].name));
		buf_putc(o, '\n');
	}
}

int vm_disasm(const vm_program_t *p, buf_t *out)
{
	buf_printf(out, "program: currency %s (%u decimals), rounding %s, timezone %+d min\n",
		   vm_str(p, p->currency), p->decimals, p->rounding ? "half-even" : "half-up",
		   (int)p->tz_minutes);
	buf_printf(out, "%u activities, %u groups, %u strings, %u constants, %u code bytes\n\n",
		   p->nacts, p->ngroups, p->nstr, p->nconsts, p->code_len);
	groups(p, out);
	for (uint32_t i = 0; i < p->nacts; i++)
		activity(p, i, out);
	index_(p, out);
	return buf_failed(out) ? -1 : 0;
}
