# A SKU, a coupon code and an attribute key of 1025 bytes: each refused with
# its field named; 1024 bytes are accepted.
x() { head -c "$1" /dev/zero | tr '\0' 'x'; }
try() { # try LABEL JSON
	printf '%s\n' "$2" > "$T/c.json"
	"$PROMO" price "$D/program.promo" "$T/c.json" > "$T/out" 2>&1
	echo "$1: exit $? — $(sed "s|$T/||" "$T/out" | head -1 | cut -c1-160 | sed 's/xxxxxxxxxx*/x.../g')"
}
line() { printf '{"at": "2026-11-11T20:05:00+08:00", %s"lines": [{"sku": "%s", "qty": 1, "price": "1.00"}]}' "$1" "$2"; }
try "sku of 1024" "$(line '' "$(x 1024)")"
try "sku of 1025" "$(line '' "$(x 1025)")"
try "coupon of 1025" "$(line "\"coupons\": [\"$(x 1025)\"], " SKU-1)"
try "attribute key of 1025" "$(line "\"customer\": {\"$(x 1025)\": true}, " SKU-1)"
try "state key of 1025" "$(line "\"state\": {\"used\": {\"$(x 1025)\": 1}}, " SKU-1)"
