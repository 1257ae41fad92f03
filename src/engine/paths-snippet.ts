import path from 'node:path';
import type { EngineOptions } from '../config/options.ts';
import { MANIFEST_FILE, readManifest } from '../layers/install.ts';
import { layerPaths } from '../layers/paths.ts';
import { exists } from '../util/fs.ts';

/** The directory an app is installed into: ROOT + PREFIX. */
export function installTarget(options: EngineOptions): string {
  return path.join(options.rootPath, options.prefixPath);
}

/** `eval "$(halcyon paths)"`: the installed app, GHC and cabal on PATH, and what the app needs at run time. */
export async function pathsSnippet(options: EngineOptions): Promise<string> {
  const layers = layerPaths(options.basePath);
  const target = installTarget(options);
  const lines = [
    `export PATH="${target}/bin:${layers.ghc}/bin:${layers.cabal}/bin:$PATH"`,
    `export CABAL_DIR="${layers.cabal}"`,
    `export LIBRARY_PATH="${target}/lib\${LIBRARY_PATH:+:$LIBRARY_PATH}"`,
    `export LD_LIBRARY_PATH="${target}/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`,
    'export LANG="${LANG:-C.UTF-8}"',
  ];
  if (await exists(path.join(target, MANIFEST_FILE))) {
    const manifest = await readManifest(target);
    if (manifest.dataDir) lines.push(`export ${manifest.dataDirVariable}="${options.prefixPath}/${manifest.dataDir}"`);
  }
  return `${lines.join('\n')}\n`;
}
