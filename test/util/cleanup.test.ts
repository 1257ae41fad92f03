import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withCleanup } from '../../src/util/fs.ts';

test('a cleanup that fails never hides the error that got there; after success, its own error is reported', async () => {
  let cleaned = 0;
  await assert.rejects(
    withCleanup(
      async () => {
        throw new Error('the real cause');
      },
      async () => {
        cleaned += 1;
        throw new Error('cleanup trouble');
      },
    ),
    /the real cause/,
  );
  await assert.rejects(withCleanup(async () => 1, async () => Promise.reject(new Error('cleanup trouble'))), /cleanup trouble/);
  assert.equal(await withCleanup(async () => 42, async () => void (cleaned += 1)), 42);
  assert.equal(cleaned, 2);
});
