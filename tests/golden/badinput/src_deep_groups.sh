# 20,000 nested groups: an error naming the depth limit, never a crash.
{ printf 'currency CNY\n'; i=0; while [ $i -lt 20000 ]; do printf 'stack g%d { activity a%d order: -1\n' $i $i; i=$((i + 1)); done
  i=0; while [ $i -lt 20000 ]; do printf '}'; i=$((i + 1)); done; echo; } > "$T/deep.promo"
"$PROMO" check "$T/deep.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6; exit $rc
