#!/bin/sh
# bench_agree.sh BUILD_DIR — the small version of `make bench`'s check:
# the VM (through promo.h) and the hand-written baseline must give the same
# totals on every one of 2,000 generated carts of the standard campaign.
set -e
B=${1:-build}
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
"$B/bench/gen" --skus 10000 --activities 1000 --carts 2000 --seed 7 --out "$D"
"$B/promo" build "$D/campaign.promo" -o "$D/campaign.pbc"
"$B/bench/bench_vm" "$D/campaign.pbc" --skus 10000 --activities 1000 --carts 2000 --seed 7 --agree-only
