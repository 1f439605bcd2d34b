$PROMO price shop.promo missing.json
