/* promo.y — the grammar of the promo language.
 *
 * Actions build AST nodes and nothing else: one ast_* constructor call each
 * (compiler/ast_new.h). Names, literals and the fit of effects to targets
 * are checked later (compiler/check*.c). Locations are byte spans.
 *
 * Error recovery happens at declaration boundaries: a mistake inside an
 * activity, define or setting skips to the next "activity", "define",
 * "exclusive", "stack", "}" or setting, so each mistake gives one message
 * and the rest of the file is still checked. Bison stays quiet for three
 * tokens after an error; reading the word that starts a declaration ends
 * that (yyerrok), so a mistake in the very next declaration is reported. (yyerrok in the recovery rules
 * themselves would loop: they reduce by default, on any token.)
 * A broken group header ("exclusiv g {", "exclusive g bets {") resyncs on
 * its '{': the braces still pair up, so the closing '}' is not a second
 * mistake, and the members inside are kept and checked.
 */
%code requires {
#include "compiler/ast.h"
#include "compiler/ast_test.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
struct parse_ctx;
}

%code provides {
/* flex's bison bridge expects the unprefixed names. */
#define YYSTYPE PROMO_YYSTYPE
#define YYLTYPE PROMO_YYLTYPE
int promo_yylex(PROMO_YYSTYPE *yylval_param, PROMO_YYLTYPE *yylloc_param, yyscan_t yyscanner);
}

%code {
#include "compiler/ast_new.h"
#include "compiler/parse_ctx.h"
#include "compiler/parse_err.h"

/* A rule's span runs from its first symbol to the end of its last; an
 * empty rule sits just after what precedes it. */
#define YYLLOC_DEFAULT(Cur, Rhs, N) \
	do { \
		if (N) { \
			(Cur).off = YYRHSLOC(Rhs, 1).off; \
			(Cur).len = YYRHSLOC(Rhs, N).off + YYRHSLOC(Rhs, N).len - (Cur).off; \
		} else { \
			(Cur).off = YYRHSLOC(Rhs, 0).off + YYRHSLOC(Rhs, 0).len; \
			(Cur).len = 0; \
		} \
	} while (0)

/* Stack limit: deeper input is refused with a message, never a crash. */
#define YYMAXDEPTH 20000
#define P (pc->prog)
static void yyerror(const span_t *loc, yyscan_t scanner, struct parse_ctx *pc, const char *msg);
}

%define api.pure full
%define api.prefix {promo_yy}
%define api.location.type {span_t}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {yyscan_t scanner}
%parse-param {struct parse_ctx *pc}

%union {
	test_t *test;
	test_stmt_t *tstmt;
	test_attr_t *tattr;
	name_t name;
	lit_t lit;
	datetime_t dt;
	int zone;
	int ival;
	cond_t *cond;
	effect_t *eff;
	step_t *step;
	value_t *val;
	vec_t vec;
	target_t *tgt;
	clause_t *clause;
	activity_t *act;
	group_t *grp;
	member_t *mem;
}

/* Every node lives in the program's arena, freed in one call, so error
 * recovery cannot leak: nothing to do when bison discards a value. */
%destructor { (void)$$; } <*>

%token <name> IDENT "name"
%token <name> STRING "string"
%token <lit> NUMBER "number"
%token <lit> ZHE "discount (折)"
%token <dt> DATETIME "date"
%token <zone> ZONE "time zone (like +08:00)"
%token ARROW "->" GE ">=" LE "<=" NE "!=" EQ "==" DOTDOT ".." MINUS "-"
%token KW_CURRENCY "currency" KW_TIMEZONE "timezone" KW_ROUNDING "rounding"
%token KW_DEFINE "define" KW_ACTIVITY "activity" KW_WINDOW "window"
%token KW_STOCK "stock" KW_LIMIT "limit" KW_PER "per" KW_CUSTOMER "customer"
%token KW_BUDGET "budget" KW_COUPON "coupon" KW_ITEM "item" KW_ITEMS "items"
%token KW_CATEGORY "category" KW_BRAND "brand" KW_COMBO "combo" KW_ORDER "order"
%token KW_SHIPPING "shipping" KW_WHEN "when" KW_AND "and" KW_OR "or" KW_NOT "not"
%token KW_IN "in" KW_TIER "tier" KW_SPEND "spend" KW_EVERY "every" KW_MAX "max"
%token KW_NTH "nth" KW_PICK "pick" KW_FOR "for" KW_GIFT "gift" KW_ADDON "addon"
%token KW_AT "at" KW_FREE "free" KW_PRICE "price" KW_EACH "each"
%token KW_EXCLUSIVE "exclusive" KW_BEST "best" KW_FIRST "first" KW_STACK "stack"
%token KW_CART "cart" KW_QTY "qty" KW_TRUE "true" KW_FALSE "false" KW_TEST "test"
%token KW_X "x"

