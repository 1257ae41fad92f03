#!/usr/bin/env bash
# Assembles the real-world corpus: a cabal `file+noindex` repository in DIR holding
# <name>-<version>.tar.gz for every package of test/corpus/packages.lock, taken from
# Debian's Haskell source packages (whose .orig.tar.gz is the pristine Hackage sdist).
#
#   scripts/corpus.sh DIR
#
# Then: HALCYON_CABAL_REMOTE_REPO=corpus:file+noindex:///DIR (an absolute path).
#
# - apt runs with a private configuration (its sources derived from the system's own
#   sources as deb-src, its lists and cache in the cache directory): nothing under /etc or
#   /var/lib/apt is read for packages or written, and no mirror is named in this repository.
# - Every downloaded .orig tarball is checked against its sha256 in the lock before use;
#   every tarball in DIR against its pin (column 7). A complete DIR is checked offline.
# - Downloads are kept in ${HALCYON_CORPUS_CACHE:-/var/tmp/halcyon-corpus-cache}.
# - Re-packed tarballs (a package patched with its Debian .cabal patch, or hsc2hs taken
#   out of GHC's source) are byte-reproducible: sorted names, fixed mtime, owner 0, gzip -n.
#
# Needs: bash, apt-get, tar (GNU, >= 1.28), gzip, xz, patch, sha256sum. Works as root or not.
set -euo pipefail

readonly fixed_mtime='@1000000000' # 2001-09-09, the mtime cabal sdist uses too

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lock="$root/test/corpus/packages.lock"
local_patches="$root/test/corpus/patches"
cache="${HALCYON_CORPUS_CACHE:-/var/tmp/halcyon-corpus-cache}"
started=$(date +%s%N)

work='' scratch='' tmp=''
cleanup() { rm -rf "$work" "$scratch" "$tmp"; }
trap cleanup EXIT

step() { echo "-----> $*"; }
note() { echo "       $*"; }
die() {
  echo " !     $1" >&2
  shift
  local line
  for line in "$@"; do echo "       $line" >&2; done
  exit 1
}

