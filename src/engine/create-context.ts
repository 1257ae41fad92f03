import type { EngineOptions } from '../config/options.ts';
import type { Logger } from '../log/logger.ts';
import { CacheStore } from '../storage/cache-store.ts';
import { StorageTiers } from '../storage/tiers.ts';
import type { Exec } from '../util/exec.ts';
import type { RunContext } from './context.ts';
import { detectPlatform } from './platform.ts';

export interface ContextInput {
  readonly log: Logger;
  readonly options: EngineOptions;
  readonly exec: Exec;
  readonly storage?: StorageTiers;
  readonly now?: Date;
}

export async function createRunContext(input: ContextInput): Promise<RunContext> {
  return {
    log: input.log,
    options: input.options,
    exec: input.exec,
    platform: await detectPlatform(),
    cache: new CacheStore(input.options.cachePath),
    storage: input.storage ?? StorageTiers.create(input.options.storage, input.log),
    now: input.now ?? new Date(),
  };
}
