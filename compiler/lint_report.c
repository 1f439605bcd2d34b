/* lint_report.c — every lint finding goes through here, so its severity
 * and code always come from the one rule table (lint_rules.h). */
#include <stdarg.h>
#include <stdio.h>
#include "compiler/overlap.h"
#include "support/alloc.h"

const lint_rule_info_t lint_rule_table[LINT_RULE_COUNT] = {
#define LINT_ROW(e, id, sev, short_doc, help) { id, sev, short_doc, help },
	LINT_RULES(LINT_ROW)
#undef LINT_ROW
};

diag_t *lint_report(diag_list_t *dl, lint_rule_t r, const src_file_t *f, span_t sp, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = n >= 0 ? px_malloc((size_t)n + 1) : NULL;
	if (!msg) {
		dl->oom = true;
		return NULL;
	}
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	diag_t *d = diag_add(dl, lint_rule_table[r].sev, lint_rule_table[r].id, f, sp, "%s", msg);
	px_free(msg);
	return d;
}
