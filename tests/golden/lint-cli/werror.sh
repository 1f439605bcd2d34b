# --werror: warnings are reported (and exit) as errors
$PROMO lint tests/golden/lint/bare_percent_ok.promo tests/golden/lint/zero_limit.promo --werror --now 2026-11-01
