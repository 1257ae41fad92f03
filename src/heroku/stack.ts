import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log/logger.ts';
import { readTextIfExists, writeFileAtomic } from '../util/fs.ts';

const STACK_FILE = 'halcyon-stack';

/**
 * Layers built on one stack link against that stack's system libraries; restoring them on
 * another fails at run time (libtinfo, libgmp). So a change of STACK discards the cache.
 */
export async function checkStack(cacheDir: string, archivesDir: string, stack: string | undefined, log: Logger): Promise<string | undefined> {
  if (!stack) return undefined;
  const file = path.join(cacheDir, STACK_FILE);
  const previous = (await readTextIfExists(file))?.trim();
  let discarded: string | undefined;
  if (previous && previous !== stack) {
    discarded = `stack changed from ${previous} to ${stack}`;
    log.step(`Stack changed from ${previous} to ${stack}: discarding the cached layers`);
    await rm(archivesDir, { recursive: true, force: true });
  }
  await writeFileAtomic(file, `${stack}\n`);
  return discarded;
}
