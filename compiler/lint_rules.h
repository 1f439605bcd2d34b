/* lint_rules.h — THE table of lint rules, one row per rule:
 *   X(ENUM, "id", severity, "short description", "help: what to write instead")
 * It generates the rule enum (lint.h), the rule metadata the library hands
 * to SARIF/JSON renderers, and docs/lint.md is checked against it by
 * tests/unit/test_lint.c, so the three cannot drift apart.
 * Severity is the rule's fixed severity; --werror is applied by the caller. */
#ifndef PROMO_LINT_RULES_H
#define PROMO_LINT_RULES_H

#define LINT_RULES(X) \
	X(OVERLAP, "overlap", DIAG_ERROR, \
	  "two activities can apply to the same thing at the same time", \
	  "Put them in an exclusive or stack group, or separate their windows, scopes or conditions.") \
	X(MAY_OVERLAP, "may-overlap", DIAG_WARNING, \
	  "a category or brand activity may overlap a SKU activity (no catalog to decide)", \
	  "Give --catalog FILE.csv so the checker can decide which SKUs are in the category or brand.") \
	X(LADDER_NOT_BETTER, "ladder-not-better", DIAG_ERROR, \
	  "a higher tier or spend step is not strictly better for the customer", \
	  "Make every higher step give a strictly larger discount than the step before it.") \
	X(REDUCTION_GE_THRESHOLD, "reduction-ge-threshold", DIAG_WARNING, \
	  "a money-off reduction is at least the amount that unlocks it", \
	  "A reduction as large as its threshold makes the goods free: check the numbers.") \
	X(BARE_PERCENT, "bare-percent", DIAG_WARNING, \
	  "a bare percent below 50% means the customer pays that share", \
	  "Write -P% for P percent off, or P% only when the customer really pays P percent.") \
	X(PRICE_ABOVE_CATALOG, "price-above-catalog", DIAG_WARNING, \
	  "a fixed price is above the catalog price, so it never lowers the price", \
	  "Lower the fixed price below the catalog price, or remove the activity.") \
	X(BELOW_FLOOR, "below-floor", DIAG_ERROR, \
	  "the final unit price can fall below the catalog floor or to zero", \
	  "Put the activities in an exclusive group, cap the discount, or raise the thresholds.") \
	X(WINDOW_ENDED, "window-ended", DIAG_WARNING, \
	  "the activity's window has already ended", \
	  "Move the window to the campaign's dates or delete the activity.") \
	X(NEVER_APPLIES, "never-applies", DIAG_WARNING, \
	  "the activity can never apply", \
	  "Fix the condition, or move the activity before the exclusive-first member that always wins.") \
	X(UNKNOWN_SKU, "unknown-sku", DIAG_WARNING, \
	  "a SKU, category or brand the program names is not in the catalog", \
	  "Check the spelling against the catalog, or add the SKU to the catalog.") \
	X(ZERO_LIMIT, "zero-limit", DIAG_WARNING, \
	  "a stock, limit or budget of zero: the activity can never give anything", \
	  "Give a positive stock, limit or budget, or remove the clause.") \
	X(DUPLICATE_COUPON, "duplicate-coupon", DIAG_ERROR, \
	  "one coupon code is used by two activities", \
	  "Give each coupon activity its own code, or group the activities.") \
	X(TEST, "test", DIAG_ERROR, \
	  "an expectation of a test block in the program does not hold", \
	  "Run 'promo test FILE' to see the expected and the actual value; fix the rule or the expectation (docs/testing.md).")

#endif
