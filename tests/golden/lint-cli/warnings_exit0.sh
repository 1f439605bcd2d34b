# warnings alone: exit 0
$PROMO lint tests/golden/lint/zero_limit.promo --now 2026-11-01
