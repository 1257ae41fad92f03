import type { EngineOptions } from '../config/options.ts';
import { urlPasswords, type Logger } from '../log/logger.ts';
import { CacheStore } from '../storage/cache-store.ts';
import { StorageTiers } from '../storage/tiers.ts';
import type { Exec } from '../util/exec.ts';
import type { RunContext } from '../layers/context.ts';
import { shortHash } from '../util/hash.ts';
import { detectPlatform } from './platform.ts';
import { readBuildData } from './build-data.ts';
import os from 'node:os';
import { runConfigPath } from '../haskell/cabal-config.ts';
import { layerPaths } from '../config/paths.ts';

export interface ContextInput {
  readonly log: Logger;
  readonly options: EngineOptions;
  readonly exec: Exec;
  readonly storage?: StorageTiers;
  readonly now?: Date;
}

export const DEFAULT_BASE = '/app';

export function layerRootFor(platform: string, basePath: string): string {
  return basePath === DEFAULT_BASE ? platform : `${platform}-base-${shortHash(basePath).slice(0, 8)}`;
}

export async function createRunContext(input: ContextInput): Promise<RunContext> {
  const platform = await detectPlatform();
  // A repository URL may carry credentials (https://user:password@host/): never shown.
  for (const password of urlPasswords(input.options.remoteRepo?.url ?? '')) input.log.addSecret(password);
  return {
    log: input.log,
    options: input.options,
    exec: input.exec,
    platform,
    layerRoot: layerRootFor(platform, input.options.basePath),
    cache: new CacheStore(input.options.cachePath),
    storage: input.storage ?? StorageTiers.create(input.options.storage, input.log, { policy: input.options.transfer }),
    now: input.now ?? new Date(),
    previousRun: await readBuildData(input.options.cachePath),
    cabalConfig: await runConfigPath(layerPaths(input.options.basePath).cabal, layerPaths(input.options.basePath).store, input.options.remoteRepo, os.availableParallelism()),
  };
}
