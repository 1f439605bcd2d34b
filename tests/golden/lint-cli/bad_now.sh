$PROMO lint tests/golden/lint/overlap_sku.promo --now 2026-13-01
