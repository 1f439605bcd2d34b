# Every .pbc header field wrong in turn (then the section table, truncation
# and trailing bytes). Fields after the checksum are corrupted with the
# checksum recomputed (--sum), so that the check under test is the one that
# fires. Each load must fail with a message naming the offset, exit 1.
P=$(dirname "$PROMO")/tools/pbc_patch
"$PROMO" build "$D/program.promo" -o "$T/ok.pbc" >/dev/null 2>&1 || exit 2
printf '{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "SKU-1002", "qty": 1, "price": "100.00"}]}\n' > "$T/cart.json"
size=$(wc -c < "$T/ok.pbc")
try() { # try LABEL PATCH-ARGS...
	label=$1; shift
	"$P" "$T/ok.pbc" "$T/bad.pbc" "$@" || { echo "$label: pbc_patch failed"; return; }
	"$PROMO" price "$T/bad.pbc" "$T/cart.json" > "$T/out" 2>&1
	echo "$label: exit $? — $(sed "s|$T/||" "$T/out" | head -1)"
}
: > "$T/empty.pbc"; "$PROMO" price "$T/empty.pbc" "$T/cart.json" > "$T/out" 2>&1
echo "empty file: exit $? — $(sed "s|$T/||" "$T/out" | head -1)"
try "truncated header" --truncate 10
try "truncated body" --truncate $((size / 2))
try "magic" --byte 0 0x58
try "version" --u32 8 4
try "version 0" --u32 8 0
try "length" --u32 12 $((size + 4))
try "checksum" --byte 16 0
try "section count" --u32 24 3 --sum
try "section id" --u32 28 9 --sum
try "section offset" --u32 32 4000000000 --sum
try "section length" --u32 36 4000000000 --sum
try "last byte flipped" --byte $((size - 1)) 0xAA
printf 'junk' >> "$T/ok.pbc"
try "trailing bytes" --u32 12 $((size + 4)) --sum
