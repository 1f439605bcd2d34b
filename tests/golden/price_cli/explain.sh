$PROMO price --explain shop.promo carts.jsonl --jsonl 2>&1 >/dev/null
