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

/* ==== Limits ==============================================================
 * Every input promo reads is bounded, so no program, .pbc or cart can make
 * it run out of stack or time. Past a bound the input is refused with a
 * message naming the place (PROMO_E_LIMIT from the cart API, a diagnostic
 * from the compiler). docs/limits.md gives the reason for each value; the
 * library is built with the same values (support/limits.h). */
#define PROMO_MAX_SOURCE_BYTES (64 * 1024 * 1024) /* one program's source text */
#define PROMO_MAX_DEPTH        256        /* nested parentheses, 'not's, groups */
#define PROMO_MAX_ACTIVITIES   1000000    /* activities in one program */
#define PROMO_MAX_SCOPE_SKUS   100000     /* SKUs in one items (...) or combo (...) */
#define PROMO_MAX_STRING_BYTES 1024       /* a name, SKU, title, code, key or value */
#define PROMO_MAX_CART_BYTES   (16 * 1024 * 1024) /* one cart's JSON text */
#define PROMO_MAX_CART_LINES   100000     /* lines in one cart */
#define PROMO_MAX_QTY          1000000000 /* units on one cart line */

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

/* ---- Memory ---------------------------------------------------------------
 * Every allocation the library makes goes through one function with the
 * realloc contract: fn(ud, NULL, n) allocates, fn(ud, p, n) resizes,
 * fn(ud, p, 0) frees and returns NULL. */
typedef void *(*promo_alloc_fn)(void *ud, void *p, size_t n);

/* Installs fn (NULL restores the C library's allocator). Call it once,
 * before any other promo_* call, and not while other threads use the
 * library: it is the one piece of global state.
 * Errors: none (always PROMO_OK). */
PROMO_API promo_status promo_set_allocator(promo_alloc_fn fn, void *ud);

/* ---- Programs --------------------------------------------------------------
 * A promo_program is compiled bytecode, verified. It is immutable once
 * returned: any number of threads may price with it at once. It must
 * outlive every promo_result priced with it that is still being read. */
typedef struct promo_program promo_program;

/* Loads a .pbc file. The bytes are untrusted: the verifier checks header,
 * checksum, offsets, operands, jumps and strings before anything runs.
 * On failure *out is NULL and err (when not NULL) receives a message
 * naming the check and byte offset ("checksum mismatch at offset 12"),
 * truncated to errlen bytes including the NUL.
 * Errors: PROMO_E_NULL (path or out), PROMO_E_IO (cannot read the file),
 * PROMO_E_BYTECODE (verification failed), PROMO_E_NOMEM. */
PROMO_API promo_status promo_program_load_file(const char *path, promo_program **out,
					       char *err, size_t errlen);

/* Same as promo_program_load_file for bytes already in memory (a .pbc
 * received over the network). The bytes are copied where needed; the
 * caller may free them as soon as this returns.
 * Errors: PROMO_E_NULL (bytes or out), PROMO_E_BYTECODE, PROMO_E_NOMEM. */
PROMO_API promo_status promo_program_load_memory(const void *bytes, size_t len,
						 promo_program **out, char *err, size_t errlen);

/* Compiles the program src[0..len) (UTF-8; name is what diagnostics call
 * the file): check, overlap analysis (docs/lint.md), code generation. The source is
 * copied. On success *out is the program; otherwise *out is NULL. When
 * diags is not NULL, *diags receives the diagnostics (warnings too, also
 * on success; free with promo_diags_free) — the library never prints them.
 * Errors: PROMO_E_NULL (name, src or out), PROMO_E_COMPILE (the program
 * has errors: see *diags), PROMO_E_NOMEM. */
PROMO_API promo_status promo_compile(const char *name, const char *src, size_t len,
				     promo_program **out, promo_diags **diags);

/* Writes the program as .pbc bytes into *bytes (the caller's, freed with
 * promo_free) and their count into *len.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a program handle), PROMO_E_NOMEM. */
PROMO_API promo_status promo_program_save(const promo_program *p, void **bytes, size_t *len);

/* Writes the program as a .pbc file (replaced whole: written to a
 * temporary name in the same folder, then renamed over path).
 * Errors: PROMO_E_NULL, PROMO_E_ARG, PROMO_E_IO, PROMO_E_NOMEM. */
PROMO_API promo_status promo_program_save_file(const promo_program *p, const char *path);

/* Frees a program (NULL is ignored). No result priced with it may be read
 * afterwards. */
PROMO_API void promo_program_free(promo_program *p);

/* Number of activities, in declaration order.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a program handle). */
PROMO_API promo_status promo_program_activity_count(const promo_program *p, size_t *n);

/* Name and title (NULL when the activity has none) of activity i; the
 * strings belong to the program. title may be NULL when not wanted.
 * Errors: PROMO_E_NULL, PROMO_E_ARG, PROMO_E_NOTFOUND (i >= count). */
