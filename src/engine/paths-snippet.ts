import path from 'node:path';
import type { EngineOptions } from '../config/options.ts';
import { MANIFEST_FILE, readManifest } from '../layers/install.ts';
import { layerPaths } from '../layers/paths.ts';
import { exists } from '../util/fs.ts';

/** The directory an app is installed into: ROOT + PREFIX. */
export function installTarget(options: EngineOptions): string {
  return path.join(options.rootPath, options.prefixPath);
}

/**
 * `eval "$(halcyon paths)"`: the environment the app runs in, at PREFIX (HALCYON_ROOT only
 * stages an install), with GHC and cabal on PATH for development.
 */
export async function pathsSnippet(options: EngineOptions): Promise<string> {
  const layers = layerPaths(options.basePath);
  const prefix = options.prefixPath;
  const lines = [
    `export PATH="${prefix}/bin:${layers.ghc}/bin:${layers.cabal}/bin:$PATH"`,
    `export CABAL_DIR="${layers.cabal}"`,
    `export LIBRARY_PATH="${prefix}/lib\${LIBRARY_PATH:+:$LIBRARY_PATH}"`,
    `export LD_LIBRARY_PATH="${prefix}/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`,
    'export LANG="${LANG:-C.UTF-8}"',
  ];
  const target = installTarget(options);
  if (await exists(path.join(target, MANIFEST_FILE))) {
    const manifest = await readManifest(target);
    if (manifest.dataDir) lines.push(`export ${manifest.dataDirVariable}="${options.prefixPath}/${manifest.dataDir}"`);
  }
  return `${lines.join('\n')}\n`;
}
