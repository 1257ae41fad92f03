import path from 'node:path';

/**
 * Fixed places under HALCYON_BASE. Fixed, because the cabal store and GHC's package
 * database hold absolute paths: a layer is only valid where it was built. A hidden folder,
 * so that on a one-off dyno (where /app is the slug) no app file can collide with them.
 */
export interface LayerPaths {
  readonly root: string;
  readonly ghc: string;
  readonly cabal: string;
  readonly store: string;
  /** Extra OS packages, unpacked as under / (HALCYON_EXTRA_OS_PACKAGES). */
  readonly os: string;
  build(label: string): string;
  install(label: string): string;
}

export function layerPaths(basePath: string): LayerPaths {
  const root = path.join(basePath, '.halcyon-layers');
  return {
    root,
    ghc: path.join(root, 'ghc'),
    cabal: path.join(root, 'cabal'),
    store: path.join(root, 'store'),
    os: path.join(root, 'os'),
    build: (label) => path.join(root, 'build', label),
    install: (label) => path.join(root, 'install', label),
  };
}