PROMO_API promo_status promo_program_activity(const promo_program *p, size_t i,
					      const char **name, const char **title);

/* Currency code ("CNY") and its number of decimals (2; JPY 0).
 * Errors: PROMO_E_NULL, PROMO_E_ARG. */
PROMO_API promo_status promo_program_currency(const promo_program *p, const char **code,
					      int *decimals);

/* Readable listing of the bytecode (activities, index, code with opcode
 * names) into *out, the caller's (promo_free).
 * Errors: PROMO_E_NULL, PROMO_E_ARG, PROMO_E_NOMEM. */
PROMO_API promo_status promo_program_disasm(const promo_program *p, char **out);

/* ---- Carts -----------------------------------------------------------------
 * A cart is what a customer is about to buy, built through these calls or
 * parsed from JSON (docs/cart.md). Money is in minor units of the
 * program's currency (fen for CNY). A cart keeps its memory across
 * promo_cart_reset, so a reused cart allocates nothing once warm.
 * A cart belongs to one thread at a time. Strings passed in are copied;
 * they must be valid UTF-8 without NUL, at most PROMO_MAX_STRING_BYTES
 * bytes (a longer one is refused with PROMO_E_LIMIT by every function
 * below that takes a string). */
typedef struct promo_cart promo_cart;

/* Where an attribute lives: customer.KEY or cart.KEY in conditions. */
typedef enum promo_scope { PROMO_CUSTOMER = 0, PROMO_CART = 1 } promo_scope;

/* Creates an empty cart: no lines, shipping 0, time unset (pricing then
 * uses the current time).
 * Errors: PROMO_E_NULL (out), PROMO_E_NOMEM. */
PROMO_API promo_status promo_cart_new(promo_cart **out);
/* Frees a cart (NULL is ignored). */
PROMO_API void promo_cart_free(promo_cart *c);
/* Empties a cart, keeping its memory for the next one.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a cart handle). */
PROMO_API promo_status promo_cart_reset(promo_cart *c);

/* Appends a line: qty units of sku at unit_price minor units each.
 * category and brand may be NULL. The same SKU may appear on several
 * lines: they stay separate lines, priced as the cart gives them.
 * Errors: PROMO_E_NULL (c or sku), PROMO_E_ARG (not a cart; empty sku;
 * qty outside 1..1000000000; unit_price < 0; invalid UTF-8),
 * PROMO_E_LIMIT (the cart already holds PROMO_MAX_CART_LINES lines; a
 * string too long), PROMO_E_NOMEM. */
PROMO_API promo_status promo_cart_add_line(promo_cart *c, const char *sku, int64_t qty,
					   int64_t unit_price, const char *category,
					   const char *brand);

/* Sets an attribute read by conditions (customer.tier, cart.channel...),
 * replacing an earlier value of the same key. A number is the exact
 * decimal digits / 10^scale (4.5 is digits 45, scale 1; scale <= 18).
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a cart; bad scope; empty key;
 * scale > 18; invalid UTF-8), PROMO_E_NOMEM. */
PROMO_API promo_status promo_cart_set_str(promo_cart *c, promo_scope scope, const char *key,
					  const char *value);
PROMO_API promo_status promo_cart_set_num(promo_cart *c, promo_scope scope, const char *key,
					  int64_t digits, unsigned scale);
PROMO_API promo_status promo_cart_set_bool(promo_cart *c, promo_scope scope, const char *key,
					   int value);

/* The customer's id (also readable as customer.id).
 * Errors: as promo_cart_set_str. */
PROMO_API promo_status promo_cart_set_customer(promo_cart *c, const char *id);

/* Adds a coupon code the customer entered.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a cart; empty or invalid code),
 * PROMO_E_NOMEM. */
PROMO_API promo_status promo_cart_add_coupon(promo_cart *c, const char *code);

/* The moment the cart is priced, in seconds since 1970-01-01T00:00Z;
 * windows are compared with it. Unset, pricing uses the current time.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a cart). */
PROMO_API promo_status promo_cart_set_time(promo_cart *c, int64_t epoch_seconds);

/* The shipping fee before shipping activities, in minor units (>= 0).
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a cart; negative). */
PROMO_API promo_status promo_cart_set_shipping(promo_cart *c, int64_t minor);

/* State the service keeps between carts, keyed by activity name:
 * used  — units (item level) or orders (other levels) this customer has
 *         already bought under the activity (for "limit N per customer");
 * stock — units the activity has left (overrides its "stock N");
 * budget — minor units of discount the activity has left.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a cart; empty name; negative
 * value), PROMO_E_NOMEM. */
