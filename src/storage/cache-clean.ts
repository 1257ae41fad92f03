import type { Logger } from '../log/logger.ts';
import type { CacheStore } from './cache-store.ts';
import type { StoredObject } from './store.ts';

export type CacheSnapshot = ReadonlyMap<string, number>;

export async function snapshotCache(cache: CacheStore): Promise<CacheSnapshot> {
  return new Map((await cache.listAll()).map((o: StoredObject) => [o.key, o.sizeBytes]));
}

/**
 * Removes what this run did not use (unless told not to), and leftovers of killed runs
 * (temp files), then shows what changed since the start: `+` added, `-` removed, `*` replaced.
 */
export async function cleanCache(cache: CacheStore, before: CacheSnapshot, options: { noClean: boolean }, log: Logger): Promise<void> {
  await cache.removeLeftovers();
  if (!options.noClean) {
    for (const object of await cache.listAll()) {
      if (!cache.keptKeys().has(object.key)) await cache.remove(object.key);
    }
  }
  const after = await snapshotCache(cache);
  const changes: string[] = [];
  for (const [key, size] of after) {
    if (!before.has(key)) changes.push(`+ ${key}`);
    else if (before.get(key) !== size) changes.push(`* ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`- ${key}`);
  log.step(`Cache: ${after.size} ${after.size === 1 ? 'file' : 'files'}${changes.length === 0 ? ', unchanged' : ''}`);
  for (const change of changes.sort((a, b) => a.slice(2).localeCompare(b.slice(2)))) log.detail(change);
}
