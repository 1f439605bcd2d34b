$PROMO lint tests/golden/lint/overlap_sku.promo --catalog tests/golden/lint/no_such.csv