PROMO_API promo_status promo_cart_set_used(promo_cart *c, const char *activity, int64_t n);
PROMO_API promo_status promo_cart_set_stock(promo_cart *c, const char *activity, int64_t n);
PROMO_API promo_status promo_cart_set_budget(promo_cart *c, const char *activity,
					     int64_t minor);

/* Replaces the cart's content with the JSON cart in json[0..len)
 * (docs/cart.md). Money is read in the currency of program p. Unknown
 * fields are rejected. On failure the cart is left empty and err (when not
 * NULL) receives a message naming the place: "line 3, column 5: ..." for
 * malformed JSON, the field path for anything else
 * ("lines[2].price: has more decimals than CNY allows"). A cart beyond the
 * limits (over PROMO_MAX_CART_BYTES of text, too many lines, a string too
 * long) is refused the same way, as PROMO_E_CART with the place named.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (bad handle), PROMO_E_CART,
 * PROMO_E_NOMEM. */
PROMO_API promo_status promo_cart_from_json(promo_cart *c, const promo_program *p,
					    const char *json, size_t len, char *err,
					    size_t errlen);

/* Parses an RFC 3339 time with an explicit zone
 * ("2026-11-11T20:05:00+08:00", "2026-11-11T12:05:00Z"); fractions of a
 * second are dropped. Errors: PROMO_E_NULL, PROMO_E_ARG (not such a
 * time; a time without a zone is refused, since it would be ambiguous). */
PROMO_API promo_status promo_time_parse(const char *text, int64_t *epoch_seconds);

/* ---- Pricing and results ----------------------------------------------------
 * A promo_result is caller-owned and reusable: it keeps the capacity of
 * its lists, so pricing into a result that already held a cart at least as
 * large (lines, activities the cart reaches, shares, gifts) allocates
 * nothing, whichever of those activities apply. Activity names
 * and SKUs read from a result belong to the program and the cart it was
 * priced from, and live until the next promo_price into it or until they
 * are freed. A result belongs to one thread at a time. */
typedef struct promo_result promo_result;

/* Errors: PROMO_E_NULL (out), PROMO_E_NOMEM. */
PROMO_API promo_status promo_result_new(promo_result **out);
/* Frees a result (NULL is ignored). */
PROMO_API void promo_result_free(promo_result *r);

/* Asks the next promo_price calls to record a readable trace of every
 * decision (slower; allocates). on: 0 or 1.
 * Errors: PROMO_E_NULL, PROMO_E_ARG, PROMO_E_NOMEM. */
PROMO_API promo_status promo_result_set_explain(promo_result *r, int on);

/* Prices cart c with program p into r. Thread-safe for a shared p.
 * On failure r holds only the status and promo_result_error's message.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (a handle of the wrong kind),
 * PROMO_E_CART (the cart breaks a rule the program needs),
 * PROMO_E_OVERFLOW (the amounts do not fit 64 bits), PROMO_E_LIMIT,
 * PROMO_E_NOMEM. */
PROMO_API promo_status promo_price(const promo_program *p, const promo_cart *c,
				   promo_result *r);

/* The message of the last failed promo_price ("" after success). Never
 * NULL; NULL or a bad handle gives a static message. */
PROMO_API const char *promo_result_error(const promo_result *r);

/* The totals of a priced cart, in minor units. */
typedef struct promo_totals {
	const char *currency;     /* "CNY" */
	int decimals;             /* minor-unit digits of the currency */
	int64_t subtotal;         /* sum of line amounts (price x qty) */
	int64_t discount;         /* item + combo + order discounts */
	int64_t shipping;         /* shipping fee after shipping activities */
	int64_t shipping_discount;/* what shipping activities took off */
	int64_t total;            /* subtotal - discount + shipping */
} promo_totals;

/* One priced line. Gift lines (gift = 1) are added after the cart's lines
 * with input = (size_t)-1 and price 0. */
typedef struct promo_line {
	const char *sku;
	size_t input;             /* index of the cart line it prices */
	int64_t qty, price;       /* price: unit price from the cart */
	int64_t amount;           /* price x qty */
	int64_t discount;         /* everything taken off this line */
	int64_t total;            /* amount - discount, never negative */
	size_t nshares;           /* activities that took part (promo_result_share) */
	int gift, addon;
} promo_line;

/* One activity's share of one line's discount. */
typedef struct promo_share {
	const char *activity;
	int64_t amount;
} promo_share;

/* An activity that applied, with everything it took off. */
typedef struct promo_applied {
	const char *activity;
	const char *title;        /* NULL when the activity has none */
	int64_t discount;
} promo_applied;

/* A gift the cart earned. */
typedef struct promo_gift {
	const char *activity;
	const char *sku;
	int64_t qty;
} promo_gift;

/* An add-on the customer may add at a special price. */
typedef struct promo_offer {
	const char *activity;
	const char *sku;
	int64_t price;
} promo_offer;

