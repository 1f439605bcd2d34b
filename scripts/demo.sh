#!/bin/sh
# demo.sh BUILD_DIR — the example campaign: check it (pricing joins once
# the VM lands).
set -e
B=${1:-build}
echo "\$ promo check examples/double11.promo"
"$B/promo" check examples/double11.promo
echo "examples/double11.promo: no errors"
