import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { sweepLeftovers, tempSibling } from '../../src/util/fs.ts';
import { tempDir } from '../helpers/heroku.ts';

test('temp files and directories of killed runs are swept once old; recent ones and real files stay', async () => {
  const dir = await tempDir('sweep');
  const nested = path.join(dir, 'linux-x', 'ghc-9');
  await mkdir(nested, { recursive: true });
  const oldFile = tempSibling(path.join(nested, 'halcyon-install-a.tar.zst'));
  const oldDir = tempSibling(path.join(dir, 'store'));
  const recent = tempSibling(path.join(nested, 'halcyon-deps-b.tar.zst'));
  const real = path.join(nested, 'halcyon-install-a.tar.zst');
  await writeFile(oldFile, 'x');
  await mkdir(path.join(oldDir, 'inner'), { recursive: true });
  await writeFile(recent, 'x');
  await writeFile(real, 'x');
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  await utimes(oldFile, twoHoursAgo, twoHoursAgo);
  await utimes(oldDir, twoHoursAgo, twoHoursAgo);
  const removed = await sweepLeftovers(dir, Date.now());
  assert.deepEqual(removed.sort(), [oldDir, oldFile].sort());
  assert.ok(existsSync(recent) && existsSync(real));
});
