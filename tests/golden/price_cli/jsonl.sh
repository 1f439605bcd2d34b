$PROMO price --jsonl shop.promo carts.jsonl
