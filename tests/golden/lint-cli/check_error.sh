# a program that does not check: the check errors, no lint, exit 1
printf 'activity a item SKU-1: -10%%\nactivty b item SKU-2: 5\n' | $PROMO lint - --now 2026-11-01
