import path from 'node:path';
import type { EngineOptions } from '../config/options.ts';
import { layerPaths } from '../config/paths.ts';
import { buildEnvironment } from '../os/layout.ts';

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
  // Extra OS packages: their headers, pkg-config files and libraries, for cabal repl and the app.
  const os = options.extraOsPackages.length > 0 ? buildEnvironment(layers.os) : undefined;
  const prepend = (name: string, dirs: readonly string[]): string => `export ${name}="${dirs.join(':')}\${${name}:+:$${name}}"`;
  const lines = [
    `export PATH="${prefix}/bin:${layers.ghc}/bin:${layers.cabal}/bin:$PATH"`,
    `export CABAL_DIR="${layers.cabal}"`,
    prepend('LIBRARY_PATH', [`${prefix}/lib`, ...(os?.LIBRARY_PATH.split(':') ?? [])]),
    prepend('LD_LIBRARY_PATH', [`${prefix}/lib`, ...(os?.LD_LIBRARY_PATH.split(':') ?? [])]),
    ...(os ? [prepend('PKG_CONFIG_PATH', os.PKG_CONFIG_PATH.split(':')), prepend('CPATH', os.CPATH.split(':'))] : []),
    'export LANG="${LANG:-C.UTF-8}"',
  ];
  return `${lines.join('\n')}\n`;
}
