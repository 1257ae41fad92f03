import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Logger, memorySink } from '../../src/log/logger.ts';
import { createExec } from '../../src/util/exec.ts';

test('build processes (cabal, Setup.hs, Template Haskell) never see the bucket credentials', async () => {
  const exec = createExec(new Logger(memorySink()), {
    PATH: '/usr/bin:/bin',
    HALCYON_AWS_ACCESS_KEY_ID: 'AKIDX',
    HALCYON_AWS_SECRET_ACCESS_KEY: 'secret',
    HALCYON_S3_BUCKET: 'bucket',
    DATABASE_URL: 'postgres://app',
  });
  const result = await exec('env', [], { quiet: true });
  assert.equal(result.exitCode, 0);
  assert.doesNotMatch(result.stdout, /HALCYON_AWS_/);
  assert.match(result.stdout, /HALCYON_S3_BUCKET=bucket/);
  assert.match(result.stdout, /DATABASE_URL=postgres:\/\/app/);
});

test('a stopped command is ended with everything it started, and says it was stopped', async () => {
  const exec = createExec(new Logger(memorySink()), { PATH: '/usr/bin:/bin' });
  const controller = new AbortController();
  // A shell whose child sleeps on: both must go.
  const running = exec('sh', ['-c', `sleep 317 & echo started; wait`], { quiet: true, signal: controller.signal, onLine: () => controller.abort() });
  const result = await running;
  assert.equal(result.stopped, true);
  const { execFileSync } = await import('node:child_process');
  const left = execFileSync('sh', ['-c', 'ps -eo args | grep "[s]leep 317" || true'], { encoding: 'utf8' });
  assert.equal(left.trim(), '', 'the sleeping grandchild is gone too');
});
