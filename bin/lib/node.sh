# shellcheck shell=sh
#
# The Node.js that runs the buildpack's own code (dist/halcyon.mjs). It is never the app's
# Node, never goes into BUILD_DIR, and never goes on the `export` PATH.
#
#   halcyon_node CACHE_DIR [with-npm]
#
# Sets HALCYON_NODE_BIN to a usable node binary (major >= HALCYON_NODE_MIN_MAJOR):
#   1. `node` on PATH, when it is new enough (no download);
#   2. otherwise the release pinned in "$BP_DIR/inventory/node.txt" for this machine's arch,
#      unpacked at CACHE_DIR/node-v<version>-<arch>/bin/node. A cached copy is reused when its
#      .halcyon-sha256 marker matches the inventory. A fresh download goes to a temp dir inside
#      CACHE_DIR, its sha256 is checked BEFORE anything is unpacked, and the result is renamed
#      into place only once it runs, so an interrupted fetch never leaves a half-installed Node.
# `with-npm` (scripts/setup.sh, for development) also wants npm: a PATH node counts only with
# an npm on PATH, and the pinned release is unpacked with its bin/npm and lib/node_modules.
#
# Progress lines go to stdout (the build log); callers that need a clean stdout redirect the
# call (`halcyon_node DIR >&2`). Errors go to stderr as ` !     ` blocks. Returns non-zero on
# failure. The caller sets BP_DIR.
#
# Environment:
#   HALCYON_NODE_MIRROR_URL  download base used instead of https://nodejs.org/dist
#                            (same layout: <base>/v<version>/node-v<version>-<arch>.tar.gz)

HALCYON_NODE_MIN_MAJOR=20
HALCYON_NODE_DEFAULT_BASE=https://nodejs.org/dist

# halcyon_node_error LINE... : one ` !     ` block on stderr, with blank lines around it.
halcyon_node_error() {
  {
    printf '\n'
    for _hn_line in "$@"; do
      printf ' !     %s\n' "$_hn_line"
    done
    printf '\n'
  } >&2
}

# halcyon_node_major NODE : prints NODE's major version; fails if NODE does not run.
halcyon_node_major() {
  _hn_v=$("$1" --version 2>/dev/null) || return 1
  _hn_v=${_hn_v#v}
  _hn_v=${_hn_v%%.*}
  case $_hn_v in
    '' | *[!0-9]*) return 1 ;;
  esac
  printf '%s\n' "$_hn_v"
}

# halcyon_node_arch : prints the inventory arch (linux-x64, linux-arm64) of this machine.
halcyon_node_arch() {
  [ "$(uname -s)" = Linux ] || return 1
  case $(uname -m) in
    x86_64 | amd64) echo linux-x64 ;;
    aarch64 | arm64) echo linux-arm64 ;;
    *) return 1 ;;
  esac
}

# halcyon_node_sha256 FILE : prints FILE's sha256 (sha256sum, or shasum -a 256).
halcyon_node_sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    _hn_sum=$(sha256sum "$1") || return 1
  else
    _hn_sum=$(shasum -a 256 "$1") || return 1
  fi
  printf '%s\n' "${_hn_sum%% *}"
}

# halcyon_node_download URL FILE : curl if present, else wget. A transfer stalled below
# 1 KB/s for 30 s is aborted (and retried) rather than hanging the build to its time limit.
halcyon_node_download() {
  if command -v curl >/dev/null 2>&1; then
    curl --fail --silent --show-error --location --retry 3 --connect-timeout 10 \
      --speed-limit 1024 --speed-time 30 --output "$2" "$1"
  else
    wget -q -T 10 -O "$2" "$1"
  fi
}

# halcyon_node_cleanup : removes this run's temp dir and drops the signal traps.
halcyon_node_cleanup() {
  if [ -n "${_hn_tmp:-}" ]; then
    rm -rf "$_hn_tmp"
    _hn_tmp=
  fi
  trap - EXIT INT TERM
}

