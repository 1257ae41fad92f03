#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for development, the demo and the tests:
# GHC and cabal-install (the system toolchain the tests build with), zstd (layer archives),
# shellcheck (shim lint), curl, then the npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v ghc >/dev/null 2>&1 || missing+=(ghc)
command -v cabal >/dev/null 2>&1 || missing+=(cabal-install)
command -v zstd >/dev/null 2>&1 || missing+=(zstd)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)

if ((${#missing[@]} > 0)); then
  echo "-----> Installing ${missing[*]} with apt-get"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "-----> Installing npm dependencies (npm ci)"
npm ci --no-audit --no-fund --loglevel=error
