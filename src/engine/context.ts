import type { Logger } from '../log/logger.ts';
import type { CacheStore } from '../storage/cache-store.ts';
import type { StorageTiers } from '../storage/tiers.ts';
import type { EngineOptions } from '../config/options.ts';
import type { Exec } from '../util/exec.ts';

/** Everything a run shares: one per `halcyon install`, Heroku compile or one-off build. */
export interface RunContext {
  readonly log: Logger;
  readonly options: EngineOptions;
  /** `linux-ubuntu-24.04-x86_64`: the first part of every archive key. */
  readonly platform: string;
  readonly cache: CacheStore;
  /** The bucket tiers after the cache, and whether this run may write to the private one. */
  readonly storage: StorageTiers;
  readonly exec: Exec;
  readonly now: Date;
}
