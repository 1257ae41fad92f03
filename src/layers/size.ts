import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The bytes of the files (and symlinks) under dir; 0 for a directory that is not there. */
export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile()) total += (await stat(full)).size;
    else if (entry.isSymbolicLink()) total += (await lstat(full)).size;
  }
  return total;
}
