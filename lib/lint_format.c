/* lint_format.c — diagnostics as JSON Lines and as a SARIF 2.1.0 log, for
 * CI and code-review tools. Built only on the public accessors, so the
 * renderers see exactly what an embedder sees. */
#include <stdio.h>
#include <string.h>
#include "lib/api_internal.h"
#include "support/buf.h"

static const char *const sev_word[] = { "error", "warning", "note" };

static void put_str(buf_t *b, const char *s)
{
	if (s)
		buf_put_json_str(b, s, strlen(s));
	else
		buf_puts(b, "null");
}

static void json_place(buf_t *b, const promo_diag *d)
{
	buf_puts(b, "\"file\":");
	put_str(b, promo_diag_file(d));
	buf_printf(b, ",\"line\":%d,\"col\":%d,\"end_line\":%d,\"end_col\":%d,\"message\":",
		   promo_diag_line(d), promo_diag_col(d), promo_diag_end_line(d), promo_diag_end_col(d));
	put_str(b, promo_diag_message(d));
}

static void json_one(buf_t *b, const promo_diag *d)
{
	buf_puts(b, "{\"rule\":");
	put_str(b, promo_diag_code(d));
	buf_printf(b, ",\"severity\":\"%s\",", sev_word[promo_diag_severity(d)]);
	json_place(b, d);
	buf_puts(b, ",\"related\":[");
	for (size_t j = 0; j < promo_diag_note_count(d); j++) {
		buf_puts(b, j ? ",{" : "{");
		json_place(b, promo_diag_note(d, j));
		buf_putc(b, '}');
	}
	buf_puts(b, "]}\n");
}

static promo_status take(buf_t *b, char **out)
{
	*out = buf_failed(b) ? NULL : buf_take(b);
	buf_free(b);
	return *out ? PROMO_OK : PROMO_E_NOMEM;
}

promo_status promo_diags_json(const promo_diags *ds, char **out)
{
	if (!ds || !out)
		return PROMO_E_NULL;
	buf_t b;
	buf_init(&b);
	buf_puts(&b, ""); /* an empty result is "", not NULL */
	for (size_t i = 0; i < promo_diags_count(ds); i++)
		json_one(&b, promo_diags_at(ds, i));
	return take(&b, out);
}

/* ---- SARIF ---------------------------------------------------------------- */

/* A file name as a URI reference: unreserved bytes and '/' kept,
 * everything else percent-encoded (UTF-8 bytes one by one); an absolute
 * path becomes a file: URI (SARIF forbids a relative reference starting
 * with '/'). */
static void sarif_uri(buf_t *b, const char *s)
{
	buf_t u;
	buf_init(&u);
	buf_puts(&u, s[0] == '/' ? "file://" : "");
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~/", *p))
			buf_putc(&u, (char)*p);
		else
			buf_printf(&u, "%%%02X", *p);
	}
	put_str(b, buf_failed(&u) ? "" : u.data ? u.data : "");
	buf_free(&u);
}

static void sarif_location(buf_t *b, const promo_diag *d)
{
	buf_puts(b, "\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
	sarif_uri(b, promo_diag_file(d));
	buf_printf(b, "},\"region\":{\"startLine\":%d,\"startColumn\":%d,\"endLine\":%d,\"endColumn\":%d}}",
		   promo_diag_line(d), promo_diag_col(d), promo_diag_end_line(d), promo_diag_end_col(d));
}

static void sarif_rules(buf_t *b)
{
	buf_puts(b, "\"rules\":[");
	for (size_t i = 0; i < promo_lint_rule_count(); i++) {
		const char *id, *desc, *help;
		char full[512];
		promo_severity sev;
		promo_lint_rule(i, &id, &sev, &desc, &help);
		buf_puts(b, i ? ",{\"id\":" : "{\"id\":");
		put_str(b, id);
		buf_puts(b, ",\"shortDescription\":{\"text\":");
		put_str(b, desc);
		buf_puts(b, "},\"fullDescription\":{\"text\":");
		buf_put_json_str(b, full, (size_t)snprintf(full, sizeof full, "%s. %s", desc, help));
		buf_puts(b, "},\"help\":{\"text\":");
		put_str(b, help);
		buf_printf(b, "},\"defaultConfiguration\":{\"level\":\"%s\"}}", sev_word[sev]);
	}
	buf_puts(b, ",{\"id\":\"check\",\"shortDescription\":{\"text\":\"the program does not compile\"},"
		    "\"fullDescription\":{\"text\":\"An error or warning of promo check: syntax, names, "
		    "literals, windows, effects.\"},\"help\":{\"text\":\"Fix the program as the message "
		    "says; see docs/language.md.\"},\"defaultConfiguration\":{\"level\":\"error\"}}]");
}

static long sarif_rule_index(const char *code)
{
	for (size_t i = 0; code && i < promo_lint_rule_count(); i++) {
		const char *id;
		promo_lint_rule(i, &id, NULL, NULL, NULL);
		if (strcmp(id, code) == 0)
			return (long)i;
	}
	return (long)promo_lint_rule_count(); /* the "check" rule */
}

static void sarif_result(buf_t *b, const promo_diag *d, bool first)
{
	const char *code = promo_diag_code(d);
	long ri = sarif_rule_index(code);
	buf_puts(b, first ? "{\"ruleId\":" : ",{\"ruleId\":");
	put_str(b, ri < (long)promo_lint_rule_count() ? code : "check");
	buf_printf(b, ",\"ruleIndex\":%ld,\"level\":\"%s\",\"message\":{\"text\":", ri,
		   sev_word[promo_diag_severity(d)]);
	put_str(b, promo_diag_message(d));
	buf_puts(b, "}");
	if (promo_diag_file(d)) {
		buf_puts(b, ",\"locations\":[{");
		sarif_location(b, d);
		buf_puts(b, "}]");
	}
	buf_puts(b, ",\"relatedLocations\":[");
	int k = 0;
	for (size_t j = 0; j < promo_diag_note_count(d); j++) {
		const promo_diag *n = promo_diag_note(d, j);
		if (!promo_diag_file(n))
			continue; /* a hint without a place: SARIF wants a location */
		buf_printf(b, "%s{\"id\":%d,", k ? "," : "", k + 1);
		sarif_location(b, n);
		buf_puts(b, ",\"message\":{\"text\":");
		put_str(b, promo_diag_message(n));
		buf_puts(b, "}}");
		k++;
	}
	buf_puts(b, "]}");
}

promo_status promo_diags_sarif(const promo_diags *const *ds, size_t n, char **out)
{
	if ((!ds && n) || !out)
		return PROMO_E_NULL;
	buf_t b;
	buf_init(&b);
	buf_printf(&b, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
		       "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"promo\",\"version\":\"%s\",",
		   promo_version());
	sarif_rules(&b);
	buf_puts(&b, "}},\"columnKind\":\"unicodeCodePoints\",\"results\":[");
	bool first = true;
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; ds[k] && i < promo_diags_count(ds[k]); i++) {
			sarif_result(&b, promo_diags_at(ds[k], i), first);
			first = false;
		}
	buf_puts(&b, "]}]}\n");
	return take(&b, out);
}
