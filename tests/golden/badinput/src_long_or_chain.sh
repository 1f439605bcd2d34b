# 50,000 conditions joined by 'or': each 'or' is a level of the tree, so the
# 256-level limit stops it with one message (no recursion runs away).
{ printf 'currency CNY\nactivity a order when '; i=0; while [ $i -lt 50000 ]; do printf 'customer.x%d or ' $i; i=$((i + 1)); done
  printf 'customer.y: -1\n'; } > "$T/chain.promo"
"$PROMO" check "$T/chain.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6; exit $rc
