import { HalcyonError } from '../errors.ts';

// A C library an app or a dependency names in pkgconfig-depends is found through its .pc file,
// which comes with the library's Debian/Ubuntu -dev package: absent, cabal's solver rejects
// the package, and says so in terms of its search, not of the package to install.

/**
 * The -dev package that provides NAME.pc on Debian and Ubuntu, where the name does not say
 * it: only ones checked against the packages' file lists (dpkg -S on Debian 12); for any
 * other, the remedy says how to find it.
 */
const DEV_PACKAGES: Readonly<Record<string, string>> = {
  zlib: 'zlib1g-dev',
  yajl: 'libyajl-dev',
  libpq: 'libpq-dev',
  openssl: 'libssl-dev',
  libssl: 'libssl-dev',
  libcrypto: 'libssl-dev',
  sqlite3: 'libsqlite3-dev',
  libffi: 'libffi-dev',
  gmp: 'libgmp-dev',
  'libxml-2.0': 'libxml2-dev',
  liblzma: 'liblzma-dev',
  'icu-uc': 'libicu-dev',
  'icu-i18n': 'libicu-dev',
  'yaml-0.1': 'libyaml-dev',
};

/**
 * The pkg-config names cabal's solver found missing, from its output (its lines wrapped
 * anywhere): `pkg-config package yajl-any, not found in the pkg-config database`, the name
 * followed by its version range (`any`, `>=2.1`, …).
 */
export function missingPkgConfigNames(cabalOutput: string): string[] {
  const text = cabalOutput.replace(/\s+/g, ' ');
  const names = [...text.matchAll(/pkg-config package (\S+?)-(?:any|none|[<>=^(])[^,]*, not found in the pkg-config database/g)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => name !== ''))];
}

/** The error for C libraries cabal could not find: each .pc file named, with the package to add. */
export function missingPkgConfigError(names: readonly string[], extraOsPackages: readonly string[], cabalTail: string): HalcyonError {
  const files = names.map((name) => `${name}.pc`).join(', ');
  const add = names.map((name) => {
    const known = DEV_PACKAGES[name];
    return known ? `${known} (it provides ${name}.pc)` : `the Debian/Ubuntu -dev package that provides ${name}.pc (apt-file search ${name}.pc names it)`;
  });
  const already = extraOsPackages.length > 0 ? `\nHALCYON_EXTRA_OS_PACKAGES is now "${extraOsPackages.join(' ')}": none of them provides ${names.length === 1 ? 'it' : 'them'}.` : '';
  return new HalcyonError('app/pkg-config-not-found', `cabal found no pkg-config file for the C ${names.length === 1 ? 'library' : 'libraries'} the app's packages need: ${files}`, {
    remedy: `Add to HALCYON_EXTRA_OS_PACKAGES (space-separated): ${add.join('; ')}.${already}\ncabal said:\n${cabalTail}`,
  });
}
