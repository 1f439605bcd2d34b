$PROMO price --bogus shop.promo
