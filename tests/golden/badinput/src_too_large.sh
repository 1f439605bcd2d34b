# A program one byte over PROMO_MAX_SOURCE_BYTES (64 MiB): refused before
# it is read any further, with the size and the limit.
{ printf 'currency CNY\n# '; head -c $((64 * 1024 * 1024 - 15)) /dev/zero | tr '\0' 'x'; printf '\n'; } > "$T/big.promo"
echo "bytes: $(wc -c < "$T/big.promo")"
"$PROMO" check "$T/big.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | cut -c1-160 | head -3; exit $rc
