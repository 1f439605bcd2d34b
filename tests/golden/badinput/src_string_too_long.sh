# Names and strings of PROMO_MAX_STRING_BYTES (1024) pass; one byte more is
# an error at the name or string, with its length.
x() { head -c "$1" /dev/zero | tr '\0' 'x'; }
{ printf 'currency CNY\nactivity a "'; x 1024; printf '" item S'; x 1023; printf ': 80%%\n'; } > "$T/at.promo"
"$PROMO" check "$T/at.promo" > "$T/out" 2>&1; echo "1024 bytes: exit $?"
{ printf 'currency CNY\nactivity a "'; x 1025; printf '" item S'; x 1024; printf ': 80%%\n'; } > "$T/over.promo"
"$PROMO" check "$T/over.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | sed 's/xxxxxxxxxx*/x.../g'; exit $rc
