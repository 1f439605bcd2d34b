#!/bin/sh
# bench_agree.sh BUILD_DIR — the small version of `make bench`'s check:
# the VM (through promo.h) and the hand-written baseline must give the same
# totals and line totals on every one of 2,000 generated carts of the
# standard campaign.
set -e
B=${1:-build}
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
"$B/bench/gen" --skus 10000 --activities 1000 --carts 2000 --seed 7 --out "$D"
"$B/promo" build "$D/campaign.promo" -o "$D/campaign.pbc"
"$B/bench/bench_vm" "$D/campaign.pbc" --skus 10000 --activities 1000 --carts 2000 --seed 7 --agree-only
# The generator promises no overlaps: the linter, given the catalog and a
# time before the sale (so no window has ended), must find nothing at all.
"$B/promo" lint --werror --now 2026-11-10T12:00:00+08:00 --catalog "$D/catalog.csv" "$D/campaign.promo"
