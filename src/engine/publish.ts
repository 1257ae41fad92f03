import { HalcyonError, errorMessage } from '../errors.ts';
import { readTag, type Layer } from '../layers/layer.ts';
import { archiveToCache, writeSidecarsToCache } from '../layers/transfer.ts';
import { formatBytes } from '../util/format.ts';
import { exists } from '../util/fs.ts';
import { fileDigest } from '../util/hash.ts';
import type { RunContext } from '../layers/context.ts';
import { runPipeline, type PipelineRequest, type PipelineResult } from './pipeline.ts';

export interface PublishReport {
  /** Every key the run's layers are made of (archives and sidecars), checked in the bucket. */
  readonly checked: readonly string[];
  /** Uploaded now because the bucket lacked them (found only in the cache or the live directory). */
  readonly uploaded: readonly string[];
  /** Still not in the bucket after this step, each with the reason. */
  readonly missing: readonly { key: string; reason: string }[];
}

/**
 * Makes "every layer is in the private bucket" true, and checks it: whatever the bucket
 * lacks of this run's layers is uploaded from the cache (archived from the live directory
 * first when the cache lacks it too), then the bucket is listed again.
 */
export async function publishLayers(ctx: RunContext, result: PipelineResult): Promise<PublishReport> {
  const bucket = ctx.storage.writable();
  const wanted = wantedKeys(result);
  if (!bucket) return { checked: [...wanted.keys()], uploaded: [], missing: [...wanted.keys()].map((key) => ({ key, reason: 'the private bucket is not writable in this run' })) };
  const before = await presentKeys(ctx, [...wanted.keys()]);
  const uploaded: string[] = [];
  const failed = new Map<string, string>();
  for (const [key, layer] of wanted) {
    if (before.has(key)) continue;
    const problem = await uploadFromHere(ctx, key, layer);
    if (problem) failed.set(key, problem);
    else uploaded.push(key);
  }
  const after = await presentKeys(ctx, [...wanted.keys()]);
  const missing = [...wanted.keys()].filter((key) => !after.has(key)).map((key) => ({ key, reason: failed.get(key) ?? 'the upload did not arrive' }));
  return { checked: [...wanted.keys()], uploaded, missing };
}

/** Each archive and sidecar key of the run, with the layer it belongs to (none for a fast path's builtFrom keys). */
function wantedKeys(result: PipelineResult): Map<string, Layer | undefined> {
  const wanted = new Map<string, Layer | undefined>();
  for (const resolved of Object.values(result.layers)) {
    if (!resolved?.key) continue;
    wanted.set(resolved.key, resolved.layer);
    for (const sidecar of resolved.layer.sidecars?.() ?? []) wanted.set(sidecar.key, resolved.layer);
  }
  if (result.fastPath) for (const key of result.manifest?.builtFrom ?? []) if (!wanted.has(key)) wanted.set(key, undefined);
  return wanted;
}

async function presentKeys(ctx: RunContext, keys: readonly string[]): Promise<Set<string>> {
  const bucket = ctx.storage.writable() ?? ctx.storage.privateStore;
  const present = new Set<string>();
  if (!bucket) return present;
  const folders = new Set(keys.map((key) => key.slice(0, key.lastIndexOf('/') + 1)));
  for (const folder of folders) for (const object of await bucket.list(folder)) present.add(object.key);
  return present;
}

/** Uploads one key from the cache; undefined when it went up, else why not. */
async function uploadFromHere(ctx: RunContext, key: string, layer: Layer | undefined): Promise<string | undefined> {
  const bucket = ctx.storage.writable();
  if (!bucket) return 'the private bucket refused writes';
  try {
    const file = ctx.cache.pathOf(key);
    if (!(await exists(file))) {
      if (!layer || !(await isLive(layer))) return 'it is neither in the cache nor live here';
      if (key === layer.key) await archiveToCache(ctx, layer, key);
      else await writeSidecarsToCache(ctx, layer);
    }
    const integrity = await fileDigest(file);
    if (!(await bucket.save(key, file, integrity))) return 'the upload failed (see the warning above)';
    ctx.log.detail(`uploaded ${key} (${formatBytes(integrity.sizeBytes)}): the bucket lacked it`);
    return undefined;
  } catch (error) {
    return errorMessage(error);
  }
}

async function isLive(layer: Layer): Promise<boolean> {
  const tag = await readTag(layer.liveDir);
  return tag !== undefined && tag.key === layer.key && tag.inputs === layer.inputs;
}

/**
 * The run behind `build` (one-off dyno, or `halcyon build`): the pipeline, then every layer
 * checked in the private bucket and uploaded where it lacks one. A fast path whose source
 * layers are not all in the bucket goes round again resolving every layer. Throws unless
 * the bucket ends up holding every layer.
 */
export async function buildAndPublish(ctx: RunContext, request: PipelineRequest): Promise<PipelineResult> {
  let result = await runPipeline(ctx, request);
  ctx.log.step('Checking the private bucket holds every layer');
  let report = await publishLayers(ctx, result);
  if (result.fastPath && report.missing.length > 0) {
    ctx.log.detail(`it lacks ${report.missing.length} of the archives the install was built from: resolving every layer`);
    result = await runPipeline(ctx, { ...request, fastPath: false });
    ctx.log.step('Checking the private bucket holds every layer');
    report = await publishLayers(ctx, result);
  }
  const bucket = ctx.storage.privateStore?.title ?? 'the private bucket';
  if (ctx.storage.mode !== 'private-read-write') {
    throw new HalcyonError('storage/uploads-refused', `${result.app.label} was built, but ${bucket} refused the uploads`, {
      remedy: 'Let this key write to the bucket (s3:PutObject, s3:PutObjectAcl), then run build again.',
    });
  }
  if (report.missing.length > 0) {
    throw new HalcyonError('storage/layers-missing-from-bucket', `${result.app.label} was built, but ${bucket} lacks ${report.missing.length} of its ${report.checked.length} archives:\n${report.missing.map((m) => `${m.key}: ${m.reason}`).join('\n')}`, {
      remedy: 'See the warnings above, then run build again: what is in the bucket is not built twice.',
    });
  }
  const already = report.checked.length - report.uploaded.length;
  ctx.log.detail(`all ${report.checked.length} archives are in ${bucket}, listed again to confirm: ${already} there before this check (uploaded as they were built, or earlier), ${report.uploaded.length} uploaded by it`);
  return result;
}
