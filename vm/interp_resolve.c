/* interp_resolve.c — groups. Candidates (activities of one level, sorted by
 * declaration, all under one top-level member) are resolved down the group
 * tree: a stack applies its members in order, each on the running base;
 * exclusive best picks the member giving the largest discount (ties: first
 * declared); exclusive first the first that applies. Because activities are
 * numbered in declaration (depth-first) order, each child's candidates are a
 * contiguous run. */
#include "vm/interp.h"

uint32_t vm_root(const vm_program_t *p, uint32_t act)
{
	uint32_t ref = act, par = p->acts[act].parent;
	while (par != VM_NONE) {
		ref = par | VM_GROUP_BIT;
		par = p->groups[par].parent;
	}
	return ref;
}

/* The member of group g that holds activity act. */
static uint32_t child_of(const vm_program_t *p, uint32_t act, uint32_t g)
{
	uint32_t ref = act, par = p->acts[act].parent;
	while (par != g && par != VM_NONE) {
		ref = par | VM_GROUP_BIT;
		par = p->groups[par].parent;
	}
	return ref;
}

static size_t run_end(const vm_program_t *p, const uint32_t *c, size_t i, size_t n, uint32_t g)
{
	uint32_t child = child_of(p, c[i], g);
	size_t j = i + 1;
	while (j < n && child_of(p, c[j], g) == child)
		j++;
	return j;
}

static int64_t member(vm_ctx_t *x, uint32_t ref, const uint32_t *c, size_t n, int64_t base, bool commit,
		      bool *applied, uint32_t *winner);

static int64_t stack(vm_ctx_t *x, uint32_t g, const uint32_t *c, size_t n, int64_t base, bool commit,
		     bool *applied, uint32_t *winner)
{
	int64_t total = 0;
	for (size_t i = 0, j; i < n && !x->failed; i = j) {
		j = run_end(x->p, c, i, n, g);
		bool ap = false;
		uint32_t w = UINT32_MAX;
		total += member(x, child_of(x->p, c[i], g), c + i, j - i, base - total, commit, &ap, &w);
		if (ap && *winner == UINT32_MAX)
			*winner = w;
		*applied |= ap;
	}
	return total;
}

static void lose(vm_ctx_t *x, const uint32_t *c, size_t n, uint32_t by)
{
	for (size_t i = 0; i < n; i++)
		vm_not_applied(x, c[i], REASON_LOST, by);
}

/* Runs whose first-pass answer an exclusive group keeps (more: asked again). */
#define EXCL_MEMO 64

static int64_t exclusive(vm_ctx_t *x, uint32_t g, const uint32_t *c, size_t n, int64_t base,
			 bool commit, bool *applied, uint32_t *winner)
{
	bool first = x->p->groups[g].kind == VM_GRP_FIRST, ap_of[EXCL_MEMO];
	size_t best = n, i, j, r, asked = 0;
	int64_t best_d = -1;
	for (i = 0; i < n && !x->failed; i = j) {
		j = run_end(x->p, c, i, n, g);
		bool ap = false;
		uint32_t w = UINT32_MAX;
		int64_t d = member(x, child_of(x->p, c[i], g), c + i, j - i, base, false, &ap, &w);
		if (asked < EXCL_MEMO)
			ap_of[asked] = ap;
		asked++;
		if (ap && d > best_d) {
			best = i, best_d = d, *winner = w;
			if (first)
				break;
		}
	}
	*applied = best < n;
	if (!commit || x->failed)
		return best < n ? best_d : 0;
	int64_t given = 0;
	for (i = 0, r = 0; i < n && !x->failed; i = j, r++) {
		j = run_end(x->p, c, i, n, g);
		bool ap = false;
		uint32_t w = UINT32_MAX, ref = child_of(x->p, c[i], g);
		if (i == best) {
			given = member(x, ref, c + i, j - i, base, true, &ap, &w);
			continue;
		}
		if (x->memo && r < asked && r < EXCL_MEMO)
			ap = ap_of[r];
		else
			member(x, ref, c + i, j - i, base, false, &ap, &w);
		if (ap)
			lose(x, c + i, j - i, *winner);
		else
			member(x, ref, c + i, j - i, base, true, &ap, &w); /* records why not */
	}
	return given;
}

static int64_t member(vm_ctx_t *x, uint32_t ref, const uint32_t *c, size_t n, int64_t base, bool commit,
		      bool *applied, uint32_t *winner)
{
	if (!(ref & VM_GROUP_BIT)) {
		int64_t d = x->eval(x, ref, base, commit, applied);
		if (*applied)
			*winner = ref;
		return d;
	}
	uint32_t g = ref & ~VM_GROUP_BIT;
	if (x->p->groups[g].kind == VM_GRP_STACK)
		return stack(x, g, c, n, base, commit, applied, winner);
	return exclusive(x, g, c, n, base, commit, applied, winner);
}

int64_t vm_resolve(vm_ctx_t *x, const uint32_t *cands, size_t n, int64_t base, uint32_t *winner)
{
	bool applied = false;
	*winner = UINT32_MAX;
	int64_t d = member(x, vm_root(x->p, cands[0]), cands, n, base, true, &applied, winner);
	if (!applied)
		*winner = UINT32_MAX;
	return d;
}

/* Exclusive groups span levels: once a member applied at one level, the
 * other members lose at the later levels (levels are priced in order). */
void vm_take_groups(vm_ctx_t *x, int level)
{
	const vm_program_t *p = x->p;
	vm_scratch_t *s = x->s;
	for (size_t k = 0; k < s->n_touched; k++) {
		uint32_t a = s->touched[k];
		if (p->acts[a].level != level || !s->acts[a].applied)
			continue;
		for (uint32_t g = p->acts[a].parent; g != VM_NONE; g = p->groups[g].parent) {
			grp_state_t *gs = &s->grps[g];
			bool mixed = p->groups[g].levels & ~(1u << level);
			if (p->groups[g].kind == VM_GRP_STACK || !mixed)
				continue;
			if (gs->gen != s->gen || a < gs->winner)
				*gs = (grp_state_t){ s->gen, child_of(p, a, g), a };
		}
	}
}

uint32_t vm_taken_by(vm_ctx_t *x, uint32_t act)
{
	const vm_program_t *p = x->p;
	for (uint32_t g = p->acts[act].parent; g != VM_NONE; g = p->groups[g].parent) {
		const grp_state_t *gs = &x->s->grps[g];
		if (gs->gen == x->s->gen && gs->child != child_of(p, act, g))
			return gs->winner;
	}
	return UINT32_MAX;
}
