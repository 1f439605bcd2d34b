# 50,000 'not's in a row: the parser's own stack limit gives one message.
{ printf 'currency CNY\nactivity a order when '; i=0; while [ $i -lt 50000 ]; do printf 'not '; i=$((i + 1)); done
  printf 'customer.y: -1\n'; } > "$T/nots.promo"
"$PROMO" check "$T/nots.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6; exit $rc
