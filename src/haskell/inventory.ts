// Official GHC and cabal-install binary distributions the buildpack can install.
//
// Every URL and sha256 below is copied from ghcup's metadata: haskell/ghcup-metadata,
// file ghcup-0.0.9.yaml at commit 0341867f2d419567cf42ea6931e031b00ab3a922. For each
// platform the entry is the one ghcup itself picks there (its Linux_Ubuntu, Linux_Debian
// and, for aarch64 where no distribution-specific build exists, Linux_UnknownLinux
// entries). ghcup maps Ubuntu 24.04 to the 22.04 or 20.04 GHC builds for these versions.
// Heroku-22 is Ubuntu 22.04 and Heroku-24 is Ubuntu 24.04.
//
// GHC archives unpack to one directory (e.g. ghc-9.10.3-x86_64-unknown-linux) holding a
// relocatable bindist: `./configure --prefix=DIR && make install`. cabal-install archives
// hold the `cabal` executable at their top level.

export type PlatformKey =
  | 'ubuntu-22.04-x86_64'
  | 'ubuntu-24.04-x86_64'
  | 'ubuntu-22.04-aarch64'
  | 'ubuntu-24.04-aarch64'
  | 'debian-12-x86_64';

export const PLATFORM_KEYS: readonly PlatformKey[] = [
  'ubuntu-22.04-x86_64',
  'ubuntu-24.04-x86_64',
  'ubuntu-22.04-aarch64',
  'ubuntu-24.04-aarch64',
  'debian-12-x86_64',
];

export interface Download {
  url: string;
  sha256: string;
}

/** ghcup's "Recommended" GHC in the metadata above. */
export const DEFAULT_GHC_VERSION = '9.10.3';
/** Supports every GHC below (9.12 needs cabal-install 3.14 or later), with native Ubuntu 22.04 and 24.04 builds. */
export const DEFAULT_CABAL_VERSION = '3.14.2.0';

const GHC = 'https://downloads.haskell.org/~ghc';
const CABAL = 'https://downloads.haskell.org/~ghcup/unofficial-bindists/cabal';

export const GHC_BINDISTS: Record<string, Partial<Record<PlatformKey, Download>>> = {
  '9.6.7': {
    'ubuntu-22.04-x86_64': {
      url: `${GHC}/9.6.7/ghc-9.6.7-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: 'a1fa8c17692b229e3cb46515750f621e52d8914be999b61b50cb0b244eb03e6a',
    },
    'ubuntu-24.04-x86_64': {
      url: `${GHC}/9.6.7/ghc-9.6.7-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: 'a1fa8c17692b229e3cb46515750f621e52d8914be999b61b50cb0b244eb03e6a',
    },
    'ubuntu-22.04-aarch64': {
      url: `${GHC}/9.6.7/ghc-9.6.7-aarch64-deb10-linux.tar.xz`,
      sha256: '3cfa843687856de304a946dbe849a497c4fdad021f0275628b8ca7b55ccf8082',
    },
    'ubuntu-24.04-aarch64': {
      url: `${GHC}/9.6.7/ghc-9.6.7-aarch64-deb10-linux.tar.xz`,
      sha256: '3cfa843687856de304a946dbe849a497c4fdad021f0275628b8ca7b55ccf8082',
    },
    'debian-12-x86_64': {
      url: `${GHC}/9.6.7/ghc-9.6.7-x86_64-deb11-linux.tar.xz`,
      sha256: 'fc6a6247d1831745c67b27d6212f6911c35a933043f3b6851724e2e01484d077',
    },
  },
  '9.8.4': {
    'ubuntu-22.04-x86_64': {
      url: `${GHC}/9.8.4/ghc-9.8.4-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: 'd83941c9be977e7dc1a6f3eca32bc11e01a7cc3e6b678a226856a99e2ae22ce9',
    },
    'ubuntu-24.04-x86_64': {
      url: `${GHC}/9.8.4/ghc-9.8.4-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: 'd83941c9be977e7dc1a6f3eca32bc11e01a7cc3e6b678a226856a99e2ae22ce9',
    },
    'ubuntu-22.04-aarch64': {
      url: `${GHC}/9.8.4/ghc-9.8.4-aarch64-deb10-linux.tar.xz`,
      sha256: '15cf9341437af2c6f75bbaf8222824f5b51c32f0637ed054513f165999b0a87d',
    },
    'ubuntu-24.04-aarch64': {
      url: `${GHC}/9.8.4/ghc-9.8.4-aarch64-deb10-linux.tar.xz`,
      sha256: '15cf9341437af2c6f75bbaf8222824f5b51c32f0637ed054513f165999b0a87d',
    },
    'debian-12-x86_64': {
      url: `${GHC}/9.8.4/ghc-9.8.4-x86_64-deb11-linux.tar.xz`,
      sha256: 'af151db8682b8c763f5a44f960f65453d794c95b60f151abc82dbdefcbe6f8ad',
    },
  },
  '9.10.3': {
    'ubuntu-22.04-x86_64': {
      url: `${GHC}/9.10.3/ghc-9.10.3-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: 'b6200c32a56f26f5d2ff77c92481a47a53bb3d43cbc82b59a997aed2ad5fd937',
    },
    'ubuntu-24.04-x86_64': {
      url: `${GHC}/9.10.3/ghc-9.10.3-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: 'b6200c32a56f26f5d2ff77c92481a47a53bb3d43cbc82b59a997aed2ad5fd937',
    },
    'ubuntu-22.04-aarch64': {
      url: `${GHC}/9.10.3/ghc-9.10.3-aarch64-deb10-linux.tar.xz`,
      sha256: '99b85c1948e58e310f4e29cd2c8724a18c246c07e12637d8cbd591a064138236',
    },
    'ubuntu-24.04-aarch64': {
      url: `${GHC}/9.10.3/ghc-9.10.3-aarch64-deb10-linux.tar.xz`,
      sha256: '99b85c1948e58e310f4e29cd2c8724a18c246c07e12637d8cbd591a064138236',
    },
    'debian-12-x86_64': {
      url: `${GHC}/9.10.3/ghc-9.10.3-x86_64-deb12-linux.tar.xz`,
      sha256: '1ac63f04eac0ad551d45cbde38f27e0e3f43ceefd98833fae1fa3f2dbd042367',
    },
  },
  '9.12.4': {
    'ubuntu-22.04-x86_64': {
      url: `${GHC}/9.12.4/ghc-9.12.4-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: '4da657809c06c1658ae5713911fcb168a32093e239f61fe77be78aba74132cfa',
    },
    'ubuntu-24.04-x86_64': {
      url: `${GHC}/9.12.4/ghc-9.12.4-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: '4da657809c06c1658ae5713911fcb168a32093e239f61fe77be78aba74132cfa',
    },
    'ubuntu-22.04-aarch64': {
      url: `${GHC}/9.12.4/ghc-9.12.4-aarch64-deb10-linux.tar.xz`,
      sha256: 'e0e2b536e56f08ee9b6eb9c2c4fe43f8d289257afb786ea8f5538c5c7b252f2f',
    },
    'ubuntu-24.04-aarch64': {
      url: `${GHC}/9.12.4/ghc-9.12.4-aarch64-deb10-linux.tar.xz`,
      sha256: 'e0e2b536e56f08ee9b6eb9c2c4fe43f8d289257afb786ea8f5538c5c7b252f2f',
    },
    'debian-12-x86_64': {
      url: `${GHC}/9.12.4/ghc-9.12.4-x86_64-deb12-linux.tar.xz`,
      sha256: 'cdc60a66f1c89604975c896b3c7577b079b602d8fb093af0f4b2b0912fa47bd1',
    },
  },
};

