$PROMO price --jsonl --at 2026-11-11T12:30:00Z shop.promo carts.jsonl
