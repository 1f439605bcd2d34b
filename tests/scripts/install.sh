#!/bin/sh
# install.sh BUILD_DIR — `make install` into a temporary DESTDIR installs
# the header, both libraries (with their SONAME links), promo.pc, the CLI
# and its man page; examples/embed then builds against that tree through
# pkg-config only and prices from 8 threads. Also: libpromo.so exports promo_* only.
set -eu
B=${1:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ROOT=$(pwd)
fail() { echo "install.sh: $*" >&2; exit 1; }

make --no-print-directory -s B="$B" DESTDIR="$T" PREFIX=/usr/local install >"$T/make.log" 2>&1 ||
	{ cat "$T/make.log"; fail "make install failed"; }
P=$T/usr/local
for f in include/promo.h lib/libpromo.a lib/libpromo.so lib/libpromo.so.0 bin/promo \
	lib/pkgconfig/promo.pc share/man/man1/promo.1; do
	[ -e "$P/$f" ] || fail "missing $P/$f"
done
[ "$(readlink "$P/lib/libpromo.so.0")" = "$(readlink "$P/lib/libpromo.so")" ] ||
	fail "libpromo.so and libpromo.so.0 point at different files"
readelf -d "$P/lib/libpromo.so" | grep -q 'SONAME.*libpromo\.so\.0' || fail "no SONAME libpromo.so.0"
grep -q '^prefix=/usr/local$' "$P/lib/pkgconfig/promo.pc" || fail "promo.pc has the wrong prefix"
# The Makefile's VERSION (file names, SONAME, promo.pc) is the header's PROMO_VERSION.
hv=$(sed -n 's/^#define PROMO_VERSION "\(.*\)"$/\1/p' "$P/include/promo.h")
[ -e "$P/lib/libpromo.so.$hv" ] || fail "no libpromo.so.$hv: Makefile VERSION is not PROMO_VERSION"
grep -q "^Version: $hv\$" "$P/lib/pkgconfig/promo.pc" || fail "promo.pc Version is not $hv"
readelf -d "$P/lib/libpromo.so" | grep -q "SONAME.*libpromo\.so\.${hv%%.*}\]" ||
	fail "SONAME major is not PROMO_VERSION_MAJOR ${hv%%.*}"

# Only the public API leaves the shared library (-fvisibility=hidden).
leaked=$(nm -D --defined-only "$P/lib/libpromo.so" | awk '$2 ~ /[TDBR]/ {print $3}' |
	grep -v '^promo_' | grep -v '^_' || true)
[ -z "$leaked" ] || fail "non-API symbols exported: $(echo $leaked | head -c 300)"

# The embed example, with nothing but pkg-config to find the library.
export PKG_CONFIG_PATH="$P/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$T"
cflags=$(pkg-config --cflags --libs promo) || fail "pkg-config does not know promo"
case $cflags in *"$T/usr/local/include"*) ;; *) fail "pkg-config gave '$cflags'" ;; esac
cp "$ROOT/examples/embed/checkout.c" "$ROOT/examples/embed/Makefile" "$T/"
make --no-print-directory -s -C "$T" checkout >"$T/cc.log" 2>&1 || { cat "$T/cc.log"; fail "embed build failed"; }

LD_LIBRARY_PATH="$P/lib" "$P/bin/promo" build "$ROOT/examples/double11.promo" -o "$T/double11.pbc" ||
	fail "promo build double11.promo failed"
LD_LIBRARY_PATH="$P/lib" "$T/checkout" "$T/double11.pbc" 8 >"$T/out.txt" 2>&1 ||
	{ cat "$T/out.txt"; fail "checkout failed"; }
cat "$T/out.txt"
grep -q '^8 threads x 1000 carts: identical totals$' "$T/out.txt" || fail "threads disagreed"
[ "$(grep -c '^cart [0-9]: subtotal' "$T/out.txt")" = 4 ] || fail "expected 4 priced carts"
# It really ran against the installed shared library.
LD_LIBRARY_PATH="$P/lib" ldd "$T/checkout" | grep -q "$P/lib/libpromo.so.0" ||
	fail "checkout is not linked to the installed libpromo.so.0"
echo "install.sh: ok"
