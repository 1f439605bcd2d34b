$PROMO lint --now 2026-11-01
