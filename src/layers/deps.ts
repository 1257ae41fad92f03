import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { HalcyonError } from '../errors.ts';
import { lookupStores, type RunContext } from './context.ts';
import { CabalProgress } from '../haskell/cabal-output.ts';
import { cabalBuildArgs, cabalInvocation, constraintLines, type AppPlan } from '../haskell/plan.ts';
import { completeUnits } from '../haskell/store-db.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import type { Store } from '../storage/store.ts';
import { sha256Hex } from '../util/hash.ts';
import { digestInputs, type Layer, type StartingPoint } from './layer.ts';
import { stopMarginMs, watchDeadline } from './deadline.ts';
import { stillBuilding, stopAtDeadline } from './deps-deadline.ts';
import { depsPrefix, ensurePackageDb, storeDirFor } from './deps-store.ts';
import { directorySize } from './size.ts';
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
  const layer: Layer = {
    kind: 'deps',
    title: `dependencies (${lines.length} ${lines.length === 1 ? 'package' : 'packages'})`,
    liveDir: layerPaths(ctx.options.basePath).store,
    key: `${stem}.tar.zst`,
    inputs,
    namedInputs,
    isDependency: true,
    startingPoints: (c, filter) => closestArchives(c, prefix, inputs, new Set(lines), filter.sameInputsOnly),
    build: (buildCtx) => buildDependencies(buildCtx, input, layer),
    supersedes: (other) =>
      !other.startsWith(`${stem}.`) && new RegExp(`^${escapeRegExp(prefix)}[0-9a-f]{12}-${escapeRegExp(label)}\\.(tar\\.zst|constraints)$`).test(other),
    sidecars: () => [{ key: `${stem}.constraints`, content: `${lines.join('\n')}\n` }],
  };
  return layer;
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
): Promise<StartingPoint[]> {
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
  return ranked.map((c) => {
    const same = c.score === Number.MAX_SAFE_INTEGER;
    return { key: c.key, holds: { done: same ? needed.size : c.score, of: needed.size, unit: 'packages' }, ...(same ? { sameInputs: true } : {}) };
  });
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

/** cabal's whole output while it builds the dependencies (the build log shows a line a package). */
export function dependenciesLogPath(ctx: RunContext): string {
  return path.join(ctx.options.cachePath, '.halcyon-dependencies.log');
}

async function buildDependencies(ctx: RunContext, input: DepsLayerInput, layer: Layer): Promise<void> {
  const { toolchain, appDir } = input;
  const cabal = cabalInvocation(ctx, toolchain);
  const storeGhcDir = storeDirFor(ctx, toolchain);
  await ensurePackageDb(ctx, toolchain, path.join(storeGhcDir, 'package.db'));
  const deadline = ctx.options.deadline;
  if (deadline && Date.now() + stopMarginMs(ctx, await directorySize(storeGhcDir)) >= deadline.atMs) {
    return stopAtDeadline(ctx, input, layer, 'there is no time left to build anything', 'the deadline left no time to start building');
  }
  const before = await completeUnits(storeGhcDir);
  const logFile = dependenciesLogPath(ctx);
  await mkdir(path.dirname(logFile), { recursive: true });
  await rm(logFile, { force: true });
  ctx.log.detail(`cabal's whole output: ${logFile}`);
  const progress = new CabalProgress(ctx.log);
  const watch = deadline ? watchDeadline(ctx, deadline, storeGhcDir, () => progress.installing > 0) : undefined;
  let result;
  try {
    result = await withTempDir('deps', (scratch) =>
      ctx.exec(cabal.bin, [...cabal.globalArgs, 'build', '--only-dependencies', 'all', ...cabalBuildArgs(ctx, toolchain, scratch)], {
        cwd: appDir,
        env: cabal.env,
        prependPath: cabal.prependPath,
        onLine: (line) => progress.line(line),
        logFile,
        signal: watch?.signal,
      }),
    );
  } finally {
    watch?.dispose();
  }
  if (result.stopped) {
    const finished = [...(await completeUnits(storeGhcDir))].some((unit) => !before.has(unit));
    return stopAtDeadline(ctx, input, layer, watch?.reason ?? 'the deadline is near', finished ? undefined : stillBuilding(progress));
  }
  if (result.exitCode !== 0) {
    ctx.log.detail(`cabal's whole output (also in ${logFile}):`);
    ctx.log.detail(await readFile(logFile, 'utf8').catch(() => result.tail));
    throw new HalcyonError('build-failed/dependencies', 'Building the dependencies failed', {
      remedy: 'See cabal\'s output above. A package that needs more memory than this machine has should be built on a bigger one (on Heroku: heroku run -s performance-l build).',
    });
  }
}

