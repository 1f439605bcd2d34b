# examples/broken.promo without --catalog: the category against the SKUs
# cannot be decided (may-overlap warnings) and the catalog rules stay silent
$PROMO lint examples/broken.promo --now 2026-11-01T00:00:00+08:00
