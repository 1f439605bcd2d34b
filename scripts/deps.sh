#!/bin/sh
# Install the Debian packages the build needs, only when something is missing.
# Runs as root, or through sudo. Extra packages can be asked for in $DEPS_EXTRA
# (.ci/run adds the sanitizer and fuzzing toolchain).
set -e
need=""
command -v flex >/dev/null 2>&1 || need="$need flex"
command -v bison >/dev/null 2>&1 || need="$need bison"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
[ -f /usr/include/cmocka.h ] || need="$need libcmocka-dev"
[ -f /usr/include/jansson.h ] || need="$need libjansson-dev"
for p in $DEPS_EXTRA; do
	dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
[ -z "$need" ] && exit 0
echo "deps: installing$need"
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
	echo "deps: missing$need and not root (no sudo): install them and re-run" >&2; exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $need
