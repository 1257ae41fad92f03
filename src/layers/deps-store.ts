import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { layerPaths } from '../config/paths.ts';
import { HalcyonError } from '../errors.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import { exists } from '../util/fs.ts';
import type { RunContext } from './context.ts';

// Where the dependency store lives, and its package database: shared by the dependencies'
// build and its stop at a deadline.

/**
 * The store's package database, made by ghc-pkg so it has its package.cache from the start:
 * a bare directory makes parallel builds race (a package registered while another compiles
 * leaves GHC facing "no package.cache ... even though package database is not empty").
 * The app's own build needs it even when there is no dependency at all.
 */
export async function ensurePackageDb(ctx: RunContext, toolchain: Toolchain, db: string): Promise<void> {
  const ghcPkg = toolchain.ghcBin === 'ghc' ? 'ghc-pkg' : path.join(path.dirname(toolchain.ghcBin), 'ghc-pkg');
  await mkdir(path.dirname(db), { recursive: true });
  const args = (await exists(db)) ? ['recache', `--package-db=${db}`] : ['init', db];
  const result = await ctx.exec(ghcPkg, args, { quiet: true, prependPath: toolchain.binDirs });
  if (result.exitCode !== 0) {
    throw new HalcyonError('toolchain/package-db', `ghc-pkg could not prepare the store's package database ${db}`, { remedy: `ghc-pkg said:\n${result.tail}` });
  }
}

/** The store's directory for this GHC: its units and package.db. */
export function storeDirFor(ctx: RunContext, toolchain: Toolchain): string {
  return path.join(layerPaths(ctx.options.basePath).store, `ghc-${toolchain.ghcVersion}`);
}

export function depsPrefix(ctx: RunContext, toolchain: Toolchain): string {
  return `${ctx.layerRoot}/ghc-${toolchain.ghcVersion}/halcyon-deps-`;
}
