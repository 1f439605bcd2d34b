# --now without a zone is read in the program's timezone (+08:00):
# 2026-10-31 23:59 there is before the window's end, 2026-11-01 00:00 is not
$PROMO lint tests/golden/lint/window_ended.promo --now 2026-10-31T23:59