if [[ $# -ne 1 || $1 == -* ]]; then
  echo "usage: scripts/corpus.sh DIR   (assembles the corpus repository in DIR)" >&2
  exit 2
fi
mkdir -p "$1" || die "cannot create $1" "Give a directory you can write to."
dir=$(cd "$1" && pwd)
[[ -f $lock ]] || die "no lock file at $lock"

# --- the lock ----------------------------------------------------------------------------
# name version source[:subdir] debian-version sha256-of-orig pristine|patched repo-sha256|= [patches]
names=() versions=() sources=() debversions=() origshas=() states=() reposhas=() patchlists=()
while read -r name version source debversion origsha state reposha patchlist extra; do
  [[ -z $name || $name == \#* ]] && continue
  if [[ -z $reposha || -n $extra || ! $origsha =~ ^[0-9a-f]{64}$ || ! $reposha =~ ^([0-9a-f]{64}|=|-)$ ]]; then
    die "malformed line for $name in $lock" "Expected: name version source[:subdir] debian-version sha256-of-orig pristine|patched repo-sha256|= [patches]"
  fi
  case $state in
    pristine) [[ -z $patchlist ]] || die "$name is marked pristine but lists patches in $lock" ;;
    patched) [[ -n $patchlist ]] || die "$name is marked patched but lists no patches in $lock" ;;
    *) die "$name: state must be pristine or patched, not '$state' ($lock)" ;;
  esac
  if [[ $reposha == '=' && ($state == patched || $source == *:*) ]]; then
    die "$name is re-packed, so its repo sha256 (column 7) cannot be '=' ($lock)"
  fi
  names+=("$name") versions+=("$version") sources+=("$source") debversions+=("$debversion")
  origshas+=("$origsha") states+=("$state") reposhas+=("$reposha") patchlists+=("$patchlist")
done <"$lock"
count=${#names[@]}
((count > 0)) || die "$lock lists no packages"

expected_sha() { # index -> the sha256 the tarball in DIR must have ('-': not pinned yet)
  if [[ ${reposhas[$1]} == '=' ]]; then echo "${origshas[$1]}"; else echo "${reposhas[$1]}"; fi
}
sha_of() { sha256sum "$1" | cut -d' ' -f1; }
upstream_version() { # 1:2.0-3 -> 2.0
  local v=${1#*:}
  echo "${v%-*}"
}

# --- what is already there ---------------------------------------------------------------
step "Checking $dir against $(basename "$lock") ($count packages)"
todo=()
for ((i = 0; i < count; i++)); do
  file="$dir/${names[i]}-${versions[i]}.tar.gz"
  want=$(expected_sha "$i")
  if [[ -f $file && $want != '-' ]]; then
    [[ $(sha_of "$file") == "$want" ]] && continue
    note "${names[i]}-${versions[i]}.tar.gz does not match its pin: rebuilding it"
  fi
  todo+=("$i")
done

# Other versions of the corpus packages would change cabal's plans: they go.
shopt -s nullglob
declare -A wanted=()
for ((i = 0; i < count; i++)); do wanted["${names[i]}-${versions[i]}.tar.gz"]=1; done
changed=0
for file in "$dir"/*.tar.gz; do
  base=$(basename "$file")
  [[ -n ${wanted[$base]:-} ]] && continue
  for ((i = 0; i < count; i++)); do
    if [[ $base =~ ^${names[i]}-[0-9][0-9.]*\.tar\.gz$ ]]; then
      note "removing $base (not in the lock)"
      rm -f "$file"
      changed=1
      break
    fi
  done
done
for file in "$dir"/.corpus-tmp.*; do rm -rf "$file"; done # left by a killed run

summary() {
  local total=0 patched=0 elapsed
  for ((i = 0; i < count; i++)); do
    total=$((total + $(stat -c %s "$dir/${names[i]}-${versions[i]}.tar.gz")))
    [[ ${states[i]} == patched ]] && patched=$((patched + 1))
  done
  elapsed=$((($(date +%s%N) - started) / 100000000))
  step "Corpus ready: $count packages ($patched patched), $(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1000000 }') MB in $dir, $((elapsed / 10)).$((elapsed % 10)) s"
  note "use it with HALCYON_CABAL_REMOTE_REPO=corpus:file+noindex://$dir"
}

if ((${#todo[@]} == 0)); then
  # cabal rebuilds noindex.cache when it is missing; a stale one hides new tarballs.
  ((changed == 0)) || rm -f "$dir/noindex.cache"
  note "all $count tarballs present and matching their pins: nothing to download"
  summary
  exit 0
fi
note "${#todo[@]} to assemble"

# --- sources: the cache, else apt ---------------------------------------------------------
mkdir -p "$cache/sources" || die "cannot create the cache directory $cache" \
  "Set HALCYON_CORPUS_CACHE to a directory you can write to."
cache=$(cd "$cache" && pwd)
srcdir="$cache/sources"

orig_in_cache() { # index -> path of the cached .orig tarball, or nothing
  local source=${sources[$1]%%:*} up f
  up=$(upstream_version "${debversions[$1]}")
  for f in "$srcdir/${source}_${up}.orig.tar."*; do
    [[ $f == *.asc ]] || {
      echo "$f"
      return 0
    }
  done
}
debian_in_cache() { # index -> path of the cached .debian.tar.*, or nothing
  local source=${sources[$1]%%:*} v=${debversions[$1]#*:} f
  for f in "$srcdir/${source}_${v}.debian.tar."*; do
    echo "$f"
    return 0
  done
}
needs_debian() { [[ ${patchlists[$1]} == *debian:* ]]; }

declare -A fetch=()
for i in "${todo[@]}"; do
  if [[ -z $(orig_in_cache "$i") ]] || { needs_debian "$i" && [[ -z $(debian_in_cache "$i") ]]; }; then
    fetch["${sources[i]%%:*}=${debversions[i]}"]=1
  fi
done

apt_dir="$cache/apt"
apt_opts=(
  -o "Dir::Etc::SourceList=/dev/null"
  -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::State::status=/dev/null"
  -o "Dir::Cache=$apt_dir/cache"
  -o "Debug::NoLocking=1"
  -o "APT::Get::Only-Source=true"
  -o "Acquire::Languages=none"
)
# apt drops privileges to _apt for downloads; _apt cannot write into a private folder.
[[ $(id -u) == 0 ]] && apt_opts+=(-o "APT::Sandbox::User=root")

apt_sources() { # writes deb-src versions of the system's apt sources into $apt_dir/sources.list.d
  local parts=/etc/apt/sources.list.d list=/etc/apt/sources.list out="$apt_dir/sources.list.d" f n=0
  # Where this system keeps its sources (apt-config resolves Dir::Etc and friends).
  eval "$(apt-config shell parts Dir::Etc::sourceparts/d list Dir::Etc::sourcelist/f 2>/dev/null || true)"
  parts=${parts%/}
  rm -rf "$out" && mkdir -p "$out"
  # deb822 stanzas: "Types: deb" becomes "Types: deb-src" (a stanza that has deb-src keeps it).
  for f in "$parts"/*.sources; do
    [[ -r $f ]] || continue
    sed -E '/^Types:/{/deb-src/!s/^Types:.*$/Types: deb-src/}' "$f" >"$out/corpus-$n.sources"
    n=$((n + 1))
  done
  # one-line format: "deb URI SUITE COMPONENTS" becomes "deb-src URI SUITE COMPONENTS".
  for f in "$list" "$parts"/*.list; do
    [[ -r $f ]] || continue
    sed -nE 's/^[[:space:]]*deb[[:space:]]+/deb-src /p' "$f" >"$out/corpus-$n.list"
    n=$((n + 1))
  done
  ((n > 0)) || die "no apt sources found (looked in $parts/*.sources, $list and $parts/*.list)" \
    "The corpus comes from Debian's source packages: configure Debian's apt sources first."
}

if ((${#fetch[@]} > 0)); then
  command -v apt-get >/dev/null || die "apt-get not found: the corpus comes from Debian's source packages" \
    "Run this on Debian 12 (bookworm), or copy a complete corpus directory or cache from such a machine."
  step "Downloading ${#fetch[@]} Debian source packages (private apt configuration in $apt_dir)"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  apt_sources
  # apt-get update exits 0 when a mirror cannot be reached; its "Err:" and "W:" lines say so.
  status=0
  out=$(apt-get "${apt_opts[@]}" update 2>&1) || status=$?
  update_errors=$(printf '%s\n' "$out" | grep -E '^(E:|Err:|W: (Failed|Some))' | head -n 6 || true)
  if [[ $status != 0 || -n $update_errors ]]; then
    note "apt-get update failed; going on with the indexes it has, if any:"
    printf '%s\n' "${update_errors:-$out}" | sed 's/^/       /' >&2
    update_errors=${update_errors:-failed}
  fi
  work=$(mktemp -d "$cache/download.XXXXXX")
  mapfile -t wanted_sources < <(printf '%s\n' "${!fetch[@]}" | sort)
  if ! out=$(cd "$work" && apt-get "${apt_opts[@]}" source --download-only "${wanted_sources[@]}" 2>&1); then
    missing=()
    for spec in "${wanted_sources[@]}"; do
      if ! apt-cache "${apt_opts[@]}" showsrc "${spec%%=*}" 2>/dev/null | grep -qx "Version: ${spec#*=}"; then
        missing+=("$spec")
      fi
    done
    echo "$out" | tail -n 15 | sed 's/^/       /' >&2
    if [[ -n $update_errors ]] && ((${#missing[@]} > 0)); then
      die "apt-get update failed, so apt cannot find the source packages (${#missing[@]} missing)" \
        "Check that this machine reaches the Debian mirror of its apt sources (apt-get update), then run" \
        "again; or copy a complete corpus directory or cache (HALCYON_CORPUS_CACHE) from a machine that does."
    elif ((${#missing[@]} > 0)); then
      die "apt knows no source package ${missing[*]:0:6}${missing[6]:+ (and $((${#missing[@]} - 6)) more)}" \
        "The lock pins versions of Debian 12 (bookworm): check that this machine's apt sources are" \
        "bookworm's, or, if Debian replaced a version, update its line in test/corpus/packages.lock" \
        "(version, sha256 and pin) and check the corpus apps again."
    fi
    die "apt-get source failed (see above)" \
      "Check the network access to the Debian mirror in this machine's apt sources, then run again."
  fi
  for f in "$work"/*; do mv -f "$f" "$srcdir/"; done
  rm -rf "$work"
  work=''
fi

# --- assembling ---------------------------------------------------------------------------
repack() { # directory-holding-top, top, output tarball
  tar --sort=name --mtime="$fixed_mtime" --owner=0 --group=0 --numeric-owner --format=gnu \
    --mode='u+rw,go-w,a+rX' -C "$1" -cf - "$2" | gzip -n -9 >"$3"
}

check_cabal_only() { # patch file, package name -> dies unless the patch touches only <name>.cabal
  local target bad=0 n=0
  while read -r target; do
    target=${target%%$'\t'*}
    target=${target#*/}
    n=$((n + 1))
    [[ $target == "$2.cabal" ]] || bad=1
  done < <(sed -n 's/^+++ //p' "$1")
  ((n > 0 && bad == 0)) || die "$2: patch $(basename "$1") touches more than $2.cabal" \
    "The corpus keeps the code pristine: use only patches of the .cabal file (see test/corpus/README.md)."
}

step "Assembling ${#todo[@]} tarballs"
mkdir -p "$cache/work"
as_is=0
for i in "${todo[@]}"; do
  name=${names[i]} version=${versions[i]} source=${sources[i]}
  label="$name-$version"
  orig=$(orig_in_cache "$i")
  [[ -n $orig ]] || die "$label: apt gave no .orig tarball for ${source%%:*} ${debversions[i]}"
  actual=$(sha_of "$orig")
  if [[ $actual != "${origshas[i]}" ]]; then
    rm -f "$orig"
    die "$label: $(basename "$orig") has sha256 $actual, but $lock pins ${origshas[i]}" \
      "The download was removed from the cache. If Debian really changed that tarball, review it and" \
      "update the pin; otherwise run again."
  fi
  tmp="$dir/.corpus-tmp.$label.$$"
  tops=''
  [[ $source == *:* ]] || tops=$(tar -tf "$orig" | cut -d/ -f1 | sort -u)
  if [[ ${states[i]} == pristine && $source != *:* && $tops == "$label" ]]; then
    cp "$orig" "$tmp"
    how=''
    as_is=$((as_is + 1))
  else
    scratch=$(mktemp -d "$cache/work/$label.XXXXXX")
    if [[ $source == *:* ]]; then
      # A package shipped inside another source package (hsc2hs inside ghc): its directory.
      sub=${source#*:}
      tar -xf "$orig" -C "$scratch" --wildcards "*/$sub/*"
      mv "$scratch"/*/"$sub" "$scratch/$label"
      # GHC's release tarball carries build leftovers in utils/hsc2hs (not in hsc2hs's sdist).
      [[ $name == hsc2hs ]] && rm -f "$scratch/$label/test.c" "$scratch/$label/test.o"
      how="directory $sub of Debian's ${source%%:*} source"
    else
      mkdir "$scratch/x"
      tar -xf "$orig" -C "$scratch/x"
      if [[ $tops != *$'\n'* && -d $scratch/x/$tops ]]; then
        mv "$scratch/x/$tops" "$scratch/$label" # one top directory, maybe named otherwise
      else
        mv "$scratch/x" "$scratch/$label" # files at the top
      fi
      how="Debian's .orig tarball, re-packed"
    fi
    [[ -f $scratch/$label/$name.cabal ]] || die "$label: no $name.cabal at the top of the tarball"
    if [[ ${states[i]} == patched ]]; then
      IFS=, read -r -a plist <<<"${patchlists[i]}"
      applied=()
      for p in "${plist[@]}"; do
        case $p in
          debian:*)
            deb=$(debian_in_cache "$i")
            [[ -n $deb ]] || die "$label: apt gave no debian tarball for ${source%%:*} ${debversions[i]}"
            pfile="$scratch/debian/patches/${p#debian:}"
            [[ -f $pfile ]] || tar -xf "$deb" -C "$scratch" debian/patches
            [[ -f $pfile ]] || die "$label: $(basename "$deb") has no debian/patches/${p#debian:}"
            ;;
          local) pfile="$local_patches/$name.patch" ;;
          *) die "$label: unknown patch '$p' in $lock (use debian:<name> or local)" ;;
        esac
        [[ -f $pfile ]] || die "$label: patch file $pfile not found"
        check_cabal_only "$pfile" "$name"
        patch -s -f -p1 --no-backup-if-mismatch -d "$scratch/$label" <"$pfile" >/dev/null ||
          die "$label: patch $p does not apply"
        applied+=("$p")
      done
      how="$how + ${applied[*]}"
    fi
    repack "$scratch" "$label" "$tmp"
    rm -rf "$scratch"
    scratch=''
  fi
  actual=$(sha_of "$tmp")
  want=$(expected_sha "$i")
  if [[ $want == '-' ]]; then
    note "$label: not pinned yet; its sha256 is $actual (put it in column 7 of the lock)"
  elif [[ $actual != "$want" ]]; then
    rm -f "$tmp"
    die "$label: the assembled tarball has sha256 $actual, but $lock pins $want" \
      "Re-packing is meant to be byte-reproducible (GNU tar --sort=name, gzip -n). A different tar or" \
      "gzip may be the cause: compare with a corpus built on Debian 12, then fix the script or the pin."
  fi
  chmod 0644 "$tmp"
  mv -f "$tmp" "$dir/$label.tar.gz"
  tmp=''
  [[ -z $how ]] || note "$label.tar.gz: $how"
  changed=1
done

((as_is == 0)) || note "$as_is more: Debian's .orig tarball as is"
rm -f "$dir/noindex.cache"
summary
