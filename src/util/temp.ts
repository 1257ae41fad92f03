import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withCleanup } from './fs.ts';

/** Runs `work` in a fresh temp directory that is removed afterwards, whatever happens. */
export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `halcyon-${prefix}-`));
  return withCleanup(() => work(dir), () => rm(dir, { recursive: true, force: true }));
}
