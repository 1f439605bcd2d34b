# docs.mk — the man page is written in scdoc (docs/promo.1.scd); the
# generated docs/promo.1 is committed so `make install` needs no scdoc.
# `make man` regenerates it; tests/scripts/manpage.sh fails when it is stale.
.PHONY: man
man: docs/promo.1
docs/promo.1: docs/promo.1.scd
	scdoc < $< > $@
