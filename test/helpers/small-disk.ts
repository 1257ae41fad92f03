import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

/**
 * `work` with a tmpfs of `size` (mount's spelling: `2m`, `256k`) mounted at `dir` (made
 * here), unmounted after. CI and developers run as root (the e2e dynos need it too): failing
 * to mount is a failure, not a skip.
 */
export async function onSmallDisk<T>(dir: string, size: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  assert.equal(mounted.status, 0, `mount -t tmpfs failed (run the tests as root): ${mounted.stderr?.toString() ?? ''}`);
  try {
    return await work();
  } finally {
    spawnSync('umount', [dir]);
  }
}
