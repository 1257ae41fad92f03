import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

/**
 * `work` with a tmpfs of `size` (mount's spelling: `2m`, `256k`; `options` such as
 * `nr_inodes=2` besides) mounted at `dir` (made here), unmounted after: a mount that is still
 * busy (something left running in it) fails the test. CI and developers run as root (the e2e
 * dynos need it too): failing to mount is a failure, not a skip.
 */
export async function onSmallDisk<T>(dir: string, size: string, work: () => Promise<T>, options: readonly string[] = []): Promise<T> {
  await mkdir(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', [`size=${size}`, ...options].join(','), 'tmpfs', dir]);
  assert.equal(mounted.status, 0, `mount -t tmpfs failed (run the tests as root): ${mounted.stderr?.toString() ?? ''}`);
  let failed = true;
  try {
    const result = await work();
    failed = false;
    return result;
  } finally {
    const unmounted = spawnSync('umount', [dir]);
    if (unmounted.status !== 0) {
      spawnSync('umount', ['-l', dir]);
      // A failure of the work is the one to report; else the busy mount is.
      if (!failed) assert.fail(`umount ${dir} failed (still in use?): ${unmounted.stderr?.toString() ?? ''}`);
    }
  }
}
