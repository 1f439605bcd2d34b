#!/bin/sh
# demo.sh BUILD_DIR — the example campaign: check it, compile it to
# verified bytecode, and price every example cart with it.
set -e
B=${1:-build}
echo "\$ promo check examples/double11.promo"
"$B/promo" check examples/double11.promo
echo "examples/double11.promo: no errors"
echo "\$ promo build examples/double11.promo -o $B/double11.pbc"
"$B/promo" build examples/double11.promo -o "$B/double11.pbc"
for cart in examples/carts/*.json; do
	echo
	echo "\$ promo price $B/double11.pbc $cart"
	"$B/promo" price "$B/double11.pbc" "$cart"
done
