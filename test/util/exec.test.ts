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
  const { readFileSync, readdirSync } = await import('node:fs');
  const sleepingNow = (): string[] => readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8') === 'sleep\u0000317\u0000' && state !== 'Z';
    } catch {
      return false;
    }
  });
  // Signalled already; give it a moment to be gone.
  for (let waitedMs = 0; sleepingNow().length > 0 && waitedMs < 2000; waitedMs += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(sleepingNow(), [], 'the sleeping grandchild is gone too');
});
