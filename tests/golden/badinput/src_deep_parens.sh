# 100,000 nested parentheses in a condition: an error, never a stack overflow.
{ printf 'currency CNY\nactivity a order when '; i=0; while [ $i -lt 100000 ]; do printf '(((((((((('; i=$((i + 10)); done
  printf 'customer.vip'; i=0; while [ $i -lt 100000 ]; do printf '))))))))))'; i=$((i + 10)); done; printf ': -1\n'; } > "$T/deep.promo"
"$PROMO" check "$T/deep.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6; exit $rc
