# A cart of PROMO_MAX_CART_BYTES + 1 bytes (16 MiB + 1): refused before
# parsing. In a stream, the line is answered with the error and the carts
# around it are priced.
ok='{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "SKU-1002", "qty": 1, "price": "100.00"}]}'
pad=$((16 * 1024 * 1024 + 1 - ${#ok}))
big() { printf '%s' "$ok" | head -c $((${#ok} - 1)); printf ', "pad": "'; head -c $((pad - 11)) /dev/zero | tr '\0' ' '; printf '"}'; }
big > "$T/c.json"
echo "bytes: $(wc -c < "$T/c.json")"
"$PROMO" price "$D/program.promo" "$T/c.json" > "$T/out" 2>&1; echo "single: exit $? — $(sed "s|$T/||" "$T/out" | head -1)"
{ echo "$ok"; big; echo; echo "$ok"; } > "$T/s.jsonl"
"$PROMO" price --jsonl "$D/program.promo" "$T/s.jsonl" > "$T/out" 2>&1; rc=$?
cut -c1-120 "$T/out"; exit $rc
