import { DeadlineReachedError } from '../errors.ts';
import type { CabalProgress } from '../haskell/cabal-output.ts';
import { constraintLines, type StoreUnit } from '../haskell/plan.ts';
import { completeUnits, dropUnregisteredUnits } from '../haskell/store-db.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import { sha256Hex } from '../util/hash.ts';
import path from 'node:path';
import type { RunContext } from './context.ts';
import type { DepsLayerInput } from './deps.ts';
import { depsPrefix, ensurePackageDb, storeDirFor } from './deps-store.ts';
import { PARTIAL_INPUT, digestInputs, writeTag, type Layer } from './layer.ts';
import { archiveToCache, uploadToPrivate } from './transfer.ts';

// A dependencies' build stopped before the run's deadline: the store made whole again, what
// is built archived as a partial dependency archive the next run starts from, and the stop
// reported with how far it got.

/** `vector-0.12.3.1 and cryptonite-0.29 were still building after 33.0 s` */
export function stillBuilding(progress: CabalProgress): string {
  const units = progress.inFlight();
  if (units.length === 0) return 'nothing had started';
  const longest = Math.max(...units.map((u) => u.elapsedMs));
  const names = units.map((u) => u.unit);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${listed} ${names.length === 1 ? 'was' : 'were'} still building after ${formatDuration(longest)}`;
}

/**
 * cabal is stopped (never while a package is being written into the store) and the store
 * made whole again; what is built is archived as a partial dependency archive under a key of
 * its own (its packages' constraints beside it, like any), so the next run starts from it.
 */
export async function stopAtDeadline(ctx: RunContext, input: DepsLayerInput, layer: Layer, reason: string, stalled?: string): Promise<never> {
  ctx.log.detail(`stopping the build before the deadline: ${reason}`);
  const storeGhcDir = storeDirFor(ctx, input.toolchain);
  const dropped = await dropUnregisteredUnits(storeGhcDir);
  if (dropped.length > 0) ctx.log.detail(`removed what cabal had not finished installing: ${dropped.join(', ')}`);
  await ensurePackageDb(ctx, input.toolchain, path.join(storeGhcDir, 'package.db'));
  const complete = await completeUnits(storeGhcDir);
  const built = input.plan.dependencies.filter((unit) => complete.has(unit.id));
  const partialKey = built.length > 0 ? await archivePartial(ctx, input, layer, built) : undefined;
  const packages = packageProgress(input.plan.dependencies, complete);
  throw new DeadlineReachedError(packages.built, packages.planned, ctx.options.deadline?.source ?? 'none', partialKey, stalled);
}

/** Packages (name-version), each built once every unit of it the plan has is. */
function packageProgress(units: readonly StoreUnit[], complete: ReadonlySet<string>): { built: number; planned: number } {
  const done = new Map<string, boolean>();
  for (const unit of units) {
    const name = `${unit.name}-${unit.version}`;
    done.set(name, (done.get(name) ?? true) && complete.has(unit.id));
  }
  return { built: [...done.values()].filter(Boolean).length, planned: done.size };
}

async function archivePartial(ctx: RunContext, input: DepsLayerInput, layer: Layer, built: readonly StoreUnit[]): Promise<string> {
  const lines = constraintLines({ dependencies: built });
  const namedInputs = { ...layer.namedInputs, constraints: lines.join('\n'), units: sha256Hex(built.map((u) => u.id).join('\n')) };
  const inputs = digestInputs(namedInputs);
  const stem = `${depsPrefix(ctx, input.toolchain)}${inputs.slice(0, 12)}-${input.label}`;
  const partial: Layer = {
    ...layer,
    title: `dependencies (${lines.length} of ${constraintLines(input.plan).length} packages)`,
    key: `${stem}.tar.zst`,
    inputs,
    namedInputs,
    supersedes: undefined,
    sidecars: () => [{ key: `${stem}.constraints`, content: `${lines.join('\n')}\n` }],
  };
  const key = `${stem}.tar.zst`;
  const packages = constraintLines(input.plan).length;
  await writeTag(layer.liveDir, { key, inputs, named: { ...namedInputs, [PARTIAL_INPUT]: `${lines.length}/${packages}` } });
  const startedMs = Date.now();
  const stats = await archiveToCache(ctx, partial, key);
  ctx.log.detail(`archived what is built (${built.length} of ${input.plan.dependencies.length} units): ${key} (${formatBytes(stats.sizeBytes)}, ${formatDuration(Date.now() - startedMs)})`);
  await uploadToPrivate(ctx, partial, key, stats);
  return key;
}
