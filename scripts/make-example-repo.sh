#!/bin/sh
# Regenerates examples/repo/: the sdist tarballs of the example packages, which the tests
# and the demo use as a local `file+noindex` cabal repository (no Hackage needed).
# Needs cabal-install (3.4 or later) and GHC on PATH; works offline.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
repo="$root/examples/repo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# A private CABAL_DIR with no repository at all: `cabal sdist` needs no package index, and
# the user's own cabal configuration (which may point at Hackage) stays out of the way.
mkdir -p "$work/cabal"
: > "$work/cabal/config"
export CABAL_DIR="$work/cabal"

mkdir -p "$repo"
for package in tiny-http greeting; do
  cp -R "$root/examples/packages/$package" "$work/$package"
  (cd "$work/$package" && cabal sdist --output-directory="$work/out" >/dev/null)
done

for tarball in "$work"/out/*.tar.gz; do
  cp "$tarball" "$repo/"
  echo "wrote examples/repo/$(basename "$tarball")"
done
# A stale index would hide the new tarballs from cabal; it is rebuilt by `cabal update`.
rm -f "$repo/noindex.cache"
