import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Logger, memorySink } from '../../src/log/logger.ts';

test('steps, seven-space details, and warnings on stderr with the remedy', () => {
  const sink = memorySink();
  const log = new Logger(sink);
  log.step('GHC 9.6.7');
  log.detail('from cache\nsecond line');
  log.warn('The archive is corrupt', 'It is rebuilt.');
  assert.deepEqual(sink.out, ['-----> GHC 9.6.7', '       from cache', '       second line']);
  assert.deepEqual(sink.err, ['', ' !     Warning: The archive is corrupt', ' !', ' !     It is rebuilt.', '']);
});

test('registered secret values never reach the output', () => {
  const sink = memorySink();
  const log = new Logger(sink);
  log.addSecret('wJalrXUtnFEMI/K7MDENG');
  log.detail('signing with wJalrXUtnFEMI/K7MDENG now');
  log.error('bad key wJalrXUtnFEMI/K7MDENG');
  assert.ok(![...sink.out, ...sink.err].some((l) => l.includes('wJalrXUtnFEMI')));
  assert.match(sink.out[0] ?? '', /signing with \(secret\) now/);
});

test('a stack trace goes to stderr, masked like everything else', () => {
  const sink = memorySink();
  const log = new Logger(sink);
  log.addSecret('s3cr3t-value');
  log.trace('Error: failed with s3cr3t-value\n    at f (x.ts:1:1)');
  assert.deepEqual(sink.err, ['Error: failed with (secret)', '    at f (x.ts:1:1)']);
  assert.deepEqual(sink.out, []);
});

test('a password in the package repository URL is never shown', async () => {
  const { engineOptionsFor, testRun } = await import('../helpers/engine.ts');
  const { ctx, out } = await testRun(await engineOptionsFor({ remoteRepo: { name: 'private', url: 'https://deploy:p%40ss-w0rd@repo.example/', publicUrl: 'https://repo.example/' } }));
  ctx.log.detail('cabal update (https://deploy:p@ss-w0rd@repo.example/)');
  ctx.log.detail('HALCYON_CABAL_REMOTE_REPO private:https://deploy:p%40ss-w0rd@repo.example/');
  assert.deepEqual(out, ['       cabal update (https://deploy:(secret)@repo.example/)', '       HALCYON_CABAL_REMOTE_REPO private:https://deploy:(secret)@repo.example/']);
});

test('an error block ends with the error\'s stable id', () => {
  const sink = memorySink();
  new Logger(sink).error('The bucket name is wrong', 'Fix HALCYON_S3_BUCKET.', 'config/invalid-bucket');
  assert.deepEqual(sink.err, ['', ' !     Error: The bucket name is wrong', ' !', ' !     Fix HALCYON_S3_BUCKET.', ' !', ' !     Error id: config/invalid-bucket', '']);
});
