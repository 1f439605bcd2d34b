# --format json: one object per finding per line, on stdout
$PROMO lint tests/golden/lint/overlap_sku.promo tests/golden/lint/bare_percent.promo --format json --now 2026-11-01
