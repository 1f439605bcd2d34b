/* overlap_report.h — words for one overlap finding. */
#ifndef PROMO_OVERLAP_REPORT_H
#define PROMO_OVERLAP_REPORT_H
#include "compiler/overlap_index.h"

typedef struct orep {
	const program_t *p;
	diag_list_t *dl;
} orep_t;

/* Reports x and y (found together in bucket b) as overlapping; witness is
 * the cart that satisfies both conditions ("" when any cart does).
 * false on out-of-memory. */
bool orep_report(orep_t *r, const obucket_t *b, const oentry_t *x, const oentry_t *y,
		 const oact_t *ox, const oact_t *oy, const char *witness);
/* "+08:00" */
void orep_zone(int minutes, char out[8]);

#endif
