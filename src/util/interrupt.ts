import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

// What a SIGHUP, SIGINT or SIGTERM must undo before the process exits: the children this process
// started outside its own process group (a Ctrl-C would not reach them) or that would go on
// writing, and the temp files not yet renamed into place. Registered where each is made; run
// once, synchronously, by the CLI's signal handlers.

/** Undoes one thing; false: there was nothing left to undo (a temp name already renamed into place). */
type Cleanup = () => boolean | void;

const cleanups = new Set<Cleanup>();

/** Runs `cleanup` if the process is interrupted; the returned function takes it back. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** How long a child just killed is given to be gone before the files are removed again. */
const SETTLE_MS = 50;

/**
 * The newest first (children before the files they write); one failing does not stop the
 * rest. Twice, a moment apart: a curl killed as it started may still have made its headers
 * file after the first removal. True: something was running or half-written, and was undone.
 */
export function runInterruptCleanups(): boolean {
  const all = [...cleanups].reverse();
  cleanups.clear();
  let undone = false;
  for (const round of [0, 1]) {
    if (round === 1 && all.length > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
    for (const cleanup of all) {
      try {
        if (cleanup() !== false && round === 0) undone = true;
      } catch {
        // Best effort: the process is going anyway.
      }
    }
  }
  return undone;
}

/** A temp path and everything named after it (`TEMP.part1`, `TEMP.headers-0`): removed whole. False: none was there. */
export function removeTempFamily(temp: string): boolean {
  const dir = path.dirname(temp);
  const base = path.basename(temp);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name === base || name.startsWith(`${base}.`));
  } catch {
    return false;
  }
  for (const name of names) rmSync(path.join(dir, name), { recursive: true, force: true });
  return names.length > 0;
}
