t=$(mktemp -d); printf 'currency CNY\nactivity a item X: 120%%\n' > "$t/bad.promo"
$PROMO build "$t/bad.promo" -o "$t/bad.pbc" > "$t/out" 2>&1; rc=$?
sed "s|$t/||g" "$t/out"; test -e "$t/bad.pbc" && echo "bad.pbc was written"; rm -rf "$t"; exit $rc
