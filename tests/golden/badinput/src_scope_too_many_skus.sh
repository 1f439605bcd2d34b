# An items list of PROMO_MAX_SCOPE_SKUS + 1 SKUs (100,001): one error at the
# list; exactly the limit is accepted.
list() { awk -v n="$1" 'BEGIN { printf "S0"; for (i = 1; i < n; i++) printf ", S%d", i }'; }
{ printf 'currency CNY\nactivity big items ('; list 100001; printf '): 80%%\n'; } > "$T/over.promo"
{ printf 'currency CNY\nactivity big items ('; list 100000; printf '): 80%%\n'; } > "$T/at.promo"
"$PROMO" check "$T/at.promo" > "$T/out" 2>&1; echo "100000 SKUs: exit $?"
"$PROMO" check "$T/over.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -3; exit $rc
