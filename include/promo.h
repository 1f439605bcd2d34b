/* promo.h — the one public header of libpromo.
 *
 * libpromo compiles .promo programs (promotion rules) into verified bytecode
 * and prices carts with it, exactly, in integer minor units.
 *
 * Ownership, once for the whole API: every object a promo_*_new / _load /
 * _compile function returns belongs to the caller, who frees it with the
 * matching promo_*_free (NULL is accepted and ignored). Strings the library
 * returns through accessors belong to the object they came from and live as
 * long as it does. Strings the library returns as "char **out" are the
 * caller's, freed with promo_free(). Where a function differs, it says so.
 *
 * Errors: every function that can fail returns a promo_status (0 = OK);
 * promo_strerror() names a status. Functions never print.
 *
 * Threads: there is no global mutable state (the allocator hook aside, which
 * is set once before anything else). A loaded promo_program is immutable
 * and may be shared by any number of threads; a promo_cart and a
 * promo_result belong to one thread at a time.
 */
#ifndef PROMO_H
#define PROMO_H
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(PROMO_BUILDING) || defined(__GNUC__)
#define PROMO_API __attribute__((visibility("default")))
#else
#define PROMO_API
#endif

#define PROMO_VERSION_MAJOR 0
#define PROMO_VERSION_MINOR 1
#define PROMO_VERSION_PATCH 0
#define PROMO_VERSION "0.1.0"
/* Runtime version of the library actually linked ("0.1.0"). */
PROMO_API const char *promo_version(void);

/* Status codes. The values are frozen: new codes are only ever appended. */
typedef enum promo_status {
	PROMO_OK = 0,
	PROMO_E_NULL = 1,       /* a required argument was NULL */
	PROMO_E_NOMEM = 2,      /* out of memory */
	PROMO_E_IO = 3,         /* a file could not be read or written */
	PROMO_E_COMPILE = 4,    /* the program has errors (see diagnostics) */
	PROMO_E_BYTECODE = 5,   /* a .pbc failed verification */
	PROMO_E_CART = 6,       /* the cart is invalid (see promo_result_error) */
	PROMO_E_OVERFLOW = 7,   /* money arithmetic overflowed for this cart */
	PROMO_E_LIMIT = 8,      /* a documented limit was exceeded (docs/limits.md) */
	PROMO_E_ARG = 9,        /* an argument is out of its documented range */
	PROMO_E_NOTFOUND = 10,  /* an index or name does not exist */
} promo_status;

/* A short English description of a status ("out of memory"). Never NULL. */
PROMO_API const char *promo_strerror(promo_status s);

/* Frees a string the library returned as char ** (NULL is ignored). */
PROMO_API void promo_free(void *p);

/* ==== sections below are filled in by the compiler, VM and API work ==== */

/* ==== Checking programs ===================================================
 * promo_check parses and checks a program and hands back its diagnostics
 * (errors, warnings, each with notes) as a promo_diags. The library never
 * prints them: read them through the accessors, or render them as text.
 * Lines and columns are 1-based; columns count Unicode code points. A
 * promo_diags is immutable once returned; any thread may read it. */

typedef struct promo_diags promo_diags;
typedef struct promo_diag promo_diag; /* one diagnostic or note, owned by its promo_diags */

typedef enum promo_severity {
	PROMO_SEV_ERROR = 0,
	PROMO_SEV_WARNING = 1,
	PROMO_SEV_NOTE = 2,
} promo_severity;

/* Parses and checks the program src[0..len) (UTF-8; need not be
 * NUL-terminated); name is what diagnostics call the file. The source is
 * copied: the caller may free it at once. On return *out (when out is not
 * NULL) holds the diagnostics, also when the program has errors; free it
 * with promo_diags_free.
 * Returns PROMO_OK (no errors; warnings possible), PROMO_E_COMPILE (errors:
 * see *out), PROMO_E_NULL (name or src NULL), PROMO_E_NOMEM (*out NULL). */
PROMO_API promo_status promo_check(const char *name, const char *src, size_t len, promo_diags **out);

/* Number of diagnostics (notes not counted), of errors, of warnings. */
PROMO_API size_t promo_diags_count(const promo_diags *ds);
PROMO_API size_t promo_diags_errors(const promo_diags *ds);
PROMO_API size_t promo_diags_warnings(const promo_diags *ds);
/* The i-th diagnostic, in source order; NULL when i is out of range. */
PROMO_API const promo_diag *promo_diags_at(const promo_diags *ds, size_t i);

PROMO_API promo_severity promo_diag_severity(const promo_diag *d);
/* The lint rule or diagnostic code ("overlap"), or NULL when it has none. */
PROMO_API const char *promo_diag_code(const promo_diag *d);
/* The file name, or NULL when the diagnostic has no place (then line,
 * col, end_line and end_col are 0). */
