import path from 'node:path';
import type { EngineOptions } from '../config/options.ts';
import { layerPaths } from '../layers/paths.ts';

/** The directory an app is installed into: ROOT + PREFIX. */
export function installTarget(options: EngineOptions): string {
  return path.join(options.rootPath, options.prefixPath);
}

/**
 * `eval "$(halcyon paths)"`: the environment the app runs in, at PREFIX (HALCYON_ROOT only
 * stages an install), with GHC and cabal on PATH for development. Data files need nothing:
 * they are where the executables' compiled-in paths point.
 */
export function pathsSnippet(options: EngineOptions): string {
  const layers = layerPaths(options.basePath);
  const prefix = options.prefixPath;
  const lines = [
    `export PATH="${prefix}/bin:${layers.ghc}/bin:${layers.cabal}/bin:$PATH"`,
    `export CABAL_DIR="${layers.cabal}"`,
    `export LIBRARY_PATH="${prefix}/lib\${LIBRARY_PATH:+:$LIBRARY_PATH}"`,
    `export LD_LIBRARY_PATH="${prefix}/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`,
    'export LANG="${LANG:-C.UTF-8}"',
  ];
  return `${lines.join('\n')}\n`;
}