/* A near miss: spend `missing` minor units more to get `activity`. */
typedef struct promo_hint {
	const char *activity;
	int64_t missing;
} promo_hint;

/* An activity that did not apply, with a stable reason code: "window",
 * "condition", "coupon", "limit", "stock", "budget", "threshold", "lost"
 * (another group member won: by names it), "conflict" (an earlier
 * activity took a line: by names it; listed even when the activity
 * applied on other lines, so it may also be in the applied list). */
typedef struct promo_not_applied {
	const char *activity;
	const char *reason;       /* the code above */
	const char *text;         /* the same in English words */
	const char *by;           /* winner, or NULL */
} promo_not_applied;

/* The lists a result holds, for promo_result_count. */
typedef enum promo_list {
	PROMO_LINES = 0, PROMO_APPLIED = 1, PROMO_GIFTS = 2, PROMO_OFFERS = 3,
	PROMO_HINTS = 4, PROMO_NOT_APPLIED = 5
} promo_list;

/* Accessors of a successfully priced result. Each fills *out.
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a result, a bad list, or the
 * result holds no successful pricing), PROMO_E_NOTFOUND (index out of
 * range). */
PROMO_API promo_status promo_result_totals(const promo_result *r, promo_totals *out);
PROMO_API promo_status promo_result_count(const promo_result *r, promo_list which, size_t *n);
PROMO_API promo_status promo_result_line(const promo_result *r, size_t i, promo_line *out);
PROMO_API promo_status promo_result_share(const promo_result *r, size_t line, size_t j,
					  promo_share *out);
PROMO_API promo_status promo_result_applied(const promo_result *r, size_t i, promo_applied *out);
PROMO_API promo_status promo_result_gift(const promo_result *r, size_t i, promo_gift *out);
PROMO_API promo_status promo_result_offer(const promo_result *r, size_t i, promo_offer *out);
PROMO_API promo_status promo_result_hint(const promo_result *r, size_t i, promo_hint *out);
PROMO_API promo_status promo_result_not_applied(const promo_result *r, size_t i,
						promo_not_applied *out);

/* The trace recorded when promo_result_set_explain(r, 1) was in effect
 * ("" otherwise); the text belongs to r.
 * Errors: PROMO_E_NULL, PROMO_E_ARG. */
PROMO_API promo_status promo_result_explain(const promo_result *r, const char **text);

/* The result as JSON (the format `promo price` prints, docs/cart.md),
 * one line without a trailing newline, into *out (the caller's,
 * promo_free). Money is written as decimal strings ("80.00").
 * Errors: PROMO_E_NULL, PROMO_E_ARG (not a successfully priced result),
 * PROMO_E_NOMEM. */
PROMO_API promo_status promo_result_json(const promo_result *r, char **out);

/* Formats minor units as a decimal string ("-12.50") into buf, which needs
 * 24 bytes. Errors: PROMO_E_NULL, PROMO_E_ARG (decimals outside 0..18). */
PROMO_API promo_status promo_money_format(int64_t minor, int decimals, char buf[24]);
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


/* ==== Tests inside programs ===============================================
 * A program may carry test blocks (docs/testing.md): a cart and the result
 * it must price to. promo_test compiles the program, prices each test's
 * cart and compares every expectation. A failed expectation is also a
 * diagnostic (an error with code "test" at the expect line, a note with the
 * actual value), so linters can list it with everything else. */

typedef struct promo_tests promo_tests;

/* Compiles src[0..len) and runs its tests. Returns PROMO_OK when the tests
 * ran (whether or not they passed: see promo_tests_failed), with *out (when
 * out is not NULL) holding the report, freed with promo_tests_free;
 * PROMO_E_COMPILE when the program has errors (no test ran, *out NULL);
 * PROMO_E_NULL (name or src NULL); PROMO_E_NOMEM. *diags (when diags is
 * not NULL) holds the diagnostics, failed expectations included, in every
 * case but PROMO_E_NOMEM; free it with promo_diags_free. */
PROMO_API promo_status promo_test(const char *name, const char *src, size_t len, promo_tests **out,
				  promo_diags **diags);
/* Number of tests run, and of those that failed. */
PROMO_API size_t promo_tests_count(const promo_tests *t);
PROMO_API size_t promo_tests_failed(const promo_tests *t);
/* One line per test ("ok   FILE: \"name\"" or "FAIL FILE:LINE: \"name\"",
 * then for each failed expectation its line, the expected and the actual
 * value) into *out, freed by the caller with promo_free. color != 0 adds
 * ANSI colours. */
PROMO_API promo_status promo_tests_render(const promo_tests *t, int color, char **out);
PROMO_API void promo_tests_free(promo_tests *t);

#ifdef __cplusplus
}
#endif
#endif
