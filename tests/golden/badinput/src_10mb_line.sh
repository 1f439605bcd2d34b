# A 10 MB line: one comment, then one title; generated here, never committed.
{ printf 'currency CNY\n# '; head -c 10485760 /dev/zero | tr '\0' 'x'; printf '\nactivity a item SKU-1: 80%%\n'; } > "$T/comment.promo"
"$PROMO" check "$T/comment.promo" > "$T/out" 2>&1; echo "comment: exit $?"
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6
{ printf 'currency CNY\nactivity a "'; head -c 10485760 /dev/zero | tr '\0' 'x'; printf '" item SKU-1: 80%%\n'; } > "$T/title.promo"
"$PROMO" check "$T/title.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -6; exit $rc
