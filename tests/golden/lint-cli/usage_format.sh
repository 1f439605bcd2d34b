$PROMO lint tests/golden/lint/overlap_sku.promo --format xml
