$PROMO price --help
