$PROMO price shop.promo a.json b.json
