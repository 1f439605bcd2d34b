# A checkout that pipes carts one at a time gets each answer before it
# sends the next: promo price --jsonl writes a result before it waits for
# more input (a buffered writer would leave the client waiting forever).
ok='{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "SKU-1002", "qty": 1, "price": "100.00"}]}'
mkfifo "$T/in" "$T/out"
timeout 20 "$PROMO" price --jsonl "$D/program.promo" - < "$T/in" > "$T/out" & pid=$!
exec 3> "$T/in" 4< "$T/out"
for i in 1 2 3; do
	echo "$ok" >&3
	if timeout 10 sh -c 'IFS= read -r l <&4 && echo "cart $0: answered before the next was sent: $(echo "$l" | cut -c1-40)"' "$i"; then :
	else echo "cart $i: no answer while promo waits for input"; fi
done
exec 3>&-
wait $pid; rc=$?
exec 4<&-
exit $rc
