t=$(mktemp -d); $PROMO build shop.promo -o "$t/s.pbc" && printf 'X' | dd of="$t/s.pbc" bs=1 seek=20 conv=notrunc 2>/dev/null
$PROMO price "$t/s.pbc" carts.jsonl > "$t/out" 2>&1; rc=$?; sed "s|$t/||g" "$t/out"; rm -rf "$t"; exit $rc
