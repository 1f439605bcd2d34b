/* lint.h — the overlap checker and the pre-launch linter (issue 4), as the
 * library calls them. Both only read a checked program (fe_compile with no
 * errors) and add findings to a diag_list_t; the diag's code is the rule id
 * from lint_rules.h ("overlap", "bare-percent", ...). */
#ifndef PROMO_LINT_H
#define PROMO_LINT_H
#include <stdbool.h>
#include <stdint.h>
#include "compiler/ast.h"
#include "compiler/catalog.h"
#include "compiler/diag.h"
#include "compiler/lint_rules.h"

typedef enum {
#define LINT_ENUM(e, id, sev, short_doc, help) LINT_##e,
	LINT_RULES(LINT_ENUM)
#undef LINT_ENUM
	LINT_RULE_COUNT
} lint_rule_t;

typedef struct lint_rule_info {
	const char *id;
	diag_sev_t sev;
	const char *short_doc, *help;
} lint_rule_info_t;

extern const lint_rule_info_t lint_rule_table[LINT_RULE_COUNT];

typedef struct lint_opts {
	int64_t now; /* epoch seconds: "now" for window-ended */
} lint_opts_t;

/* Overlap errors (and may-overlap warnings when cat is NULL) for p.
 * cat may be NULL. Returns the number of overlap errors added, or -1 when
 * memory ran out. `promo build` relies on this signature: keep it. */
int overlap_check(const program_t *p, const catalog_t *cat, diag_list_t *dl);

/* Every lint rule, overlap included. cat may be NULL (catalog rules are
 * then skipped). Returns the number of findings, or -1 on out-of-memory.
 * Findings are sorted by location. */
int lint_program(const program_t *p, const catalog_t *cat, const lint_opts_t *o, diag_list_t *dl);

/* Parses an instant for --now: "YYYY-MM-DD[(T| )HH:MM[:SS]][Z|±HH:MM]";
 * without a zone it is read in tz_minutes. Returns false when malformed. */
bool lint_parse_time(const char *s, int tz_minutes, int64_t *epoch);
/* "2026-11-11 20:00" (seconds shown only when not zero) in tz_minutes. */
void lint_format_time(int64_t epoch, int tz_minutes, char out[32]);

#endif
