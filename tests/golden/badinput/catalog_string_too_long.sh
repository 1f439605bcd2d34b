# A catalog whose SKU, category or brand is over PROMO_MAX_STRING_BYTES:
# an error at that row and field; the rest of the catalog is still read.
x() { head -c "$1" /dev/zero | tr '\0' 'x'; }
printf 'currency CNY\nactivity a item SKU-1: 80%%\n' > "$T/p.promo"
{ echo 'sku,category,brand,price'; echo 'SKU-1,tees,acme,10.00'; echo "S$(x 1024),tees,acme,1.00"
  echo "SKU-2,$(x 1025),acme,1.00"; echo "SKU-3,tees,$(x 1025),1.00"; } > "$T/cat.csv"
"$PROMO" lint --catalog "$T/cat.csv" "$T/p.promo" > "$T/out" 2>&1; rc=$?
sed "s|$T/||" "$T/out" | grep -v '^ ' | cut -c1-160; exit $rc
