import { BuildNeededError } from '../errors.ts';
import { lookupStores, type RunContext } from './context.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import { PARTIAL_INPUT, readTag, writeTag, type Layer, type LayerOrigin, type LayerTag, type StartingPoint } from './layer.ts';
import type { Store } from '../storage/store.ts';
import { describeChange } from './rebuild.ts';
import { directorySize } from './size.ts';
import { archiveToCache, restoreFromStore, uploadToPrivate, writeSidecarsToCache } from './transfer.ts';

export interface ResolvedLayer {
  readonly origin: LayerOrigin;
  readonly sizeBytes: number;
  readonly durationMs: number;
  /** Built although an earlier one existed: what changed. */
  readonly rebuiltBecause?: string;
}

/** What a lookup left in the live directory. */
interface Found {
  readonly key: string;
  readonly origin: LayerOrigin;
  /** How the log names where it came from. */
  readonly from: string;
  readonly sizeBytes: number;
  readonly tag: LayerTag | undefined;
}

/**
 * The one lookup every layer goes through: the live directory, then each storage tier in
 * order, then a build (from a starting point when one exists). A tier that fails to deliver
 * a sound archive is a miss with a warning, never a failed run.
 */
export async function resolveLayer(ctx: RunContext, layer: Layer): Promise<ResolvedLayer> {
  const startedMs = Date.now();
  ctx.log.step(layer.title);
  if (layer.key === undefined) {
    await layer.build(ctx, undefined);
    return reportDone(ctx, startedMs, 'system', 0, 'from the system toolchain on PATH');
  }
  const key = layer.key;
  const found = await lookUp(ctx, layer, key);
  if (found && matches(layer, found)) {
    await writeSidecarsToCache(ctx, layer);
    return reportDone(ctx, startedMs, found.origin, found.sizeBytes, describeFound(layer, found));
  }
  const forbidden = ctx.options.noBuild || (layer.isDependency && ctx.options.noBuildDependencies);
  // Where nothing may be built, only a start that needs no building is worth downloading.
  const start = found ?? (await restoreStartingPoint(ctx, layer, forbidden && layer.kind !== 'cabal'));
  if (start && matches(layer, start)) return adopt(ctx, layer, key, start, startedMs);
  if (forbidden) {
    if (start && layer.kind === 'cabal') {
      ctx.log.detail('building is not allowed here, so it is used as it is');
      return reportDone(ctx, startedMs, start.origin, start.sizeBytes, `from ${start.from}: ${start.key}`);
    }
    throw new BuildNeededError(layer.title, forbiddenRemedy(ctx, found ? found.from : undefined), layer.unbuilt);
  }
  if (start) ctx.log.detail(`restored ${start.key} from ${start.from} as a start`);
  const rebuiltBecause = rebuildReason(ctx, layer, start);
  if (rebuiltBecause) ctx.log.detail(`${layer.madeBy === 'download' ? 'fetched again' : 'rebuilt'}: ${rebuiltBecause}`);
  await layer.build(ctx, start?.tag);
  await writeTag(layer.liveDir, { key, inputs: layer.inputs, named: layer.namedInputs });
  const stats = await archiveToCache(ctx, layer, key);
  const durationMs = Date.now() - startedMs;
  ctx.log.detail(`${layer.madeBy === 'download' ? 'fetched, unpacked' : 'built'} and archived: ${key} (${formatBytes(stats.sizeBytes)}, ${formatDuration(durationMs)})`);
  await uploadToPrivate(ctx, layer, key, stats);
  return { origin: 'built', sizeBytes: stats.sizeBytes, durationMs, ...(rebuiltBecause ? { rebuiltBecause } : {}) };
}

/**
 * The fast path's lookup: live directory and tiers only, never a build. Prints the layer's
 * heading only when it is found.
 */
export async function restoreIfAvailable(ctx: RunContext, layer: Layer): Promise<ResolvedLayer | undefined> {
  if (layer.key === undefined) return undefined;
  const startedMs = Date.now();
  const found = await lookUp(ctx, layer, layer.key);
  if (!found || !matches(layer, found)) return undefined;
  ctx.log.step(layer.title);
  return reportDone(ctx, startedMs, found.origin, found.sizeBytes, describeFound(layer, found));
}

function describeFound(layer: Layer, found: Found): string {
  return found.origin === 'live' ? `live directory ${layer.liveDir}` : `from ${found.from}: ${found.key}`;
}

function matches(layer: Layer, found: Found): boolean {
  return found.tag?.inputs === layer.inputs;
}

/**
 * What this run already extracted, so no archive is extracted twice (the fast path and then
 * the full pipeline both look for the install archive): a tier's copy of a key once, and a
 * key whose archive has no tag (not ours, or damaged: never a match) not again from any tier.
 */
interface Extracted {
  readonly pairs: Set<string>;
  readonly tagless: Set<string>;
}
const extractedByRun = new WeakMap<RunContext, Extracted>();

function extractedIn(ctx: RunContext): Extracted {
  let extracted = extractedByRun.get(ctx);
  if (!extracted) extractedByRun.set(ctx, (extracted = { pairs: new Set(), tagless: new Set() }));
  return extracted;
}

