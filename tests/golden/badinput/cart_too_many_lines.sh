# PROMO_MAX_CART_LINES + 1 lines (100,001) in one cart: refused, naming lines.
awk 'BEGIN { printf "{\"at\": \"2026-11-11T20:05:00+08:00\", \"lines\": ["
	for (i = 0; i <= 100000; i++) printf "%s{\"sku\": \"S%d\", \"qty\": 1, \"price\": \"1.00\"}", i ? ", " : "", i
	print "]}" }' > "$T/c.json"
"$PROMO" price "$D/program.promo" "$T/c.json" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | head -3; exit $rc
