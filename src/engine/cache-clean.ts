import type { RunContext } from '../layers/context.ts';
import type { PipelineResult } from './pipeline.ts';

/**
 * Off Heroku one cache may serve many apps, so a run removes only what it made out of
 * date: older archives of the same layers (an older install of this app, yesterday's index).
 */
export async function cleanSuperseded(ctx: RunContext, layers: PipelineResult['layers']): Promise<void> {
  const superseding = Object.values(layers).flatMap((l) => (l?.supersedes && l.key ? [l] : []));
  if (superseding.length === 0) return;
  for (const object of await ctx.cache.listAll()) {
    if (superseding.some((l) => l.key !== object.key && l.supersedes?.(object.key))) {
      await ctx.cache.remove(object.key);
      ctx.log.detail(`removed out-of-date ${object.key} from the cache`);
    }
  }
}
