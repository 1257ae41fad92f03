import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withCleanup } from './fs.ts';
import { onInterrupt } from './interrupt.ts';

export interface TempDir {
  readonly dir: string;
  /** Removes the directory and all in it; an interrupt before then removes it too. */
  readonly remove: () => Promise<void>;
}

/** A fresh directory `halcyon-PREFIX-…` under the system's temp directory, removed by `remove()` or by an interrupt, whichever comes first. */
export async function makeTempDir(prefix: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `halcyon-${prefix}-`));
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    remove: async () => {
      forget();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `work` in a fresh temp directory that is removed afterwards, whatever happens (an interrupt included). */
export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const temp = await makeTempDir(prefix);
  return withCleanup(() => work(temp.dir), temp.remove);
}
