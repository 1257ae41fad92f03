import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { unknownVariables, unknownVariablesWarning } from '../../src/config/unknown.ts';
import { displayValue, readEnvDir } from '../../src/heroku/env-dir.ts';
import { urlPasswords } from '../../src/log/logger.ts';
import { tempDir } from '../helpers/heroku.ts';

test('reads config vars, skipping PATH, LD_* and the base/prefix/cache variables; a directory is skipped with a warning', async () => {
  const dir = await tempDir('envdir');
  const vars = { HALCYON_GHC_VERSION: '9.6.7\n', PATH: '/evil', LD_PRELOAD: '/evil.so', HALCYON_BASE: '/elsewhere', HALCYON_CACHE: '/c', DATABASE_URL: 'postgres://u:p@h/db' };
  for (const [name, value] of Object.entries(vars)) await writeFile(path.join(dir, name), value);
  await mkdir(path.join(dir, 'subdir'));
  const read = await readEnvDir(dir);
  assert.deepEqual(read.vars, { DATABASE_URL: 'postgres://u:p@h/db', HALCYON_GHC_VERSION: '9.6.7' });
  assert.deepEqual(read.skipped.map((s) => s.name).sort(), ['HALCYON_BASE', 'HALCYON_CACHE', 'LD_PRELOAD', 'PATH', 'subdir']);
  assert.deepEqual(read.skipped.find((s) => s.name === 'subdir'), { name: 'subdir', reason: 'it is a directory, not a file', warn: true });
});

test('an empty or missing ENV_DIR is no config vars, not a failure', async () => {
  assert.deepEqual((await readEnvDir(await tempDir('empty'))).vars, {});
  assert.deepEqual((await readEnvDir('/nonexistent/env')).vars, {});
  assert.deepEqual((await readEnvDir(undefined)).vars, {});
});

test('the listing shows values of the buildpack\'s own variables only, secrets masked; the app\'s by name', () => {
  assert.equal(displayValue('HALCYON_AWS_SECRET_ACCESS_KEY', 'abc'), '(secret)');
  assert.equal(displayValue('HALCYON_AWS_ACCESS_KEY_ID', 'AKID'), '(secret)');
  assert.equal(displayValue('HALCYON_GHC_VERSION', '9.6.7'), '9.6.7');
  assert.equal(displayValue('HALCYON_NO_PRIVATE_STORAGE', '1'), '1');
  for (const name of ['SMTP_PASS', 'DB_PWD', 'SENTRY_DSN', 'STRIPE_API_KEY', 'PLAIN']) assert.equal(displayValue(name, 'value'), '(set)');
  assert.match(displayValue('HALCYON_EXTRA_CONFIGURE_FLAGS', 'x'.repeat(1000)), /^x{100}… \(1000 characters\)$/);
});

test('a dangling symlink or an unreadable file in ENV_DIR is skipped with the reason, never a crash', async () => {
  const dir = await tempDir('envdir-link');
  await symlink('/nonexistent/target', path.join(dir, 'BROKEN'));
  await writeFile(path.join(dir, 'HALCYON_NO_PRIVATE_STORAGE'), '1');
  // A file that fails when read, even for root: /proc/self/mem answers EIO at offset 0.
  await symlink('/proc/self/mem', path.join(dir, 'UNREADABLE'));
  const read = await readEnvDir(dir);
  assert.deepEqual(read.vars, { HALCYON_NO_PRIVATE_STORAGE: '1' });
  assert.deepEqual(read.skipped.find((s) => s.name === 'BROKEN'), { name: 'BROKEN', reason: 'it is a dangling symlink', warn: true });
  assert.deepEqual(read.skipped.find((s) => s.name === 'UNREADABLE'), { name: 'UNREADABLE', reason: 'it cannot be read (EIO)', warn: true });
});

test('a misspelt HALCYON_ variable is named with the closest known one', () => {
  assert.deepEqual(unknownVariables(['HALCYON_NO_UPLAOD', 'HALCYON_S3_BUCKET', 'HALCYON_INTERNAL_X', 'PATH', 'HALCYON_FROBNICATE']), [
    { name: 'HALCYON_NO_UPLAOD', closest: 'HALCYON_NO_UPLOAD' },
    { name: 'HALCYON_FROBNICATE', closest: undefined },
  ]);
  assert.equal(unknownVariablesWarning(['HALCYON_S3_BUKET'], 'config vars')?.message, 'Unknown variable in the config vars: HALCYON_S3_BUKET (did you mean HALCYON_S3_BUCKET?)');
  assert.equal(unknownVariablesWarning(['HALCYON_S3_BUCKET'], 'config vars'), undefined);
});

test('passwords in URLs are found in linear time, even in a 10 MB value', () => {
  assert.deepEqual(urlPasswords('postgres://user:p%40ss@db/x and https://a:b@h/'), ['p%40ss', 'p@ss', 'b', 'b']);
  assert.deepEqual(urlPasswords('https://host/no-credentials, mailto:x@y, ftp://user@host/'), []);
  const big = `${'a'.repeat(5 * 1024 * 1024)}://${'b'.repeat(5 * 1024 * 1024)}`;
  const startedMs = Date.now();
  assert.deepEqual(urlPasswords(big), []);
  assert.deepEqual(urlPasswords('x'.repeat(10 * 1024 * 1024)), []);
  assert.ok(Date.now() - startedMs < 2000, `took ${Date.now() - startedMs} ms`);
});
