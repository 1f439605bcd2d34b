#!/bin/sh
# cli_api_only.sh BUILD_DIR — the promo command is a client of promo.h like
# any embedder: cli/ includes no header of the library but promo.h, and
# every library symbol its objects use is one libpromo.so exports (the CLI
# links the static archive, where hidden symbols would still resolve).
B=${1:-build}
fail() { echo "cli_api_only.sh: $*" >&2; exit 1; }

bad=$(grep -Hn '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' cli/*.c cli/*.h |
	grep -v '"promo\.h"' | grep -v '"cli/[a-z_]*\.h"' || true)
[ -z "$bad" ] || fail "cli/ includes a library header: $bad"

ls "$B"/obj/cli/*.o >/dev/null 2>&1 || fail "no objects in $B/obj/cli"
[ -f "$B/libpromo.a" ] && [ -f "$B/libpromo.so" ] || fail "no libpromo in $B"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
nm --defined-only "$B/libpromo.a" 2>/dev/null | awk 'NF == 3 {print $3}' | sort -u > "$T/lib"
nm -D --defined-only "$B/libpromo.so" | awk 'NF == 3 {print $3}' | sort -u > "$T/api"
nm -u "$B"/obj/cli/*.o | awk 'NF == 2 {print $2}' | sort -u > "$T/used"
inner=$(comm -12 "$T/used" "$T/lib" | comm -23 - "$T/api")
[ -z "$inner" ] || fail "cli/ uses library internals: $(echo $inner | head -c 300)"
echo "cli_api_only.sh: ok"
