# A cart whose one line is 10 MB (a SKU of 10 MB): a clear error or a price, never a crash.
{ printf '{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "'; head -c 10485760 /dev/zero | tr '\0' 'x'; printf '", "qty": 1, "price": "1.00"}]}\n'; } > "$T/big.json"
"$PROMO" price "$D/program.promo" "$T/big.json" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6; exit $rc
