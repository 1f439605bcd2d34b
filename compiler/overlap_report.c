/* overlap_report.c — an overlap finding in the operator's words: both
 * activities with both locations, what they share (SKU, category, brand,
 * the order, shipping), when (in the program's timezone), for which cart,
 * and what to write instead. */
#include <stdio.h>
#include <string.h>
#include "compiler/overlap_report.h"

void orep_zone(int minutes, char out[8])
{
	int m = minutes < 0 ? -minutes : minutes;
	snprintf(out, 8, "%c%02d:%02d", minutes < 0 ? '-' : '+', m / 60 % 100, m % 60);
}

static const char *orep_target_name(const activity_t *a)
{
	return a->target.names.n ? ((const name_t *)a->target.names.items[0])->s : "";
}

/* What both act on: "SKU-1002", "category shoes", "SKU-1 (brand acme)". */
static void orep_scope(buf_t *o, const obucket_t *b, const oentry_t *x, const oentry_t *y)
{
	const char *name = b->key + 2;
	const char *via = x->native ? y->via : x->via;
	switch (b->key[0]) {
	case OB_SKU: buf_puts(o, name); break;
	case OB_ORDER: buf_puts(o, "the order"); break;
	case OB_SHIP: buf_puts(o, "shipping"); break;
	default:
		if (via)
			buf_printf(o, "%s (%s %s)", via, b->key[0] == OB_CAT ? "category" : "brand", name);
		else
			buf_printf(o, "%s %s", b->key[0] == OB_CAT ? "category" : "brand", name);
	}
}

/* The shared part of two windows, or "at any time". */
static void orep_when(buf_t *o, const program_t *p, const oact_t *x, const oact_t *y)
{
	int64_t s = x->start > y->start ? x->start : y->start;
	int64_t e = x->end < y->end ? x->end : y->end;
	char a[32], b[32], z[8];
	if (s == INT64_MIN && e == INT64_MAX) {
		buf_puts(o, "at any time");
		return;
	}
	lint_format_time(s, p->tz_minutes, a);
	lint_format_time(e, p->tz_minutes, b);
	orep_zone(p->tz_minutes, z);
	if (s == INT64_MIN)
		buf_printf(o, "until %s (%s)", b, z);
	else if (e == INT64_MAX)
		buf_printf(o, "from %s on (%s)", a, z);
	else
		buf_printf(o, "from %s to %s (%s)", a, b, z);
}

/* Without a catalog: why the two may meet. */
static void orep_maybe(buf_t *o, const oentry_t *x, const oentry_t *y, const activity_t *ax,
		       const activity_t *ay)
{
	const oentry_t *sku = !x->native ? x : !y->native ? y : NULL;
	const oentry_t *grp = sku == x ? y : x;
	const activity_t *ag = grp == x ? ax : ay;
	if (sku) {
		buf_printf(o, "if %s is in %s %s; give --catalog", sku->via,
			   grp->role == ROLE_CAT ? "category" : "brand", orep_target_name(ag));
		return;
	}
	const activity_t *ac = x->role == ROLE_CAT ? ax : ay, *ab = ac == ax ? ay : ax;
	buf_printf(o, "if a SKU of category %s has brand %s; give --catalog", orep_target_name(ac),
		   orep_target_name(ab));
}

static void orep_message(buf_t *m, orep_t *r, const obucket_t *b, const oentry_t *x, const oentry_t *y,
			 const oact_t *ox, const oact_t *oy, const char *witness)
{
	const oact_t *first = ox->act->index < oy->act->index ? ox : oy, *second = first == ox ? oy : ox;
	buf_printf(m, "activity '%s' ", second->act->name.s);
	if (b->key[0] == OB_UNKNOWN) {
		buf_printf(m, "may overlap '%s' ", first->act->name.s);
		orep_maybe(m, x, y, ox->act, oy->act);
		return;
	}
	buf_printf(m, "overlaps '%s': both apply to ", first->act->name.s);
	orep_scope(m, b, x, y);
	buf_puts(m, " ");
	orep_when(m, r->p, ox, oy);
	if (!*witness)
		buf_puts(m, ", for any cart");
	else if (ox->cond.unknown || oy->cond.unknown)
		buf_printf(m, ", for %s", witness);
	else
		buf_printf(m, ", for a cart with %s", witness);
}

bool orep_report(orep_t *r, const obucket_t *b, const oentry_t *x, const oentry_t *y,
		 const oact_t *ox, const oact_t *oy, const char *witness)
{
	const oact_t *first = ox->act->index < oy->act->index ? ox : oy, *second = first == ox ? oy : ox;
	buf_t m;
	buf_init(&m);
	orep_message(&m, r, b, x, y, ox, oy, witness);
	lint_rule_t rule = b->key[0] == OB_UNKNOWN ? LINT_MAY_OVERLAP : LINT_OVERLAP;
	diag_t *d = buf_failed(&m) ? NULL
				   : lint_report(r->dl, rule, r->p->file, second->act->name.span, "%s", m.data);
	buf_free(&m);
	if (!d)
		return false;
	diag_note(d, r->p->file, first->act->name.span, "'%s' is declared here", first->act->name.s);
	if (rule == LINT_OVERLAP)
		diag_note(d, NULL, (span_t){ 0, 0 },
			  "put them in an exclusive or stack group, or separate their windows");
	return true;
}
