import type { Logger } from '../log/logger.ts';
import type { CacheStore } from '../storage/cache-store.ts';
import type { Store } from '../storage/store.ts';
import type { EngineOptions } from '../config/options.ts';
import type { Exec } from '../util/exec.ts';

/** Everything a run shares: one per `halcyon install`, Heroku compile or one-off build. */
export interface RunContext {
  readonly log: Logger;
  readonly options: EngineOptions;
  /** `linux-ubuntu-24.04-x86_64`: the first part of every archive key. */
  readonly platform: string;
  readonly cache: CacheStore;
  /** The bucket tiers after the cache, in lookup order. */
  readonly remotes: readonly Store[];
  readonly exec: Exec;
  readonly now: Date;
}
