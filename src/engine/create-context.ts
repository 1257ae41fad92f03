import type { EngineOptions } from '../config/options.ts';
import type { Logger } from '../log/logger.ts';
import { CacheStore } from '../storage/cache-store.ts';
import type { Store } from '../storage/store.ts';
import type { Exec } from '../util/exec.ts';
import type { RunContext } from './context.ts';
import { detectPlatform } from './platform.ts';

export interface ContextInput {
  readonly log: Logger;
  readonly options: EngineOptions;
  readonly exec: Exec;
  readonly remotes?: readonly Store[];
  readonly now?: Date;
}

export async function createRunContext(input: ContextInput): Promise<RunContext> {
  return {
    log: input.log,
    options: input.options,
    exec: input.exec,
    platform: await detectPlatform(),
    cache: new CacheStore(input.options.cachePath),
    remotes: input.remotes ?? [],
    now: input.now ?? new Date(),
  };
}
