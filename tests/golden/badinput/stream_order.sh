# 3,000 carts, every 7th one bad in a different way: exactly one output line
# per input line, in order; bad lines name their line number, good ones price.
i=1; while [ $i -le 3000 ]; do
	case $((i % 7)) in
	0) echo '{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "SKU-1002", "qty": -'"$i"', "price": "1.00"}]}' ;;
	*) echo '{"at": "2026-11-11T20:05:00+08:00", "lines": [{"sku": "SKU-1002", "qty": '"$i"', "price": "1.00"}]}' ;;
	esac; i=$((i + 1))
done > "$T/in.jsonl"
"$PROMO" price --jsonl "$D/program.promo" "$T/in.jsonl" > "$T/out" 2>"$T/err"; rc=$?
echo "lines out: $(wc -l < "$T/out")"
echo "errors: $(grep -c '"error"' "$T/out")"
# line N of the output belongs to line N of the input: errors carry "line": N,
# priced carts echo qty N on their one line.
n=0; bad=0
while IFS= read -r o; do
	n=$((n + 1))
	if [ $((n % 7)) -eq 0 ]; then echo "$o" | grep -q "\"line\": *$n[,}]" || bad=$((bad + 1))
	else echo "$o" | grep -q "\"qty\": *$n[,}]" || bad=$((bad + 1)); fi
done < "$T/out"
echo "out of order or wrong: $bad"
echo "stderr lines: $(wc -l < "$T/err")"
exit $rc
