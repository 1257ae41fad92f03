import { chmod, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes a directory the archive code created. If extraction got as far as restoring directory
 * modes, a read-only directory would stop a plain rm for a non-root user, so those are opened up first.
 */
export async function removeTree(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
  } catch {
    await makeDirectoriesWritable(dir);
    await rm(dir, { recursive: true, force: true });
  }
}

async function makeDirectoriesWritable(dir: string): Promise<void> {
  await chmod(dir, 0o700).catch(() => undefined);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory()) await makeDirectoriesWritable(path.join(dir, entry.name));
  }
}
