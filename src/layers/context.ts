import type { Logger } from '../log/logger.ts';
import type { CacheStore } from '../storage/cache-store.ts';
import type { StorageTiers } from '../storage/tiers.ts';
import type { EngineOptions } from '../config/options.ts';
import type { Exec } from '../util/exec.ts';
import type { RunRecord } from './build-record.ts';

/** Everything a run shares: one per `halcyon install`, Heroku compile or one-off build. */
export interface RunContext {
  readonly log: Logger;
  readonly options: EngineOptions;
  /** `linux-ubuntu-24.04-x86_64`: the first part of every archive key. */
  readonly platform: string;
  /**
   * The first part of the keys of layers valid only at this HALCYON_BASE (GHC, cabal, the
   * dependencies, the build): the platform, plus a tag naming the base when it is not /app,
   * so archives made at different bases never meet. The install layer is relocatable and
   * keeps the plain platform, so deploy machines with a base of their own share it.
   */
  readonly layerRoot: string;
  readonly cache: CacheStore;
  /** The bucket tiers after the cache, and whether this run may write to the private one. */
  readonly storage: StorageTiers;
  readonly exec: Exec;
  readonly now: Date;
  /** The cabal config every cabal command of this run reads (CABAL_CONFIG): see runConfigPath. */
  readonly cabalConfig: string;
  /** The previous run's build data, from the cache: what a rebuild compares its inputs with. */
  readonly previousRun: RunRecord | undefined;
}

/** Where layers are looked up, in order: the cache, then the bucket tiers this run may read. */
export function lookupStores(ctx: RunContext): import('../storage/store.ts').Store[] {
  return [ctx.cache, ...ctx.storage.readable()];
}
