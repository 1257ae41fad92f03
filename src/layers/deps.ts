import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { HalcyonError } from '../errors.ts';
import { lookupStores, type RunContext } from './context.ts';
import { cabalBuildArgs, cabalInvocation, constraintLines, type AppPlan } from '../haskell/plan.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import type { Store } from '../storage/store.ts';
import { sha256Hex } from '../util/hash.ts';
import { exists } from '../util/fs.ts';
import { digestInputs, type Layer } from './layer.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { isSafeKey } from '../storage/cache-store.ts';
import { layerPaths } from '../config/paths.ts';
import { withTempDir } from '../util/temp.ts';

export interface DepsLayerInput {
  readonly toolchain: Toolchain;
  readonly plan: AppPlan;
  readonly label: string;
  readonly appDir: string;
}

/**
 * The cabal store with every dependency of the app, keyed by the resolved plan. With no
 * exact archive, the closest one whose packages are all needed is restored first, so only
 * the difference is built (Halcyon's partial match).
 */
export function depsLayer(ctx: RunContext, input: DepsLayerInput): Layer {
  const { toolchain, plan, label } = input;
  const lines = constraintLines(plan);
  // The store's package.db holds absolute paths: an archive is only valid at the same base.
  // The unit ids say more than the constraints (flags, the dependencies' own choices).
  const namedInputs = {
    ghc: toolchain.ghcId,
    cabal: toolchain.cabalId,
    base: ctx.options.basePath,
    ...(ctx.options.extraOsPackages.length > 0 ? { 'OS packages': ctx.options.extraOsPackages.join(' ') } : {}),
    constraints: lines.join('\n'),
    units: sha256Hex(plan.dependencies.map((u) => u.id).join('\n')),
  };
  const inputs = digestInputs(namedInputs);
  const prefix = depsPrefix(ctx, toolchain);
  const stem = `${prefix}${inputs.slice(0, 12)}-${label}`;
  return {
    kind: 'deps',
    title: `dependencies (${lines.length} ${lines.length === 1 ? 'package' : 'packages'})`,
    liveDir: layerPaths(ctx.options.basePath).store,
    key: `${stem}.tar.zst`,
    inputs,
    namedInputs,
    isDependency: true,
    startingPoints: (c, filter) => closestArchives(c, prefix, inputs, new Set(lines), filter.sameInputsOnly),
    build: (buildCtx) => buildDependencies(buildCtx, input),
    supersedes: (other) =>
      !other.startsWith(`${stem}.`) && new RegExp(`^${escapeRegExp(prefix)}[0-9a-f]{12}-${escapeRegExp(label)}\\.(tar\\.zst|constraints)$`).test(other),
    sidecars: () => [{ key: `${stem}.constraints`, content: `${lines.join('\n')}\n` }],
  };
}

export function depsPrefix(ctx: RunContext, toolchain: Toolchain): string {
  return `${ctx.layerRoot}/ghc-${toolchain.ghcVersion}/halcyon-deps-`;
}

interface Candidate {
  readonly key: string;
  readonly score: number;
}

/** Archives of other plans whose every package is needed here, most packages first; an identical plan under another label first of all. */
async function closestArchives(
  ctx: RunContext,
  prefix: string,
  inputs: string,
  needed: ReadonlySet<string>,
  sameInputsOnly: boolean,
): Promise<string[]> {
  const candidates = new Map<string, Candidate>();
  for (const store of lookupStores(ctx)) {
    for (const object of await store.list(prefix)) {
      if (!object.key.endsWith('.constraints') || !isSafeKey(object.key)) continue;
      const archiveKey = object.key.replace(/\.constraints$/, '.tar.zst');
      const identical = archiveKey.startsWith(`${prefix}${inputs.slice(0, 12)}-`);
      if (candidates.has(archiveKey) || (sameInputsOnly && !identical)) continue;
      const packages = await readConstraints(store, object.key);
      if (!packages) continue;
      if (packages.length === 0 || !packages.every((p) => needed.has(p))) continue;
      candidates.set(archiveKey, { key: archiveKey, score: identical ? Number.MAX_SAFE_INTEGER : packages.length });
    }
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  for (const c of ranked.slice(0, 3)) {
    ctx.log.detail(`candidate ${c.key}: ${c.score === Number.MAX_SAFE_INTEGER ? 'same plan' : `${c.score} of ${needed.size} packages`}`);
  }
  return ranked.map((c) => c.key);
}

/** A candidate's package list; unreadable (a dropped connection) is simply not a candidate. */
async function readConstraints(store: Store, key: string): Promise<string[] | undefined> {
  const opened = await store.open(key);
  if (!opened) return undefined;
  try {
    return (await text(opened.body)).split('\n').map((line) => line.trim()).filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * The store's package database, made by ghc-pkg so it has its package.cache from the start:
 * a bare directory makes parallel builds race (a package registered while another compiles
 * leaves GHC facing "no package.cache ... even though package database is not empty").
 * The app's own build needs it even when there is no dependency at all.
 */
async function ensurePackageDb(ctx: RunContext, toolchain: Toolchain, db: string): Promise<void> {
  const ghcPkg = toolchain.ghcBin === 'ghc' ? 'ghc-pkg' : path.join(path.dirname(toolchain.ghcBin), 'ghc-pkg');
  await mkdir(path.dirname(db), { recursive: true });
  const args = (await exists(db)) ? ['recache', `--package-db=${db}`] : ['init', db];
  const result = await ctx.exec(ghcPkg, args, { quiet: true, prependPath: toolchain.binDirs });
  if (result.exitCode !== 0) {
    throw new HalcyonError('toolchain/package-db', `ghc-pkg could not prepare the store's package database ${db}`, { remedy: `ghc-pkg said:\n${result.tail}` });
  }
}

async function buildDependencies(ctx: RunContext, { toolchain, appDir }: DepsLayerInput): Promise<void> {
  const cabal = cabalInvocation(ctx, toolchain);
  await ensurePackageDb(ctx, toolchain, path.join(layerPaths(ctx.options.basePath).store, `ghc-${toolchain.ghcVersion}`, 'package.db'));
  await withTempDir('deps', async (scratch) => {
    const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, 'build', '--only-dependencies', 'all', ...cabalBuildArgs(ctx, toolchain, scratch)], {
      cwd: appDir,
      env: cabal.env,
      prependPath: cabal.prependPath,
    });
    if (result.exitCode !== 0) {
      throw new HalcyonError('build-failed/dependencies', 'Building the dependencies failed', {
        remedy: 'See cabal\'s output above. A package that needs more memory than this machine has should be built on a bigger one (on Heroku: heroku run -s performance-l build).',
      });
    }
  });
}
