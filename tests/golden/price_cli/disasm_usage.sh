$PROMO disasm
