#!/bin/sh
# case.sh CASE — one bad-input case, picked by the file next to CASE.out:
#   CASE.sh     a script (inputs generated at run time: huge lines, .pbc
#               corruption); it gets $PROMO and a scratch dir $T
#   CASE.promo  `promo check`
#   CASE.json   `promo price program.promo CASE.json` (program.promo is
#               the canonical example)
#   CASE.jsonl  `promo price --jsonl program.promo CASE.jsonl`
D=tests/golden/badinput
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT; export T D
if [ -f "$1.sh" ]; then sh "$1.sh"
elif [ -f "$1.promo" ]; then "$PROMO" check "$1.promo"
elif [ -f "$1.json" ]; then "$PROMO" price "$D/program.promo" "$1.json"
elif [ -f "$1.jsonl" ]; then "$PROMO" price --jsonl "$D/program.promo" "$1.jsonl"
else echo "case.sh: no input for $1"; exit 2
fi
