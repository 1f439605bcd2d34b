$PROMO lint tests/golden/lint/no_such_file.promo --now 2026-11-01
