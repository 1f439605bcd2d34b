" .promo files are promotion programs (see docs/language.md).
autocmd BufRead,BufNewFile *.promo setfiletype promo
