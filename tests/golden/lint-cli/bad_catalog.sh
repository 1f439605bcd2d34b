# a broken catalog: every error names catalog file:line:col; exit 1
t=${TMPDIR:-/tmp}/promo-lint-bad-$$
printf 'sku,category,brand,price,floor\nSKU-1,shoes,acme,12.345\nSKU-2,shoes\nSKU-3,hats,acme,abc\n"SKU-4,hats,acme,5\nSKU-5,hats,acme,5,-1\nSKU-6,hats,acme,5,1\nSKU-6,hats,acme,5\n' > $t.csv
$PROMO lint tests/golden/lint/overlap_sku.promo --catalog $t.csv --now 2026-11-01 > $t.out 2>&1
rc=$?; sed "s|$t.csv|bad.csv|" $t.out; rm -f $t.csv $t.out; exit $rc
