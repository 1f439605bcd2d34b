$PROMO build