/* ---- test blocks (docs/testing.md): these words are keywords only
 * inside "test ... { }" (compiler/keywords.h PROMO_TEST_KEYWORDS) ---- */
%token KW_EXPECT "expect" KW_LINE "line" KW_STATE "state" KW_USED "used" KW_TOTAL "total"
%token KW_SUBTOTAL "subtotal" KW_DISCOUNT "discount" KW_APPLIED "applied" KW_OFFER "offer"
%type <test> test_block
%type <tstmt> test_stmt test_line
%type <vec> test_stmts test_attrs
%type <tattr> test_attr
%type <ival> state_kind

%left KW_OR
%left KW_AND
%precedence KW_NOT

%type <name> sku label def_head
%type <ival> cmp subject
%type <cond> cond when_opt
%type <eff> effect effect_core simple simple_core
%type <step> step
%type <vec> steps sku_list value_list members
%type <val> value
%type <tgt> target
%type <clause> clause
%type <act> act_head activity
%type <grp> group
%type <mem> member

%%

program
	: %empty
	| tops
	;

tops
	: top
	| tops top
	;

top
	: setting
	| define
	| member                              { ast_top_member(P, $1); }
	| test_block                          { ast_top_test(P, $1); }
	| error
	| error '{' members '}'               { ast_top_members(P, $3); }
	;

setting
	: kw_currency IDENT                   { ast_set_currency(P, @$, $2); }
	| kw_timezone ZONE                    { ast_set_timezone(P, @$, @2, $2); }
	| kw_rounding IDENT                   { ast_set_rounding(P, @$, $2); }
	;

/* The words that start a declaration are reduced as soon as they are
 * read (no lookahead needed), ending the quiet time after an error before
 * the next word is judged. */
kw_currency  : KW_CURRENCY                { yyerrok; } ;
kw_timezone  : KW_TIMEZONE                { yyerrok; } ;
kw_rounding  : KW_ROUNDING                { yyerrok; } ;
kw_define    : KW_DEFINE                  { yyerrok; } ;
kw_activity  : KW_ACTIVITY                { yyerrok; } ;
kw_exclusive : KW_EXCLUSIVE               { yyerrok; } ;
kw_stack     : KW_STACK                   { yyerrok; } ;

define
	: def_head effect_core                { ast_define_effect(P, @$, $1, $2); }
	| def_head cond                       { ast_define_cond(P, @$, $1, $2); }
	;

def_head
	: kw_define IDENT '='                 { $$ = $2; }
	;

member
	: activity                            { $$ = ast_member_act(P, $1); }
	| group                               { $$ = ast_member_group(P, $1); }
	;

/* ---- groups ---- */
group
	: kw_exclusive IDENT '{' members '}'  { $$ = ast_group(P, @$, @3, GRP_EXCLUSIVE_BEST, false, $2, $4); }
	| kw_exclusive IDENT KW_BEST '{' members '}'  { $$ = ast_group(P, @$, @4, GRP_EXCLUSIVE_BEST, true, $2, $5); }
	| kw_exclusive IDENT KW_FIRST '{' members '}' { $$ = ast_group(P, @$, @4, GRP_EXCLUSIVE_FIRST, true, $2, $5); }
	| kw_stack IDENT '{' members '}'      { $$ = ast_group(P, @$, @3, GRP_STACK, true, $2, $4); }
	;

members
	: %empty                              { $$ = ast_vec_empty(); }
	| members member                      { $$ = ast_vec_push(P, $1, $2); }
	| members error                       { $$ = $1; }
	| members error '{' members '}'       { $$ = ast_vec_concat(P, $1, $4); }
	;

/* ---- activities ---- */
activity
	: act_head target when_opt ':' effect { $$ = ast_activity_finish(P, $1, @$, $2, $3, $5); }
	;

