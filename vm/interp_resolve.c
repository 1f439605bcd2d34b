/* interp_resolve.c — groups. Candidates (activities of one level, sorted by
 * declaration, all under one top-level member) are resolved down the group
 * tree: a stack applies its members in order, each on the running base;
 * exclusive best picks the member giving the largest discount (ties: first
 * declared); exclusive first the first that applies. Because activities are
 * numbered in declaration (depth-first) order, each child's candidates are a
 * contiguous run. */
#include "vm/interp.h"

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

/* One past the candidates held by c[i]'s member of g, which goes to *child.
 * A group's activities are a run of ids, so its candidates are too. */
static inline size_t run_end(const vm_program_t *p, const uint32_t *c, size_t i, size_t n, uint32_t g,
		      uint32_t *child)
{
	size_t j = i + 1;
	if (p->acts[c[i]].parent == g) { /* an activity of g itself: a run of one */
		*child = c[i];
		return j;
	}
	*child = child_of(p, c[i], g);
	if (!(*child & VM_GROUP_BIT))
		return j;
	uint32_t end = p->groups[*child & ~VM_GROUP_BIT].acts_end;
	while (j < n && c[j] < end)
		j++;
	return j;
}

static int64_t member(vm_ctx_t *x, uint32_t ref, const uint32_t *c, size_t n, int64_t base, bool commit,
		      bool *applied, uint32_t *winner);

/* An activity as a member: tried, and recorded when committing. */
static inline int64_t leaf(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied,
			   uint32_t *winner)
{
	vm_try_t t;
	x->try_act(x, act, base, &t);
	if (commit)
		x->commit(x, act, &t);
	*applied = t.applied;
	if (t.applied)
		*winner = act;
	return t.d;
}

