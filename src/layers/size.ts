import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The bytes of the files (and symlinks) under dir; 0 for a directory that is not there. A file
 * that goes away while it is counted (a build's temp file) counts for nothing.
 */
export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile() || entry.isSymbolicLink()) total += (await lstat(full).catch(() => undefined))?.size ?? 0;
  }
  return total;
}