act_head
	: kw_activity IDENT                   { $$ = ast_activity(P, @$, $2, NULL); }
	| kw_activity IDENT STRING            { $$ = ast_activity(P, @$, $2, &$3); }
	| act_head clause                     { $$ = ast_activity_clause(P, $1, $2); }
	;

clause
	: KW_WINDOW DATETIME DOTDOT DATETIME  { $$ = ast_clause_window(P, @$, $2, $4); }
	| KW_STOCK NUMBER                     { $$ = ast_clause_num(P, @$, CLAUSE_STOCK, $2); }
	| KW_LIMIT NUMBER KW_PER KW_CUSTOMER  { $$ = ast_clause_num(P, @$, CLAUSE_LIMIT, $2); }
	| KW_BUDGET NUMBER                    { $$ = ast_clause_num(P, @$, CLAUSE_BUDGET, $2); }
	| KW_COUPON STRING                    { $$ = ast_clause_coupon(P, @$, $2); }
	;

target
	: KW_ITEM sku                         { $$ = ast_target_one(P, @$, TGT_ITEM, $2); }
	| KW_ITEMS '(' sku_list ')'           { $$ = ast_target_list(P, @$, TGT_ITEMS, $3); }
	| KW_CATEGORY label                   { $$ = ast_target_one(P, @$, TGT_CATEGORY, $2); }
	| KW_BRAND label                      { $$ = ast_target_one(P, @$, TGT_BRAND, $2); }
	| KW_COMBO '(' sku_list ')'           { $$ = ast_target_list(P, @$, TGT_COMBO, $3); }
	| KW_ORDER                            { $$ = ast_target_plain(P, @$, TGT_ORDER); }
	| KW_ORDER cmp NUMBER                 { $$ = ast_target_order(P, @$, $2, $3); }
	| KW_SHIPPING                         { $$ = ast_target_plain(P, @$, TGT_SHIPPING); }
	;

sku
	: IDENT
	| STRING
	| NUMBER                              { $$ = ast_name_of_number(P, $1); }
	;

label
	: IDENT
	| STRING
	;

sku_list
	: sku                                 { $$ = ast_names_push(P, ast_vec_empty(), $1); }
	| sku_list ',' sku                    { $$ = ast_names_push(P, $1, $3); }
	;

when_opt
	: %empty                              { $$ = NULL; }
	| KW_WHEN cond                        { $$ = $2; }
	;

/* ---- conditions ---- */
cond
	: cond KW_OR cond                     { $$ = ast_cond_binary(P, @$, COND_OR, $1, $3); }
	| cond KW_AND cond                    { $$ = ast_cond_binary(P, @$, COND_AND, $1, $3); }
	| KW_NOT cond                         { $$ = ast_cond_not(P, @$, $2); }
	| '(' cond ')'                        { $$ = $2; }
	| subject '.' IDENT                   { $$ = ast_cond_attr(P, @$, $1, $3); }
	| subject '.' IDENT cmp value         { $$ = ast_cond_attr_cmp(P, @$, $1, $3, $4, $5); }
	| subject '.' IDENT KW_IN '(' value_list ')' { $$ = ast_cond_attr_in(P, @$, $1, $3, $6); }
	| KW_ORDER cmp NUMBER                 { $$ = ast_cond_amount(P, @$, COND_ORDER, $2, $3); }
	| KW_QTY cmp NUMBER                   { $$ = ast_cond_amount(P, @$, COND_QTY, $2, $3); }
	| KW_COUPON STRING                    { $$ = ast_cond_coupon(P, @$, $2); }
	| IDENT                               { $$ = ast_cond_ref(P, @$, $1); }
	;

subject
	: KW_CUSTOMER                         { $$ = SUBJ_CUSTOMER; }
	| KW_CART                             { $$ = SUBJ_CART; }
	;

cmp
	: GE                                  { $$ = CMP_GE; }
	| LE                                  { $$ = CMP_LE; }
	| NE                                  { $$ = CMP_NE; }
	| EQ                                  { $$ = CMP_EQ; }
	| '<'                                 { $$ = CMP_LT; }
	| '>'                                 { $$ = CMP_GT; }
	;

value
	: STRING                              { $$ = ast_value_str(P, @$, $1); }
	| NUMBER                              { $$ = ast_value_num(P, @$, $1); }
	| KW_TRUE                             { $$ = ast_value_bool(P, @$, true); }
	| KW_FALSE                            { $$ = ast_value_bool(P, @$, false); }
	;

