/* ast_new.h — the constructors the grammar actions call, one per action.
 * Each allocates in p->arena and records nothing but what was written;
 * on out-of-memory they return NULL (or an empty value) and set
 * p->oom, and the parse driver abandons the tree. Internal. */
#ifndef PROMO_AST_NEW_H
#define PROMO_AST_NEW_H
#include "compiler/ast.h"

/* Settings, defines and top-level members (recorded in p->decls). */
void ast_set_currency(program_t *p, span_t sp, name_t code);
void ast_set_timezone(program_t *p, span_t sp, span_t zone_sp, int minutes);
void ast_set_rounding(program_t *p, span_t sp, name_t mode);
void ast_define_effect(program_t *p, span_t sp, name_t name, effect_t *e);
/* A condition that is a bare name becomes an alias (DEF_ALIAS). */
void ast_define_cond(program_t *p, span_t sp, name_t name, cond_t *c);
void ast_top_member(program_t *p, member_t *m);
/* The members of a group whose header had a syntax error: kept at the
 * level the group stood at, so the activities inside are still checked. */
void ast_top_members(program_t *p, vec_t members);
void ast_comment(program_t *p, span_t sp);

member_t *ast_member_act(program_t *p, activity_t *a);
member_t *ast_member_group(program_t *p, group_t *g);
group_t *ast_group(program_t *p, span_t sp, span_t open, group_kind_t kind, bool written,
		   name_t name, vec_t members);

activity_t *ast_activity(program_t *p, span_t sp, name_t name, const name_t *title);
activity_t *ast_activity_clause(program_t *p, activity_t *a, clause_t *cl);
activity_t *ast_activity_finish(program_t *p, activity_t *a, span_t sp, target_t *t, cond_t *when,
				effect_t *e);
clause_t *ast_clause_window(program_t *p, span_t sp, datetime_t start, datetime_t end);
clause_t *ast_clause_num(program_t *p, span_t sp, clause_kind_t kind, lit_t n);
clause_t *ast_clause_coupon(program_t *p, span_t sp, name_t code);

target_t *ast_target_one(program_t *p, span_t sp, target_kind_t kind, name_t n);
target_t *ast_target_list(program_t *p, span_t sp, target_kind_t kind, vec_t names);
target_t *ast_target_plain(program_t *p, span_t sp, target_kind_t kind);
target_t *ast_target_order(program_t *p, span_t sp, int op, lit_t amount);

/* A SKU written as a bare integer keeps its digits as text. */
name_t ast_name_of_number(program_t *p, lit_t n);
vec_t ast_vec_empty(void);
vec_t ast_vec_push(program_t *p, vec_t v, void *item);
vec_t ast_vec_concat(program_t *p, vec_t v, vec_t more);
vec_t ast_names_push(program_t *p, vec_t v, name_t n);

cond_t *ast_cond_binary(program_t *p, span_t sp, cond_kind_t kind, cond_t *a, cond_t *b);
cond_t *ast_cond_not(program_t *p, span_t sp, cond_t *a);
cond_t *ast_cond_attr(program_t *p, span_t sp, int subject, name_t attr);
cond_t *ast_cond_attr_cmp(program_t *p, span_t sp, int subject, name_t attr, int op, value_t *v);
cond_t *ast_cond_attr_in(program_t *p, span_t sp, int subject, name_t attr, vec_t vals);
cond_t *ast_cond_amount(program_t *p, span_t sp, cond_kind_t kind, int op, lit_t n);
cond_t *ast_cond_coupon(program_t *p, span_t sp, name_t code);
cond_t *ast_cond_ref(program_t *p, span_t sp, name_t ref);

value_t *ast_value_str(program_t *p, span_t sp, name_t s);
value_t *ast_value_num(program_t *p, span_t sp, lit_t n);
value_t *ast_value_bool(program_t *p, span_t sp, bool b);

effect_t *ast_eff_percent(program_t *p, span_t sp, pct_form_t form, lit_t n);
effect_t *ast_eff_money(program_t *p, span_t sp, eff_kind_t kind, lit_t n);
effect_t *ast_eff_steps(program_t *p, span_t sp, eff_kind_t kind, vec_t steps);
effect_t *ast_eff_every(program_t *p, span_t sp, lit_t every, lit_t off, const lit_t *max);
effect_t *ast_eff_nth(program_t *p, span_t sp, lit_t k, effect_t *sub);
effect_t *ast_eff_pick(program_t *p, span_t sp, lit_t n, lit_t money);
effect_t *ast_eff_gift(program_t *p, span_t sp, name_t sku, const lit_t *count);
effect_t *ast_eff_addon(program_t *p, span_t sp, name_t sku, lit_t money);
effect_t *ast_eff_free(program_t *p, span_t sp);
effect_t *ast_eff_ref(program_t *p, span_t sp, name_t ref);
step_t *ast_step(program_t *p, span_t sp, lit_t at, effect_t *e);

#endif
