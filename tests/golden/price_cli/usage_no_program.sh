$PROMO price
