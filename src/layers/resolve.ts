import { readdir, stat, lstat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { packDirectory, restoreDirectory, type ArchiveStats } from '../archive/index.ts';
import { BuildNeededError, errorMessage } from '../errors.ts';
import type { RunContext } from '../engine/context.ts';
import type { Store } from '../storage/store.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import { writeFileAtomic } from '../util/fs.ts';
import { sha256Hex } from '../util/hash.ts';
import { readTag, writeTag, type Layer, type LayerOrigin, type LayerTag } from './layer.ts';

export interface ResolvedLayer {
  readonly origin: LayerOrigin;
  readonly sizeBytes: number;
  readonly durationMs: number;
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
  const existing = await findExisting(ctx, layer, layer.key, startedMs);
  if (existing) return existing;

  const forbidden = buildForbidden(ctx, layer);
  // Where nothing may be built, only a start that needs no building is worth downloading.
  const start = await restoreStartingPoint(ctx, layer, forbidden && layer.kind !== 'cabal');
  if (start?.tag?.inputs === layer.inputs) {
    await copySidecarsToCache(ctx, layer);
    return reportDone(ctx, startedMs, start.origin, start.sizeBytes, `from ${start.from}: ${start.key} (same inputs)`);
  }
  if (forbidden) {
    if (start && layer.kind === 'cabal') {
      ctx.log.detail('building is not allowed here, so it is used as it is');
      return reportDone(ctx, startedMs, start.origin, start.sizeBytes, `from ${start.from}: ${start.key}`);
    }
    throw new BuildNeededError(layer.title, forbiddenRemedy(ctx));
  }
  return await buildLayer(ctx, layer, start?.tag, startedMs, start ? `restored ${start.key} from ${start.from} as a start` : undefined);
}

/**
 * Looks for the layer without building anything: the fast path uses it for the install
 * layer. Prints the layer's heading and origin only when it is found.
 */
export async function restoreIfAvailable(ctx: RunContext, layer: Layer): Promise<ResolvedLayer | undefined> {
  if (layer.key === undefined) return undefined;
  const startedMs = Date.now();
  const live = await readTag(layer.liveDir);
  if (live?.key === layer.key && live.inputs === layer.inputs) {
    ctx.log.step(layer.title);
    ctx.cache.keep(layer.key);
    return reportDone(ctx, startedMs, 'live', await directorySize(layer.liveDir), `live directory ${layer.liveDir}`);
  }
  for (const store of tiers(ctx)) {
    const stats = await restoreFromStore(ctx, store, layer.key, layer.liveDir);
    if (!stats) continue;
    const tag = await readTag(layer.liveDir);
    if (tag?.inputs !== layer.inputs) continue;
    ctx.log.step(layer.title);
    return reportDone(ctx, startedMs, store.tier, stats.sizeBytes, `from ${store.title}: ${layer.key}`);
  }
  return undefined;
}

async function findExisting(ctx: RunContext, layer: Layer, key: string, startedMs: number): Promise<ResolvedLayer | undefined> {
  const live = await readTag(layer.liveDir);
  if (live?.key === key && live.inputs === layer.inputs) {
    ctx.cache.keep(key);
    await copySidecarsToCache(ctx, layer);
    return reportDone(ctx, startedMs, 'live', await directorySize(layer.liveDir), `live directory ${layer.liveDir}`);
  }
  for (const store of tiers(ctx)) {
    const stats = await restoreFromStore(ctx, store, key, layer.liveDir);
    if (!stats) continue;
    const tag = await readTag(layer.liveDir);
    if (tag?.inputs === layer.inputs) {
      await copySidecarsToCache(ctx, layer);
      return reportDone(ctx, startedMs, store.tier, stats.sizeBytes, `from ${store.title}: ${key}`);
    }
    // Same key, other inputs (the build archive of an older commit): a starting point.
    if (buildForbidden(ctx, layer)) throw new BuildNeededError(layer.title, forbiddenRemedy(ctx, store.title));
    return await buildLayer(ctx, layer, tag, startedMs, `restored ${key} from ${store.title} as a start`);
  }
  return undefined;
}

function reportDone(ctx: RunContext, startedMs: number, origin: LayerOrigin, sizeBytes: number, what: string): ResolvedLayer {
  const durationMs = Date.now() - startedMs;
  ctx.log.detail(`${what} (${formatBytes(sizeBytes)}, ${formatDuration(durationMs)})`);
  return { origin, sizeBytes, durationMs };
}

function tiers(ctx: RunContext): Store[] {
  return [ctx.cache, ...ctx.storage.readable()];
}

function buildForbidden(ctx: RunContext, layer: Layer): boolean {
  return ctx.options.noBuild || (layer.isDependency && ctx.options.noBuildDependencies);
}

function forbiddenRemedy(ctx: RunContext, foundElsewhere?: string): string {
  const where =
    'Build it where building is allowed, with the same private bucket configured, so its archive reaches this\n' +
    'machine: on Heroku, heroku run -s performance-l build; elsewhere, halcyon build (or install) on the build machine.';
  const here = ctx.options.noBuild ? 'Or unset HALCYON_NO_BUILD.' : 'Or allow building here: HALCYON_NO_BUILD_DEPENDENCIES=0.';
  const mismatch = foundElsewhere
    ? `\nAn archive of it is in ${foundElsewhere}, but made for other inputs: machines sharing archives need the same HALCYON_BASE.`
    : '';
  return `${where}\n${here}${mismatch}`;
}

interface StartingPoint {
  readonly key: string;
  readonly origin: LayerOrigin;
  /** The tier as the log names it. */
  readonly from: string;
  readonly tag: LayerTag | undefined;
  readonly sizeBytes: number;
}

async function restoreStartingPoint(ctx: RunContext, layer: Layer, sameInputsOnly: boolean): Promise<StartingPoint | undefined> {
  if (!layer.startingPoints) return undefined;
  for (const key of await layer.startingPoints(ctx, { sameInputsOnly })) {
    for (const store of tiers(ctx)) {
      const stats = await restoreFromStore(ctx, store, key, layer.liveDir);
      if (stats) return { key, origin: store.tier, from: store.title, tag: await readTag(layer.liveDir), sizeBytes: stats.sizeBytes };
    }
  }
  return undefined;
}

async function buildLayer(
  ctx: RunContext,
  layer: Layer,
  start: LayerTag | undefined,
  startedMs: number,
  startNote: string | undefined,
): Promise<ResolvedLayer> {
  const key = layer.key;
  if (key === undefined) throw new Error(`internal: ${layer.kind} layer has no key to build`);
  if (startNote) ctx.log.detail(startNote);
  await layer.build(ctx, start);
  await writeTag(layer.liveDir, { key, inputs: layer.inputs });
  const stats = await archiveLayer(ctx, layer, key);
  const durationMs = Date.now() - startedMs;
  ctx.log.detail(`built and archived: ${key} (${formatBytes(stats.sizeBytes)}, ${formatDuration(durationMs)})`);
  await uploadToPrivate(ctx, layer, key, stats);
  return { origin: 'built', sizeBytes: stats.sizeBytes, durationMs };
}

async function archiveLayer(ctx: RunContext, layer: Layer, key: string): Promise<ArchiveStats> {
  const file = ctx.cache.pathOf(key);
  const stats = await packDirectory(layer.liveDir, file);
  ctx.cache.keep(key);
  for (const sidecar of layer.sidecars?.() ?? []) {
    await writeFileAtomic(ctx.cache.pathOf(sidecar.key), sidecar.content);
    ctx.cache.keep(sidecar.key);
  }
  return stats;
}

/** Every new archive goes to the private bucket (read-write mode), then its out-of-date siblings go. */
async function uploadToPrivate(ctx: RunContext, layer: Layer, key: string, integrity: { sha256: string; sizeBytes: number }): Promise<void> {
  const bucket = ctx.storage.writable();
  if (!bucket) return;
  const startedMs = Date.now();
  for (const sidecar of layer.sidecars?.() ?? []) {
    const content = Buffer.from(sidecar.content);
    await bucket.save(sidecar.key, ctx.cache.pathOf(sidecar.key), { sha256: sha256Hex(content), sizeBytes: content.length });
  }
  await bucket.save(key, ctx.cache.pathOf(key), integrity);
  if (ctx.storage.writable()) {
    ctx.log.detail(`uploaded to ${bucket.title} (${formatBytes(integrity.sizeBytes)}, ${formatDuration(Date.now() - startedMs)})`);
    await cleanPrivate(ctx, layer, key);
  }
}

async function cleanPrivate(ctx: RunContext, layer: Layer, key: string): Promise<void> {
  const bucket = ctx.storage.writable();
  if (!bucket || !layer.supersedes || ctx.options.storage.noCleanPrivate) return;
  const folder = key.slice(0, key.lastIndexOf('/') + 1);
  for (const object of await bucket.list(folder)) {
    if (object.key === key || !layer.supersedes(object.key)) continue;
    await bucket.remove(object.key);
    if (!ctx.storage.writable()) return;
    ctx.log.detail(`removed out-of-date ${object.key} from ${bucket.title}`);
  }
}

/** Restores `key` from one tier into liveDir; a bucket download is kept in the cache as it streams by. */
async function restoreFromStore(ctx: RunContext, store: Store, key: string, liveDir: string): Promise<ArchiveStats | undefined> {
  const opened = await store.open(key);
  if (!opened) return undefined;
  let input = opened.body;
  let cacheCopy: Awaited<ReturnType<RunContext['cache']['beginSave']>> | undefined;
  if (store.tier !== 'cache') {
    const toCache = new PassThrough({ highWaterMark: 1 << 20 });
    const toExtract = new PassThrough({ highWaterMark: 1 << 20 });
    opened.body.pipe(toCache);
    opened.body.pipe(toExtract);
    opened.body.on('error', (error) => {
      toCache.destroy(error);
      toExtract.destroy(error);
    });
    cacheCopy = await ctx.cache.beginSave(key, toCache);
    input = toExtract;
  }
  let stats: ArchiveStats;
  try {
    stats = await restoreDirectory(input, liveDir, opened.sha256 ? { expectedSha256: opened.sha256 } : {});
  } catch (error) {
    // Destroyed with an error, so the cache copy's stream fails too instead of waiting for an end that never comes.
    opened.body.destroy(error instanceof Error ? error : new Error(String(error)));
    await cacheCopy?.abort();
    ctx.log.warn(
      `The archive ${key} from ${store.title} could not be restored: ${errorMessage(error)}`,
      'It is treated as a miss. If this keeps happening for the cache, purge it (heroku builds:cache:purge).',
    );
    if (store.tier === 'cache') await store.remove(key);
    return undefined;
  }
  await keepCopyInCache(ctx, key, cacheCopy);
  // Public archives are copied into the private bucket, so the next run needs public storage no more.
  if (store.tier === 'public' && cacheCopy) await ctx.storage.writable()?.save(key, ctx.cache.pathOf(key), stats);
  return stats;
}

/** The layer is restored whatever happens here: a cache copy that cannot be written (a full disk) costs only a warning. */
async function keepCopyInCache(ctx: RunContext, key: string, cacheCopy: Awaited<ReturnType<RunContext['cache']['beginSave']>> | undefined): Promise<void> {
  if (!cacheCopy) return;
  try {
    await cacheCopy.commit();
  } catch (error) {
    await cacheCopy.abort();
    ctx.log.warn(`Could not keep a copy of ${key} in the cache: ${errorMessage(error)}`, 'The next run downloads it again.');
  }
}

/** Sidecars are derived from the layer itself, so the cache always gets a correct copy. */
async function copySidecarsToCache(ctx: RunContext, layer: Layer): Promise<void> {
  for (const sidecar of layer.sidecars?.() ?? []) {
    await writeFileAtomic(ctx.cache.pathOf(sidecar.key), sidecar.content);
    ctx.cache.keep(sidecar.key);
  }
}

export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile()) total += (await stat(full)).size;
    else if (entry.isSymbolicLink()) total += (await lstat(full)).size;
  }
  return total;
}