export const CABAL_BINDISTS: Record<string, Partial<Record<PlatformKey, Download>>> = {
  '3.12.1.0': {
    'ubuntu-22.04-x86_64': {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-x86_64-linux-ubuntu22.04.tar.xz`,
      sha256: 'd69523109f19a22d61713e70b784ab84afdcff58302278b39206d5c7cb92d091',
    },
    'ubuntu-24.04-x86_64': {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-x86_64-linux-ubuntu24.04.tar.xz`,
      sha256: 'ab785f6449f0fa33c19fe0e8631dba9588f8998b3122f24b5aede99372ffa5b7',
    },
    'ubuntu-22.04-aarch64': {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: '775831c10bdd389a9f4c3cc46601b66f13ff4460a65a2eddd39c09abfe7aa2e5',
    },
    'ubuntu-24.04-aarch64': {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: '775831c10bdd389a9f4c3cc46601b66f13ff4460a65a2eddd39c09abfe7aa2e5',
    },
    'debian-12-x86_64': {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-x86_64-linux-deb12.tar.xz`,
      sha256: 'f8371100bd35aa1bc471f3d952adfec8a3e7d33117f1f889271f9c4336389688',
    },
  },
  '3.14.2.0': {
    'ubuntu-22.04-x86_64': {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-x86_64-linux-ubuntu22.04.tar.xz`,
      sha256: '60acc5de65ab60cfba8a8b9abc5176691587259782547b678b174a847e4f685c',
    },
    'ubuntu-24.04-x86_64': {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-x86_64-linux-ubuntu24.04.tar.xz`,
      sha256: 'a6d28b6285d61ae8f4fa81ce63b9f96fc22fa1c83299b04dca8ef084f77deefc',
    },
    'ubuntu-22.04-aarch64': {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-aarch64-linux-deb10.tar.xz`,
      sha256: 'cf2e19f664d34ae5edcd2d7ccb7022a7c9691607d42414c26a3de4aa252bed80',
    },
    'ubuntu-24.04-aarch64': {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-aarch64-linux-deb10.tar.xz`,
      sha256: 'cf2e19f664d34ae5edcd2d7ccb7022a7c9691607d42414c26a3de4aa252bed80',
    },
    'debian-12-x86_64': {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-x86_64-linux-deb12.tar.xz`,
      sha256: '09f5e1b559a26e6ebb493b5b6e8d29ee2e381c31053842f734f82724e11f2d31',
    },
  },
  '3.16.1.0': {
    'ubuntu-22.04-x86_64': {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-x86_64-linux-glibc.tar.xz`,
      sha256: 'dbb9e9964a918602924cf9f3aa6e21962c449bfce9f7a1c00504b5d3787af41a',
    },
    'ubuntu-24.04-x86_64': {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-x86_64-linux-glibc.tar.xz`,
      sha256: 'dbb9e9964a918602924cf9f3aa6e21962c449bfce9f7a1c00504b5d3787af41a',
    },
    'ubuntu-22.04-aarch64': {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: 'f90264ff9503f638ada33353c0b39dd99d30f7849c5fa373d1abcbf0bc01945e',
    },
    'ubuntu-24.04-aarch64': {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: 'f90264ff9503f638ada33353c0b39dd99d30f7849c5fa373d1abcbf0bc01945e',
    },
    'debian-12-x86_64': {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-x86_64-linux-glibc.tar.xz`,
      sha256: 'dbb9e9964a918602924cf9f3aa6e21962c449bfce9f7a1c00504b5d3787af41a',
    },
  },
};
