t=$(mktemp -d) && cp shop.promo "$t/x.promo" && $PROMO build "$t/x.promo" && test -s "$t/x.pbc" && echo "wrote x.pbc"; rc=$?; rm -rf "$t"; (exit $rc)
