import { layerPaths } from '../config/paths.ts';
import { sweepLeftovers } from '../util/fs.ts';
import type { RunContext } from '../layers/context.ts';

/** Off Heroku machines live long: clear what killed runs left in the cache and the layers. */
export async function sweepKilledRuns(ctx: RunContext): Promise<void> {
  const nowMs = ctx.now.getTime();
  const removed = [...(await sweepLeftovers(ctx.options.cachePath, nowMs, 6)), ...(await sweepLeftovers(layerPaths(ctx.options.basePath).root, nowMs))];
  if (removed.length > 0) ctx.log.detail(`removed ${removed.length} leftover temp ${removed.length === 1 ? 'file' : 'files'} of interrupted runs`);
}

/** Said once per run, before any layer: which bucket-usage mode this run is in, and why not another. */
export function announceStorage(ctx: RunContext): void {
  ctx.log.step(`External storage: ${ctx.storage.describe()}`);
  const { incompletePrivate, noUpload } = ctx.options.storage;
  if (incompletePrivate.length > 0) {
    ctx.log.warn(
      `Private storage is only partly configured: ${incompletePrivate.join(', ')} ${incompletePrivate.length === 1 ? 'is' : 'are'} missing`,
      `Set ${incompletePrivate.join(' and ')} too, or unset the others. Until then the private bucket is not used.`,
    );
  }
  if (ctx.storage.mode === 'private-read-only' && noUpload) ctx.log.detail('HALCYON_NO_UPLOAD=1: nothing is uploaded or deleted, and public storage is not used');
}
