printf "garbage" > /tmp/promo-golden-garbage.pbc; $PROMO disasm /tmp/promo-golden-garbage.pbc; rc=$?; rm -f /tmp/promo-golden-garbage.pbc; exit $rc
