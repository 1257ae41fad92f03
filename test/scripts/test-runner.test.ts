// scripts/test.mjs's leftover check, run for real on fixture test files with the system's temp
// directory played by a fresh directory (TMPDIR): what another process leaves there does not
// fail a green run; what the run's own tests leave does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, run, tempDir } from '../helpers/heroku.ts';

const fixture = (name: string) => path.join('test', 'fixtures', 'runner', name);

async function runSuite(file: string) {
  const systemTmp = await tempDir('runner');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: systemTmp, TMPDIR: systemTmp };
  const r = await run(process.execPath, ['scripts/test.mjs', '--no-typecheck', fixture(file)], env, REPO_ROOT);
  return { ...r, systemTmp };
}

test("another process's halcyon-* entry in the system temp directory does not fail a green run", async () => {
  const r = await runSuite('foreign-entry.test.ts');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /ℹ pass 1\b/);
  assert.doesNotMatch(r.stderr, /The tests left/);
  // The run removed its own temp directory and left the other process's entry alone.
  assert.deepEqual(readdirSync(r.systemTmp), ['halcyon-xyz']);
});

test("an entry the run's own tests leave fails the run, though every test passed", async () => {
  const r = await runSuite('own-leftover.test.ts');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /ℹ pass 1\b/);
  assert.match(r.stderr, /^The tests left 1 entries in their temp directory .*\/halcyon-tests-\w+: halcyon-test-forgotten-\w+$/m);
  assert.deepEqual(readdirSync(r.systemTmp), [], 'the run removes its temp directory, leftovers included');
});
