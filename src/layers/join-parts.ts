import { rm } from 'node:fs/promises';
import type { GrowingPart } from '../storage/store.ts';
import type { appendFiles } from '../util/fs.ts';

// A large archive downloaded in parts becomes one file (the cache's copy) while it is
// extracted from them: the parts are joined into the first behind the extraction.

/** The parts the extraction has read whole, as promises: true once read, false if it ended first. */
export class PartsRead {
  private readonly waiting = new Map<number, (read: boolean) => void>();
  private readonly read = new Set<number>();
  private ended = false;

  done(index: number): void {
    this.read.add(index);
    this.waiting.get(index)?.(true);
  }

  /** The extraction is over: a part not read by now never will be. */
  end(): void {
    this.ended = true;
    for (const resolve of this.waiting.values()) resolve(false);
  }

  whole(index: number): Promise<boolean> {
    if (this.read.has(index) || this.ended) return Promise.resolve(this.read.has(index));
    return new Promise((resolve) => this.waiting.set(index, resolve));
  }
}

/**
 * The other parts appended to the first, each once it is written and the extraction has read
 * the one before it (the first, too, read before anything is added to it): the last is joined
 * while the extraction still reads it, on the other core, not after it. A part is removed once
 * the extraction has read it: the disk holds the archive once and a part. On a failure the
 * first goes too.
 */
export async function joinBehind(file: string, parts: readonly GrowingPart[], read: PartsRead, append: typeof appendFiles): Promise<void> {
  if (parts.length <= 1) return;
  const unread = (index: number): Error => new Error(`the extraction ended before it read part ${index + 1} of ${parts.length}`);
  try {
    if (!(await read.whole(0))) throw unread(0);
    for (const [index, part] of parts.entries()) {
      if (index === 0) continue;
      if (!(await read.whole(index - 1))) throw unread(index - 1);
      if (!(await part.written)) throw new Error(`part ${index + 1} of ${parts.length} was not downloaded whole`);
      await append(file, [part.file]);
      if (!(await read.whole(index))) throw unread(index);
      await rm(part.file, { force: true });
    }
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/** Each part removed once the extraction has read it, the first included: for a restore that keeps no copy of the archive. */
export async function removeBehind(parts: readonly GrowingPart[], read: PartsRead): Promise<void> {
  for (const [index, part] of parts.entries()) {
    await read.whole(index);
    await rm(part.file, { force: true });
  }
}