static int64_t stack(vm_ctx_t *x, uint32_t g, const uint32_t *c, size_t n, int64_t base, bool commit,
		     bool *applied, uint32_t *winner)
{
	int64_t total = 0;
	for (size_t i = 0, j; i < n && !x->failed; i = j) {
		bool ap = false;
		uint32_t w = UINT32_MAX, ref;
		j = run_end(x->p, c, i, n, g, &ref);
		if (ref & VM_GROUP_BIT)
			total += member(x, ref, c + i, j - i, base - total, commit, &ap, &w);
		else
			total += leaf(x, ref, base - total, commit, &ap, &w);
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

/* Where a candidate's try is kept while its exclusive group decides: the
 * slot of its place in s->cands (every candidate has its own). */
static inline vm_try_t *slot(vm_ctx_t *x, const uint32_t *c)
{
	return &x->s->tries[c - x->s->cands];
}

/* Runs whose first-pass answer an exclusive group keeps when they are
 * nested groups (more: asked again); an activity keeps its whole try. */
#define EXCL_MEMO 64

/* Pass 1: every member's answer until the decision; the index of the best
 * run (n when none applied). */
static size_t excl_pick(vm_ctx_t *x, uint32_t g, const uint32_t *c, size_t n, int64_t base,
			bool *ap_of, size_t *asked, int64_t *best_d, uint32_t *winner)
{
	bool first = x->p->groups[g].kind == VM_GRP_FIRST;
	size_t best = n;
	for (size_t i = 0, j; i < n && !x->failed; i = j) {
		bool ap = false;
		uint32_t w = UINT32_MAX, ref;
		int64_t d;
		j = run_end(x->p, c, i, n, g, &ref);
		if (ref & VM_GROUP_BIT) {
			d = member(x, ref, c + i, j - i, base, false, &ap, &w);
		} else {
			vm_try_t t0, *t = x->memo ? slot(x, c + i) : &t0;
			x->try_act(x, ref, base, t);
			d = t->d, ap = t->applied, w = ref;
		}
		if (*asked < EXCL_MEMO)
			ap_of[*asked] = ap;
		(*asked)++;
		if (ap && d > *best_d) {
			best = i, *best_d = d, *winner = w;
			if (first)
				break;
		}
	}
	return best;
}

/* Pass 2 for an activity: the winner commits, a member that applied loses,
 * the others record why not. kept: the try pass 1 made (NULL: ask again);
 * the winner's budget cut is traced again as it commits. */
static inline int64_t excl_settle(vm_ctx_t *x, uint32_t act, const uint32_t *c, int64_t base,
				  vm_try_t *kept, bool win, uint32_t winner)
{
	vm_try_t fresh, *t = kept ? kept : &fresh;
	if (!kept)
		x->try_act(x, act, base, t);
	else if (win && t->capped)
		vm_trace_cap(x, act, t->uncapped, t->d);
	if (!win && t->applied) {
		lose(x, c, 1, winner);
		return 0;
	}
	x->commit(x, act, t);
	return win ? t->d : 0;
}

/* An exclusive group whose members are all activities (the usual case):
 * each candidate is a member of its own, and no run needs finding. */
static int64_t excl_leaves(vm_ctx_t *x, uint32_t g, const uint32_t *c, size_t n, int64_t base,
			   bool commit, bool *applied, uint32_t *winner)
{
	bool first = x->p->groups[g].kind == VM_GRP_FIRST;
	size_t best = n, asked = 0, i;
	int64_t best_d = -1, given = 0;
	vm_try_t *tries = x->memo ? slot(x, c) : NULL; /* the members' slots, in order */
	for (i = 0; i < n && !x->failed; i++) {
		vm_try_t t0, *t = tries ? tries + i : &t0;
		x->try_act(x, c[i], base, t);
		asked = i + 1;
		if (t->applied && t->d > best_d) {
			best = i, best_d = t->d, *winner = c[i];
			if (first)
				break;
		}
	}
	*applied = best < n;
	if (!commit || x->failed)
		return best < n ? best_d : 0;
	for (i = 0; i < n && !x->failed; i++)
		given += excl_settle(x, c[i], c + i, base, tries && i < asked ? tries + i : NULL, i == best,
				     *winner);
	return given;
}

static int64_t exclusive(vm_ctx_t *x, uint32_t g, const uint32_t *c, size_t n, int64_t base,
			 bool commit, bool *applied, uint32_t *winner)
{
	if (x->p->groups[g].leaves)
		return excl_leaves(x, g, c, n, base, commit, applied, winner);
	bool ap_of[EXCL_MEMO];
	size_t i, j, r, asked = 0;
	int64_t best_d = -1;
	size_t best = excl_pick(x, g, c, n, base, ap_of, &asked, &best_d, winner);
	*applied = best < n;
	if (!commit || x->failed)
		return best < n ? best_d : 0;
	int64_t given = 0;
	for (i = 0, r = 0; i < n && !x->failed; i = j, r++) {
		bool ap = false, kept = x->memo && r < asked;
		uint32_t w = UINT32_MAX, ref;
		j = run_end(x->p, c, i, n, g, &ref);
		if (!(ref & VM_GROUP_BIT)) {
			given += excl_settle(x, ref, c + i, base, kept ? slot(x, c + i) : NULL, i == best,
					     *winner);
			continue;
		}
		if (i == best) {
			given = member(x, ref, c + i, j - i, base, true, &ap, &w);
			continue;
		}
		if (kept && r < EXCL_MEMO)
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
	if (!(ref & VM_GROUP_BIT))
		return leaf(x, ref, base, commit, applied, winner);
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
	if (!p->spans)
		return; /* no group to take */
	for (size_t k = 0; k < s->n_touched; k++) {
		uint32_t a = s->touched[k];
		if (!p->acts[a].spans || p->acts[a].level != level || !s->acts[a].applied)
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
	if (!p->acts[act].spans)
		return UINT32_MAX; /* no exclusive group above it spans levels */
	for (uint32_t g = p->acts[act].parent; g != VM_NONE; g = p->groups[g].parent) {
		const grp_state_t *gs = &x->s->grps[g];
		if (gs->gen == x->s->gen && gs->child != child_of(p, act, g))
			return gs->winner;
	}
	return UINT32_MAX;
}