halcyon_node() {
  HALCYON_NODE_BIN=
  _hn_cache=${1:?halcyon_node: CACHE_DIR required}
  _hn_npm=${2:-}
  _hn_tmp=

  # 1. A new enough node on PATH (with npm, where asked); else why not, for an error that must offer both fixes.
  if ! _hn_path=$(command -v node 2>/dev/null); then
    _hn_why="there is no node on PATH"
  elif ! _hn_major=$(halcyon_node_major "$_hn_path"); then
    _hn_why="$_hn_path does not run"
  elif [ "$_hn_major" -lt "$HALCYON_NODE_MIN_MAJOR" ]; then
    _hn_why="$_hn_path is Node.js $_hn_major"
  elif [ -n "$_hn_npm" ] && ! command -v npm >/dev/null 2>&1; then
    _hn_why="there is no npm on PATH beside $_hn_path"
  else
    HALCYON_NODE_BIN=$_hn_path
    return 0
  fi

  # 2. The pinned release for this machine.
  if ! _hn_arch=$(halcyon_node_arch); then
    halcyon_node_error \
      "Error: no Node.js $HALCYON_NODE_MIN_MAJOR or newer on PATH, and none to download for $(uname -s) $(uname -m)." \
      "The buildpack's code runs on Node.js; it downloads Node.js only for Linux x86_64 and aarch64." \
      "Fix: put Node.js $HALCYON_NODE_MIN_MAJOR or newer on PATH."
    return 1
  fi

  _hn_inventory=$BP_DIR/inventory/node.txt
  if [ ! -r "$_hn_inventory" ]; then
    halcyon_node_error \
      "Error: the buildpack's Node.js inventory is missing: $_hn_inventory" \
      "This buildpack checkout is incomplete. Fix: use a released version of the buildpack."
    return 1
  fi
  _hn_version=
  _hn_sha=
  _hn_rel=
  while read -r _hn_a _hn_v _hn_s _hn_p _hn_rest || [ -n "${_hn_a:-}" ]; do
    case $_hn_a in
      '' | '#'*) continue ;;
    esac
    if [ "$_hn_a" = "$_hn_arch" ]; then
      _hn_version=$_hn_v
      _hn_sha=$_hn_s
      _hn_rel=$_hn_p
      break
    fi
  done <"$_hn_inventory"
  # The fields are used in paths and URLs: accept only the expected shapes.
  case $_hn_version in
    '' | *[!0-9.]*) _hn_version= ;;
  esac
  case $_hn_sha in
    *[!0-9a-f]*) _hn_sha= ;;
  esac
  case $_hn_rel in
    /* | *..* | *[!A-Za-z0-9._/-]*) _hn_rel= ;;
    *?.tar.gz) ;;
    *) _hn_rel= ;;
  esac
  _hn_top=${_hn_rel##*/}
  _hn_top=${_hn_top%.tar.gz}
  if [ -z "$_hn_version" ] || [ ${#_hn_sha} -ne 64 ] || [ -z "$_hn_rel" ] || [ -z "$_hn_top" ]; then
    halcyon_node_error \
      "Error: $_hn_inventory has no valid line for $_hn_arch." \
      "Each line is: <arch> <version> <sha256> <path>.tar.gz (path relative to the download base)." \
      "Fix: restore inventory/node.txt from the buildpack's repository."
    return 1
  fi

  _hn_name=node-v$_hn_version-$_hn_arch
  _hn_dest=$_hn_cache/$_hn_name

  # Reuse a previous install when its marker names the same archive.
  if [ -x "$_hn_dest/bin/node" ] && [ -f "$_hn_dest/.halcyon-sha256" ] &&
    { [ -z "$_hn_npm" ] || [ -x "$_hn_dest/bin/npm" ]; }; then
    _hn_marker=
    read -r _hn_marker <"$_hn_dest/.halcyon-sha256" || true
    if [ "$_hn_marker" = "$_hn_sha" ]; then
      HALCYON_NODE_BIN=$_hn_dest/bin/node
      return 0
    fi
  fi

  if ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
    halcyon_node_error \
      "Error: cannot download Node.js $_hn_version: neither curl nor wget is on PATH." \
      "Fix: install curl, or put Node.js $HALCYON_NODE_MIN_MAJOR or newer on PATH."
    return 1
  fi
  if ! command -v sha256sum >/dev/null 2>&1 && ! command -v shasum >/dev/null 2>&1; then
    halcyon_node_error \
      "Error: cannot verify a Node.js download: neither sha256sum nor shasum is on PATH." \
      "Fix: install coreutils, or put Node.js $HALCYON_NODE_MIN_MAJOR or newer on PATH."
    return 1
  fi

  _hn_base=${HALCYON_NODE_MIRROR_URL:-$HALCYON_NODE_DEFAULT_BASE}
  while [ "${_hn_base%/}" != "$_hn_base" ]; do
    _hn_base=${_hn_base%/}
  done
  _hn_url=$_hn_base/$_hn_rel

  echo "-----> Fetching Node.js $_hn_version ($_hn_arch) for the buildpack"
  if [ -n "${HALCYON_NODE_MIRROR_URL:-}" ]; then
    echo "       from HALCYON_NODE_MIRROR_URL: $_hn_base"
  fi

  if ! mkdir -p "$_hn_cache" 2>/dev/null || [ ! -w "$_hn_cache" ]; then
    halcyon_node_error \
      "Error: cannot write the Node.js cache directory $_hn_cache." \
      "Fix: make it writable (for bin/halcyon, bin/build and bin/restore: set HALCYON_NODE_CACHE to a writable directory)."
    return 1
  fi

  # Temp dirs of runs that died (even by SIGKILL) are swept; a live run's dir is left alone.
  for _hn_old in "$_hn_cache"/.tmp.*; do
    [ -e "$_hn_old" ] || continue
    _hn_pid=${_hn_old##*/.tmp.}
    case $_hn_pid in
      '' | *[!0-9]*) continue ;;
    esac
    if [ "$_hn_pid" != "$$" ] && kill -0 "$_hn_pid" 2>/dev/null; then
      continue
    fi
    rm -rf "$_hn_old"
  done

  _hn_tmp=$_hn_cache/.tmp.$$
  trap 'halcyon_node_cleanup' EXIT
  trap 'halcyon_node_cleanup; exit 130' INT
  trap 'halcyon_node_cleanup; exit 143' TERM
  if ! mkdir "$_hn_tmp" "$_hn_tmp/unpack"; then
    halcyon_node_cleanup
    halcyon_node_error "Error: cannot create a temp directory in $_hn_cache."
    return 1
  fi
  _hn_archive=$_hn_tmp/$_hn_top.tar.gz

  if ! halcyon_node_download "$_hn_url" "$_hn_archive"; then
    halcyon_node_cleanup
    halcyon_node_error \
      "Error: no Node.js $HALCYON_NODE_MIN_MAJOR or newer to run the buildpack: $_hn_why, and the pinned" \
      "Node.js $_hn_version could not be downloaded from $_hn_url" \
      "Fix, either of:" \
      "- put Node.js $HALCYON_NODE_MIN_MAJOR or newer on PATH (on Heroku: the heroku/nodejs buildpack, before this one);" \
      "- make the download reachable: retry, or set HALCYON_NODE_MIRROR_URL to a reachable mirror" \
      "  with the same layout (unset means $HALCYON_NODE_DEFAULT_BASE)."
    return 1
  fi

  if ! _hn_actual=$(halcyon_node_sha256 "$_hn_archive") || [ "$_hn_actual" != "$_hn_sha" ]; then
    halcyon_node_cleanup
    halcyon_node_error \
      "Error: the Node.js download does not match its pinned sha256; it was deleted, nothing was installed." \
      "URL:      $_hn_url" \
      "Expected: $_hn_sha (inventory/node.txt)" \
      "Actual:   ${_hn_actual:-unknown}" \
      "Fix: retry the build (the download may have been corrupted). If HALCYON_NODE_MIRROR_URL" \
      "is set, check that the mirror serves the official, unmodified Node.js release files."
    return 1
  fi

  # The shims need only bin/node (no npm, no headers): smaller cache, faster unpack.
  _hn_parts=$_hn_top/bin/node
  [ -z "$_hn_npm" ] || _hn_parts="$_hn_top/bin $_hn_top/lib"
  # shellcheck disable=SC2086 # two paths, split on purpose; neither holds a space (checked above)
  if ! tar -xzf "$_hn_archive" -C "$_hn_tmp/unpack" $_hn_parts; then
    halcyon_node_cleanup
    halcyon_node_error \
      "Error: could not unpack $_hn_top/bin/node from $_hn_url (it passed its checksum)." \
      "Fix: check that the cache directory's disk is not full, then retry the build."
    return 1
  fi
  _hn_new=$_hn_tmp/unpack/$_hn_top
  _hn_got=$("$_hn_new/bin/node" --version 2>/dev/null) || _hn_got=
  if [ "$_hn_got" != "v$_hn_version" ]; then
    halcyon_node_cleanup
    halcyon_node_error \
      "Error: the downloaded Node.js $_hn_version does not run on this machine (got '${_hn_got:-no output}')." \
      "Fix: put Node.js $HALCYON_NODE_MIN_MAJOR or newer on PATH, or report this with your stack and arch."
    return 1
  fi

  if ! printf '%s\n' "$_hn_sha" >"$_hn_new/.halcyon-sha256" ||
    ! rm -rf "$_hn_dest" ||
    ! mv "$_hn_new" "$_hn_dest"; then
    halcyon_node_cleanup
    rm -rf "$_hn_dest"
    halcyon_node_error "Error: could not install Node.js into $_hn_dest." \
      "Fix: check that the cache directory's disk is not full, then retry the build."
    return 1
  fi
  halcyon_node_cleanup

  # Drop other Node versions left by earlier inventories: the cache is transferred every build.
  for _hn_old in "$_hn_cache"/node-v*; do
    if [ -e "$_hn_old" ] && [ "$_hn_old" != "$_hn_dest" ]; then
      rm -rf "$_hn_old"
    fi
  done

  echo "       verified sha256, cached for the next run"
  # shellcheck disable=SC2034 # the result, read by the sourcing script
  HALCYON_NODE_BIN=$_hn_dest/bin/node
  return 0
}