value_list
	: value                               { $$ = ast_vec_push(P, ast_vec_empty(), $1); }
	| value_list ',' value                { $$ = ast_vec_push(P, $1, $3); }
	;

/* ---- effects ---- */
effect
	: effect_core
	| IDENT                               { $$ = ast_eff_ref(P, @$, $1); }
	;

/* Ladders hold only simple effects, so "tier 2 -> 95%, 5 -> 80%" cannot
 * be read two ways; the checker narrows further (docs/language.md). */
effect_core
	: simple_core
	| KW_TIER steps                       { $$ = ast_eff_steps(P, @$, EFF_TIER, $2); }
	| KW_SPEND steps                      { $$ = ast_eff_steps(P, @$, EFF_SPEND, $2); }
	| KW_EVERY NUMBER ARROW MINUS NUMBER  { $$ = ast_eff_every(P, @$, $2, $5, NULL); }
	| KW_EVERY NUMBER ARROW MINUS NUMBER KW_MAX MINUS NUMBER { $$ = ast_eff_every(P, @$, $2, $5, &$8); }
	| KW_NTH NUMBER ARROW simple          { $$ = ast_eff_nth(P, @$, $2, $4); }
	| KW_PICK NUMBER KW_FOR NUMBER        { $$ = ast_eff_pick(P, @$, $2, $4); }
	;

simple
	: simple_core
	| IDENT                               { $$ = ast_eff_ref(P, @$, $1); }
	;

simple_core
	: NUMBER '%'                          { $$ = ast_eff_percent(P, @$, PCT_PAY, $1); }
	| MINUS NUMBER '%'                    { $$ = ast_eff_percent(P, @$, PCT_OFF, $2); }
	| ZHE                                 { $$ = ast_eff_percent(P, @$, PCT_ZHE, $1); }
	| MINUS NUMBER                        { $$ = ast_eff_money(P, @$, EFF_OFF, $2); }
	| MINUS NUMBER KW_EACH                { $$ = ast_eff_money(P, @$, EFF_OFF_EACH, $2); }
	| KW_PRICE NUMBER                     { $$ = ast_eff_money(P, @$, EFF_PRICE, $2); }
	| KW_GIFT sku                         { $$ = ast_eff_gift(P, @$, $2, NULL); }
	| KW_GIFT sku KW_X NUMBER             { $$ = ast_eff_gift(P, @$, $2, &$4); }
	| KW_ADDON sku KW_AT NUMBER           { $$ = ast_eff_addon(P, @$, $2, $4); }
	| KW_FREE                             { $$ = ast_eff_free(P, @$); }
	;

steps
	: step                                { $$ = ast_vec_push(P, ast_vec_empty(), $1); }
	| steps ',' step                      { $$ = ast_vec_push(P, $1, $3); }
	;

step
	: NUMBER ARROW simple                 { $$ = ast_step(P, @$, $1, $3); }
	;


/* ---- test blocks (docs/testing.md) ---------------------------------------
 * A cart and expectations on its price, beside the rules. Kept apart from
 * the rules above: nothing here changes how a program prices. */
test_block
	: KW_TEST STRING '{' test_stmts '}'   { $$ = ast_test_new(P, $2, @3, $4, @$); }
	;

test_stmts
	: %empty                              { $$ = ast_vec_empty(); }
	| test_stmts test_stmt                { $$ = ast_vec_push(P, $1, $2); }
	| test_stmts error                    { $$ = $1; }
	;

