#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for development, the demo and the tests:
# GHC and cabal-install (the system toolchain the tests build with), zstd (layer archives),
# the shim linter shellcheck, curl, patch and xz (the corpus script), all with apt; then Node.js
# 20 or newer with npm (the machine's, or the buildpack's own pinned release); then the npm
# dependencies from the lockfile. The corpus of real Hackage packages is fetched by the tests
# themselves (scripts/corpus.sh, through apt, cached in /var/tmp/halcyon-corpus-cache).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v ghc >/dev/null 2>&1 || missing+=(ghc)
command -v cabal >/dev/null 2>&1 || missing+=(cabal-install)
command -v zstd >/dev/null 2>&1 || missing+=(zstd)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# curl's HTTPS downloads (the pinned Node.js) need the CA certificates, only recommended by curl.
[[ -e /etc/ssl/certs/ca-certificates.crt ]] || missing+=(ca-certificates)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
# pgrep: tests check no zstd is left running.
command -v pgrep >/dev/null 2>&1 || missing+=(procps)
# The real-world corpus (scripts/corpus.sh) patches and unpacks Debian source packages.
command -v patch >/dev/null 2>&1 || missing+=(patch)
command -v xz >/dev/null 2>&1 || missing+=(xz-utils)

if ((${#missing[@]} > 0)); then
  echo "-----> Installing ${missing[*]} with apt-get"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

scripts/setup-node.sh

echo "-----> Installing npm dependencies (npm ci)"
npm ci --no-audit --no-fund --loglevel=error
