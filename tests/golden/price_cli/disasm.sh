$PROMO disasm shop.promo | grep -c earbuds
