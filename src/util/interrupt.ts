import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

// What a SIGHUP, SIGINT or SIGTERM must undo before the process exits: the children this process
// started outside its own process group (a Ctrl-C would not reach them) or that would go on
// writing, and the temp files not yet renamed into place. Registered where each is made; run
// once, synchronously, by the CLI's signal handlers.

const cleanups = new Set<() => void>();

/** Runs `cleanup` if the process is interrupted; the returned function takes it back. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** How long a child just killed is given to be gone before the files are removed again. */
const SETTLE_MS = 50;

/**
 * The newest first (children before the files they write); one failing does not stop the
 * rest. Twice, a moment apart: a curl killed as it started may still have made its headers
 * file after the first removal.
 */
export function runInterruptCleanups(): void {
  const all = [...cleanups].reverse();
  cleanups.clear();
  for (const round of [0, 1]) {
    if (round === 1 && all.length > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
    for (const cleanup of all) {
      try {
        cleanup();
      } catch {
        // Best effort: the process is going anyway.
      }
    }
  }
}

/** A temp path and everything named after it (`TEMP.part1`, `TEMP.headers-0`): removed whole. */
export function removeTempFamily(temp: string): void {
  const dir = path.dirname(temp);
  const base = path.basename(temp);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name === base || name.startsWith(`${base}.`));
  } catch {
    return;
  }
  for (const name of names) rmSync(path.join(dir, name), { recursive: true, force: true });
}
