/* check_struct.c — the shape of the program: activities and groups in
 * declaration order (program->acts, ->groups), parents and indexes, one
 * namespace for their names, groups of at least two, clauses at most
 * once each, windows. */
#include "compiler/check.h"

static const char *clause_name[] = { "window", "stock", "limit", "budget", "coupon" };

static void claim_name(chk_t *c, name_t n, span_t *first_of)
{
	span_t *old = sym_get(&c->members, n.s);
	if (old) {
		diag_t *e = chk_error(c, c->p->file, n.span, "'%s' is already the name of an activity or group", n.s);
		diag_note(e, c->p->file, *old, "first used here");
		return;
	}
	sym_put(&c->members, n.s, first_of);
}

/* Each clause at most once; the values kept are the first's. */
static void check_clauses(chk_t *c, activity_t *a)
{
	const clause_t *first[CLAUSE_COUPON + 1] = { 0 };
	for (size_t i = 0; i < a->clauses.n; i++) {
		const clause_t *cl = a->clauses.items[i];
		if (!first[cl->kind]) {
			first[cl->kind] = cl;
			continue;
		}
		diag_t *e = chk_error(c, c->p->file, cl->span, "'%s' is given twice in activity '%s'",
				      clause_name[cl->kind], a->name.s);
		diag_note(e, c->p->file, first[cl->kind]->span, "first given here");
	}
}

static void check_activity(chk_t *c, activity_t *a, group_t *parent)
{
	a->parent = parent;
	a->index = (int)c->p->acts.n;
	if (a->index == LIM_ACTIVITIES) /* said once, at the first one too many */
		chk_error(c, c->p->file, a->name.span,
			  "more than %d activities in one program (docs/limits.md): split the campaign",
			  LIM_ACTIVITIES);
	if (vec_push(c->p->arena, &c->p->acts, a) != 0)
		c->p->oom = true;
	claim_name(c, a->name, &a->name.span);
	check_clauses(c, a);
	if (a->has_window)
		chk_window(c, a);
	if (a->has_stock)
		chk_count(c, c->p->file, &a->stock, "stock");
	if (a->has_limit)
		chk_count(c, c->p->file, &a->limit, "limit per customer");
	if (a->has_budget)
		chk_money(c, c->p->file, &a->budget, "budget");
}

static void check_members(chk_t *c, vec_t *members, group_t *parent);

static void check_group(chk_t *c, group_t *g, group_t *parent)
{
	g->parent = parent;
	g->index = (int)c->p->groups.n;
	if (vec_push(c->p->arena, &c->p->groups, g) != 0)
		c->p->oom = true;
	claim_name(c, g->name, &g->name.span);
	if (g->members.n < 2 && !c->syntax_errors) {
		diag_t *e = chk_error(c, c->p->file, g->name.span, "group '%s' has %s: a group needs at least two members",
				      g->name.s, g->members.n ? "one member" : "no members");
		if (g->members.n)
			diag_note(e, c->p->file, g->open, "add another activity or group here, or drop the group");
	}
	check_members(c, &g->members, g);
}

/* Recursion follows the nesting of groups, which the lexer caps at
 * FE_MAX_DEPTH open braces. */
static void check_members(chk_t *c, vec_t *members, group_t *parent)
{
	for (size_t i = 0; i < members->n; i++) {
		member_t *m = members->items[i];
		if (m->is_group)
			check_group(c, m->grp, parent);
		else
			check_activity(c, m->act, parent);
	}
}

void chk_structure(chk_t *c)
{
	check_members(c, &c->p->top, NULL);
}
