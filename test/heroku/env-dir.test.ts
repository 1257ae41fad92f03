import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { displayValue, readEnvDir } from '../../src/heroku/env-dir.ts';
import { tempDir } from '../helpers/heroku.ts';

test('reads config vars, skipping PATH, LD_* and the base/prefix/cache variables', async () => {
  const dir = await tempDir('envdir');
  const vars = { HALCYON_GHC_VERSION: '9.6.7\n', PATH: '/evil', LD_PRELOAD: '/evil.so', HALCYON_BASE: '/elsewhere', HALCYON_CACHE: '/c', DATABASE_URL: 'postgres://u:p@h/db' };
  for (const [name, value] of Object.entries(vars)) await writeFile(path.join(dir, name), value);
  await mkdir(path.join(dir, 'subdir'));
  const read = await readEnvDir(dir);
  assert.deepEqual(read.vars, { DATABASE_URL: 'postgres://u:p@h/db', HALCYON_GHC_VERSION: '9.6.7' });
  assert.deepEqual(read.skipped.map((s) => s.name).sort(), ['HALCYON_BASE', 'HALCYON_CACHE', 'LD_PRELOAD', 'PATH']);
});

test('an empty or missing ENV_DIR is no config vars, not a failure', async () => {
  assert.deepEqual((await readEnvDir(await tempDir('empty'))).vars, {});
  assert.deepEqual((await readEnvDir('/nonexistent/env')).vars, {});
  assert.deepEqual((await readEnvDir(undefined)).vars, {});
});

test('values of secret-looking names are shown as (secret)', () => {
  assert.equal(displayValue('HALCYON_AWS_SECRET_ACCESS_KEY', 'abc'), '(secret)');
  assert.equal(displayValue('STRIPE_API_KEY', 'abc'), '(secret)');
  assert.equal(displayValue('ADMIN_PASSWORD', 'abc'), '(secret)');
  assert.equal(displayValue('HALCYON_GHC_VERSION', '9.6.7'), '9.6.7');
});

test('a dangling symlink in ENV_DIR is skipped; the schema, not the name, says what is secret among HALCYON_ variables', async () => {
  const { symlink } = await import('node:fs/promises');
  const dir = await tempDir('envdir-link');
  await symlink('/nonexistent/target', path.join(dir, 'BROKEN'));
  await writeFile(path.join(dir, 'HALCYON_NO_PRIVATE_STORAGE'), '1');
  assert.deepEqual((await readEnvDir(dir)).vars, { HALCYON_NO_PRIVATE_STORAGE: '1' });
  assert.equal(displayValue('HALCYON_NO_PRIVATE_STORAGE', '1'), '1');
  assert.equal(displayValue('HALCYON_AWS_ACCESS_KEY_ID', 'AKID'), '(secret)');
  assert.equal(displayValue('MY_PRIVATE_TOKEN', 'x'), '(secret)');
});