test_stmt
	: KW_AT DATETIME                      { $$ = ast_tst_at(P, $2, @$); }
	| KW_CUSTOMER test_attrs              { $$ = ast_tst_attrs(P, TST_CUSTOMER, $2, @$); }
	| KW_CART test_attrs                  { $$ = ast_tst_attrs(P, TST_CART, $2, @$); }
	| KW_COUPON STRING                    { $$ = ast_tst_named(P, TST_COUPON, $2, @$); }
	| test_line
	| KW_SHIPPING NUMBER                  { $$ = ast_tst_shipping(P, $2, @$); }
	| KW_STATE state_kind IDENT NUMBER    { $$ = ast_tst_state(P, (char)$2, $3, $4, @$); }
	| KW_EXPECT KW_TOTAL NUMBER           { $$ = ast_tst_expect(P, EXP_TOTAL, NULL, NULL, &$3, @$); }
	| KW_EXPECT KW_SUBTOTAL NUMBER        { $$ = ast_tst_expect(P, EXP_SUBTOTAL, NULL, NULL, &$3, @$); }
	| KW_EXPECT KW_DISCOUNT NUMBER        { $$ = ast_tst_expect(P, EXP_DISCOUNT, NULL, NULL, &$3, @$); }
	| KW_EXPECT KW_SHIPPING NUMBER        { $$ = ast_tst_expect(P, EXP_SHIPPING, NULL, NULL, &$3, @$); }
	| KW_EXPECT KW_LINE sku KW_TOTAL NUMBER { $$ = ast_tst_expect(P, EXP_LINE, &$3, NULL, &$5, @$); }
	| KW_EXPECT KW_APPLIED IDENT          { $$ = ast_tst_expect(P, EXP_APPLIED, &$3, NULL, NULL, @$); }
	| KW_EXPECT KW_APPLIED IDENT NUMBER   { $$ = ast_tst_expect(P, EXP_APPLIED, &$3, NULL, &$4, @$); }
	| KW_EXPECT KW_NOT KW_APPLIED IDENT   { $$ = ast_tst_expect(P, EXP_NOT_APPLIED, &$4, NULL, NULL, @$); }
	| KW_EXPECT KW_GIFT sku               { $$ = ast_tst_expect(P, EXP_GIFT, &$3, NULL, NULL, @$); }
	| KW_EXPECT KW_GIFT sku KW_X NUMBER   { $$ = ast_tst_expect(P, EXP_GIFT, &$3, &$5, NULL, @$); }
	| KW_EXPECT KW_OFFER sku KW_AT NUMBER { $$ = ast_tst_expect(P, EXP_OFFER, &$3, NULL, &$5, @$); }
	;

test_line
	: KW_LINE sku KW_AT NUMBER            { $$ = ast_tst_line(P, $2, NULL, $4, @$); }
	| KW_LINE sku KW_X NUMBER KW_AT NUMBER { $$ = ast_tst_line(P, $2, &$4, $6, @$); }
	| test_line KW_CATEGORY label         { $$ = ast_tst_line_tag(P, $1, 'c', $3, @$); }
	| test_line KW_BRAND label            { $$ = ast_tst_line_tag(P, $1, 'b', $3, @$); }
	;

state_kind
	: KW_USED                             { $$ = 'u'; }
	| KW_STOCK                            { $$ = 's'; }
	| KW_BUDGET                           { $$ = 'b'; }
	;

/* After "customer", "cart" or "," the lexer reads any word as a name, so
 * "customer tier \"vip\", first_order" needs no keyword list here. */
test_attrs
	: test_attr                           { $$ = ast_vec_push(P, ast_vec_empty(), $1); }
	| test_attrs ',' test_attr            { $$ = ast_vec_push(P, $1, $3); }
	;

test_attr
	: IDENT                               { $$ = ast_tst_attr(P, $1, NULL, @$); }
	| IDENT value                         { $$ = ast_tst_attr(P, $1, $2, @$); }
	;

%%

/* The expected-token list comes from LAC, so it is exact; the wording and
 * the "did you mean" live in compiler/parse_err.c. */
static int yyreport_syntax_error(const yypcontext_t *yc, yyscan_t scanner, struct parse_ctx *pc)
{
	(void)scanner;
	yysymbol_kind_t exp[YYNTOKENS];
	int n = yypcontext_expected_tokens(yc, exp, YYNTOKENS);
	const char *names[YYNTOKENS];
	for (int i = 0; i < n; i++)
		names[i] = yysymbol_name(exp[i]);
	yysymbol_kind_t la = yypcontext_token(yc);
	pe_syntax_error(pc, *yypcontext_location(yc), la == YYSYMBOL_YYEOF, la == YYSYMBOL_IDENT,
			yysymbol_name(la), names, n < 0 ? 0 : (size_t)n);
	return 0;
}

/* Only "memory exhausted" reaches here (syntax errors go above). */
static void yyerror(const span_t *loc, yyscan_t scanner, struct parse_ctx *pc, const char *msg)
{
	(void)scanner;
	pe_parser_limit(pc, *loc, msg);
}
