$PROMO price --at 2026-11-11T20:05:00 shop.promo carts.jsonl
