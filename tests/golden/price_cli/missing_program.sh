$PROMO price missing.pbc carts.jsonl