PROMO_API const char *promo_diag_file(const promo_diag *d);
PROMO_API int promo_diag_line(const promo_diag *d);
PROMO_API int promo_diag_col(const promo_diag *d);
/* Where the marked text ends: the line and the column just past it. */
PROMO_API int promo_diag_end_line(const promo_diag *d);
PROMO_API int promo_diag_end_col(const promo_diag *d);
PROMO_API const char *promo_diag_message(const promo_diag *d);
/* Notes ("first defined here") attached to d, in order; a note is itself a
 * promo_diag of severity PROMO_SEV_NOTE. NULL when j is out of range. */
PROMO_API size_t promo_diag_note_count(const promo_diag *d);
PROMO_API const promo_diag *promo_diag_note(const promo_diag *d, size_t j);

/* Renders every diagnostic gcc style ("file:line:col: error: message", the
 * source line, a caret underline, the notes) into *out, freed by the
 * caller with promo_free. color != 0 adds ANSI colours. */
PROMO_API promo_status promo_diags_render(const promo_diags *ds, int color, char **out);
PROMO_API void promo_diags_free(promo_diags *ds);

/* ==== Linting =============================================================
 * promo_lint checks a program as promo_check does, then reviews it before
 * launch: overlapping activities (rule "overlap") and every rule of
 * docs/lint.md. Each finding is a promo_diag whose code is the rule id.
 * A catalog (CSV "sku,category,brand,price[,floor]") makes the category,
 * brand, price and floor rules exact; without one they are skipped or say
 * "may overlap". */

typedef struct promo_lint_options {
	const char *catalog_name; /* what diagnostics call the catalog file */
	const char *catalog_src;  /* the catalog CSV, or NULL for none (copied) */
	size_t catalog_len;
	/* "now" for window-ended: "YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM]", read in
	 * the program's timezone when it has no zone; NULL: the current time. */
	const char *now;
	int werror;               /* non-zero: every warning is reported as an error */
} promo_lint_options;

/* Checks and lints src[0..len) (o may be NULL: no catalog, now = the
 * current time). *out (when out is not NULL) receives every diagnostic,
 * sorted by location, also when there are errors; free with
 * promo_diags_free. Returns PROMO_OK (no errors; warnings possible),
 * PROMO_E_COMPILE (errors in the program, the catalog or findings of error
 * severity), PROMO_E_ARG (o->now malformed; *out says why), PROMO_E_NULL,
 * PROMO_E_NOMEM. Thread-safe: no shared state. */
PROMO_API promo_status promo_lint(const char *name, const char *src, size_t len,
				  const promo_lint_options *o, promo_diags **out);

/* The lint rules, from the one table the linter uses: id ("overlap"),
 * severity, a one-line description and what to do instead. Strings are
 * static. Returns PROMO_E_NOTFOUND when i >= promo_lint_rule_count(). */
PROMO_API size_t promo_lint_rule_count(void);
PROMO_API promo_status promo_lint_rule(size_t i, const char **id, promo_severity *sev,
				       const char **description, const char **help);

/* Renders diagnostics as JSON Lines: one object per finding and line,
 * {"rule","severity","file","line","col","end_line","end_col","message",
 * "related":[{"file","line","col","end_line","end_col","message"}...]}.
 * *out is the caller's (promo_free). */
PROMO_API promo_status promo_diags_json(const promo_diags *ds, char **out);
/* Renders the diagnostics of n compilations as one SARIF 2.1.0 log (one
 * run, tool "promo", every lint rule, physical and related locations,
 * columns in code points). *out is the caller's (promo_free). */
PROMO_API promo_status promo_diags_sarif(const promo_diags *const *ds, size_t n, char **out);

/* ==== Formatting ==========================================================
 * promo_format writes a program in the one canonical layout `promo fmt`
 * uses: comments kept where they were, meaning unchanged (the syntax tree
 * of the result equals the input's), and formatting the result again
 * changes nothing. Only syntax is needed: a program with semantic errors
 * (an undefined name...) is still formatted. */

/* Formats src[0..len) (name is what diagnostics call the file). On
 * PROMO_OK *out holds the formatted text, freed by the caller with
 * promo_free. With syntax errors it returns PROMO_E_COMPILE and *out is
 * NULL; *diags (when diags is not NULL) holds the diagnostics in every case
 * but PROMO_E_NOMEM, freed with promo_diags_free. PROMO_E_NULL when name,
 * src or out is NULL. */
PROMO_API promo_status promo_format(const char *name, const char *src, size_t len, char **out,
				    promo_diags **diags);


#ifdef __cplusplus
}
#endif
#endif