/** Restores (store, key) unless this run already did, recording what it found. */
async function restoreOnce(ctx: RunContext, store: Store, key: string, liveDir: string): Promise<Found | undefined> {
  const extracted = extractedIn(ctx);
  const pair = `${store.tier}\0${key}`;
  if (extracted.tagless.has(key) || extracted.pairs.has(pair)) return undefined;
  const stats = await restoreFromStore(ctx, store, key, liveDir);
  if (!stats) return undefined;
  extracted.pairs.add(pair);
  const tag = await readTag(liveDir);
  if (!tag) extracted.tagless.add(key);
  return { key, origin: store.tier, from: store.title, sizeBytes: stats.sizeBytes, tag };
}

/**
 * The live directory if it is this very layer, else each tier in turn. An archive under
 * the same key but made from other inputs (the build of an older commit) does not stop the
 * search; if nothing better turns up, it is what the live directory holds: a start.
 */
/** Each layer's own key this run looked up, and whether it was found (candidates and sidecars are not among them). */
const exactLookups = new WeakMap<RunContext, Map<string, boolean>>();

/** The layers' own keys this run looked for and found nowhere: a tier that could not be read for one of them leaves its absence unproven. */
export function keysNotFound(ctx: RunContext): ReadonlySet<string> {
  return new Set([...(exactLookups.get(ctx) ?? new Map<string, boolean>())].filter(([, found]) => !found).map(([key]) => key));
}

async function lookUp(ctx: RunContext, layer: Layer, key: string): Promise<Found | undefined> {
  const found = await lookUpAnywhere(ctx, layer, key);
  const lookups = exactLookups.get(ctx) ?? new Map<string, boolean>();
  exactLookups.set(ctx, lookups.set(key, lookups.get(key) === true || (found !== undefined && matches(layer, found))));
  return found;
}

async function lookUpAnywhere(ctx: RunContext, layer: Layer, key: string): Promise<Found | undefined> {
  const live = await readTag(layer.liveDir);
  if (live?.key === key && live.inputs === layer.inputs) {
    ctx.cache.keep(key);
    return { key, origin: 'live', from: 'live directory', sizeBytes: await directorySize(layer.liveDir), tag: live };
  }
  let start: Found | undefined;
  for (const store of lookupStores(ctx)) {
    const found = await restoreOnce(ctx, store, key, layer.liveDir);
    if (!found) continue;
    if (matches(layer, found)) return found;
    start = found;
  }
  return start;
}

async function restoreStartingPoint(ctx: RunContext, layer: Layer, sameInputsOnly: boolean): Promise<Found | undefined> {
  if (!layer.startingPoints) return undefined;
  const starts = await layer.startingPoints(ctx, { sameInputsOnly });
  for (const start of starts.slice(0, 3)) if (start.holds) ctx.log.detail(`candidate ${start.key}: ${describeStart(start)}`);
  for (const { key } of starts) {
    for (const store of lookupStores(ctx)) {
      const found = await restoreOnce(ctx, store, key, layer.liveDir);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * An archive made from the same inputs under another name (the same dependencies under
 * another app label): used as it is, and archived under this layer's own key, so the next
 * run finds it directly.
 */
async function adopt(ctx: RunContext, layer: Layer, key: string, found: Found, startedMs: number): Promise<ResolvedLayer> {
  await writeTag(layer.liveDir, { key, inputs: layer.inputs, named: layer.namedInputs });
  const stats = await archiveToCache(ctx, layer, key);
  const done = reportDone(ctx, startedMs, found.origin, found.sizeBytes, `from ${found.from}: ${found.key} (same inputs; archived as ${key})`);
  await uploadToPrivate(ctx, layer, key, stats);
  return done;
}

/**
 * What changed since the earlier layer of this kind: the start's own record of its inputs,
 * else the previous run's. Undefined when there was none to compare with (a first build).
 */
function rebuildReason(ctx: RunContext, layer: Layer, start: Found | undefined): string | undefined {
  const partial = start?.tag?.named?.[PARTIAL_INPUT];
  if (partial !== undefined) return `continuing a build stopped before its deadline (${partial} packages were built)`;
  const before = start?.tag?.named ?? ctx.previousRun?.layers.find((l) => l.kind === layer.kind)?.inputs;
  if (!before) return undefined;
  return describeChange(before, layer.namedInputs) ?? (start ? undefined : 'its archive is in no tier any more');
}

/** `same plan`, `18 of 73 packages`. */
export function describeStart(start: StartingPoint): string {
  if (start.sameInputs) return 'same plan';
  return start.holds ? `${start.holds.done} of ${start.holds.of} ${start.holds.unit}` : '';
}

function forbiddenRemedy(ctx: RunContext, sameKeyOtherInputsIn: string | undefined): string {
  const where =
    'Build it where building is allowed, with the same private bucket configured, so its archive reaches this\n' +
    'machine: on Heroku, heroku run -s performance-l build; elsewhere, halcyon build (or install) on the build machine.';
  const here = ctx.options.noBuild ? 'Or unset HALCYON_NO_BUILD.' : 'Or allow building here: HALCYON_NO_BUILD_DEPENDENCIES=0.';
  const older = sameKeyOtherInputsIn ? `\n(${sameKeyOtherInputsIn} has an archive of it made from other inputs, e.g. an older source: a start, but building is needed.)` : '';
  return `${where}\n${here}${older}`;
}

function reportDone(ctx: RunContext, startedMs: number, origin: LayerOrigin, sizeBytes: number, what: string): ResolvedLayer {
  const durationMs = Date.now() - startedMs;
  ctx.log.detail(`${what} (${formatBytes(sizeBytes)}, ${formatDuration(durationMs)})`);
  return { origin, sizeBytes, durationMs };
}
