t=$(mktemp -d) && $PROMO build shop.promo -o "$t/shop.pbc" && echo built &&
echo '{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "SKU-1002", "qty": 7, "price": "100.00"}]}' > "$t/c.json" &&
$PROMO price "$t/shop.pbc" "$t/c.json" > "$t/a" && $PROMO price shop.promo "$t/c.json" > "$t/b" &&
cmp "$t/a" "$t/b" && echo "pbc and source price the same" && grep '"total"' "$t/a"; rc=$?; rm -rf "$t"; (exit $rc)
