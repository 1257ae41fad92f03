import type { RunContext } from './context.ts';

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
