#!/usr/bin/env bash
# Makes sure Node.js 20 or newer and npm are on PATH (package.json's engines), for
# scripts/setup.sh. The machine's own are used when new enough; Debian 12's and Ubuntu
# 24.04's nodejs is 18, so there the buildpack's own pinned release (inventory/node.txt,
# sha256-checked by bin/lib/node.sh, the shims' bootstrap) is installed with its npm and
# linked into a directory on PATH.
#
# Environment: HALCYON_NODE_MIRROR_URL (as for the shims); HALCYON_SETUP_NODE_DIR (where the
# pinned release goes; /usr/local/lib/halcyon-node as root, else ~/.local/lib/halcyon-node)
# and HALCYON_SETUP_BIN_DIR (where node, npm and npx are linked; /usr/local/bin or ~/.local/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -eq 0 ]]; then
  node_dir=${HALCYON_SETUP_NODE_DIR:-/usr/local/lib/halcyon-node}
  bin_dir=${HALCYON_SETUP_BIN_DIR:-/usr/local/bin}
else
  node_dir=${HALCYON_SETUP_NODE_DIR:-$HOME/.local/lib/halcyon-node}
  bin_dir=${HALCYON_SETUP_BIN_DIR:-$HOME/.local/bin}
fi

fail() {
  printf '\n' >&2
  printf ' !     %s\n' "$@" >&2
  printf '\n' >&2
  exit 1
}

BP_DIR=$PWD
# shellcheck source=bin/lib/node.sh
. bin/lib/node.sh

if ! halcyon_node "$node_dir" with-npm; then
  fail "Error: the tests, the demo and the build need Node.js $HALCYON_NODE_MIN_MAJOR or newer with npm; PATH has none," \
    "and the pinned release (inventory/node.txt) could not be installed (see above)." \
    "Fix: put Node.js $HALCYON_NODE_MIN_MAJOR or newer, with npm, on PATH; or make the download reachable" \
    "(${HALCYON_NODE_MIRROR_URL:-$HALCYON_NODE_DEFAULT_BASE}, or a mirror of it in HALCYON_NODE_MIRROR_URL)." \
    "Then run scripts/setup.sh again."
fi

if [[ $HALCYON_NODE_BIN == "$node_dir"/* ]]; then
  release=$(dirname "$(dirname "$HALCYON_NODE_BIN")")
  mkdir -p "$bin_dir"
  for tool in node npm npx; do
    # A link is ours to replace; a file is someone's own install, left alone.
    if [[ -e $bin_dir/$tool && ! -L $bin_dir/$tool ]]; then
      fail "Error: $bin_dir/$tool exists and is not a link; setup does not replace it." \
        "Fix: remove it, or put Node.js $HALCYON_NODE_MIN_MAJOR or newer with npm on PATH; then run scripts/setup.sh again."
    fi
    ln -sfn "$release/bin/$tool" "$bin_dir/$tool"
  done
  echo "       linked node, npm and npx into $bin_dir"
  hash -r
  found=$(command -v node || true)
  if [[ $(readlink -f "$found") != $(readlink -f "$HALCYON_NODE_BIN") ]] ||
    [[ $(readlink -f "$(command -v npm || true)") != $(readlink -f "$release/bin/npm") ]]; then
    fail "Error: Node.js is installed in $release, but PATH finds ${found:-no node} first." \
      "Fix: put $bin_dir at the front of PATH, then run scripts/setup.sh again."
  fi
fi
echo "-----> Node.js $(node --version) and npm $(npm --version) on PATH"
