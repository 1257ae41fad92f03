// cabal update runs at most once per UTC day: today's archive is reused, and tomorrow
// starts from yesterday's archive instead of from nothing.
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { cabalLayer } from '../../src/layers/cabal.ts';
import { layerPaths } from '../../src/config/paths.ts';
import { resolveLayer } from '../../src/layers/resolve.ts';
import { resolveToolchain } from '../../src/haskell/toolchain.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { localPackageRepo } from '../helpers/heroku.ts';
import { parseRemoteRepo } from '../../src/config/options.ts';
import { BuildNeededError } from '../../src/errors.ts';

/** Another machine sharing the cache: the same base path, with nothing in it yet. */
async function newMachine(basePath: string): Promise<void> {
  await rm(basePath, { recursive: true, force: true });
}

const DAY1 = new Date('2026-11-20T23:59:00Z');
const DAY1_LATER = new Date('2026-11-20T06:00:00Z');
const DAY2 = new Date('2026-11-21T00:01:00Z');

test('one cabal update a day, shared through the cache', async () => {
  const repo = await localPackageRepo();
  const options = await engineOptionsFor({ remoteRepo: parseRemoteRepo(repo.remoteRepo) });
  const first = await testRun(options, { now: DAY1 });
  const toolchain = await resolveToolchain({ options, exec: first.ctx.exec, appDir: '/nonexistent', platform: first.ctx.platform });
  const day1 = await resolveLayer(first.ctx, cabalLayer(first.ctx, toolchain));
  assert.equal(day1.origin, 'built');
  assert.ok(first.out.some((l) => l.includes('cabal update')));
  const config = await readFile(path.join(layerPaths(options.basePath).cabal, 'config'), 'utf8');
  assert.match(config, new RegExp(`url: file\\+noindex://${repo.dir}`));

  await newMachine(options.basePath);
  const sameDay = await testRun(options, { now: DAY1_LATER });
  assert.equal((await resolveLayer(sameDay.ctx, cabalLayer(sameDay.ctx, toolchain))).origin, 'cache');
  assert.ok(!sameDay.out.some((l) => l.includes('cabal update')));

  await newMachine(options.basePath);
  const nextDay = await testRun(options, { now: DAY2 });
  const day2 = await resolveLayer(nextDay.ctx, cabalLayer(nextDay.ctx, toolchain));
  assert.equal(day2.origin, 'built');
  assert.ok(nextDay.out.some((l) => /restored .*-2026-11-20\.tar\.zst from cache as a start/.test(l)), nextDay.out.join('\n'));
  const keys = (await nextDay.ctx.cache.listAll()).map((o) => o.key);
  assert.ok(keys.some((k) => k.endsWith('-local-2026-11-21.tar.zst')));
});

test('where building is forbidden, yesterday\'s index is used as it is', async () => {
  const repo = await localPackageRepo();
  const options = await engineOptionsFor({ remoteRepo: parseRemoteRepo(repo.remoteRepo) });
  const first = await testRun(options, { now: DAY1 });
  const toolchain = await resolveToolchain({ options, exec: first.ctx.exec, appDir: '/nonexistent', platform: first.ctx.platform });
  await resolveLayer(first.ctx, cabalLayer(first.ctx, toolchain));
  await newMachine(options.basePath);
  const forbidden = await testRun({ ...options, noBuildDependencies: true }, { now: DAY2 });
  const resolved = await resolveLayer(forbidden.ctx, cabalLayer(forbidden.ctx, toolchain));
  assert.equal(resolved.origin, 'cache');
  assert.ok(forbidden.out.some((l) => l.includes('building is not allowed here, so it is used as it is')));
});

test('no package repository: no date, no update', async () => {
  const options = await engineOptionsFor({ remoteRepo: undefined });
  const { ctx, out } = await testRun(options, { now: DAY1 });
  const toolchain = await resolveToolchain({ options, exec: ctx.exec, appDir: '/nonexistent', platform: ctx.platform });
  const layer = cabalLayer(ctx, toolchain);
  assert.match(layer.key ?? '', /halcyon-cabal-[\d.]+-system-none\.tar\.zst$/);
  await resolveLayer(ctx, layer);
  assert.ok(!out.some((l) => l.includes('cabal update')));
});

test('where building is forbidden and no index was ever fetched, the package index is named as what is missing, with cabal update', async () => {
  const repo = await localPackageRepo();
  const options = await engineOptionsFor({ remoteRepo: parseRemoteRepo(repo.remoteRepo), noBuildDependencies: true });
  const { ctx } = await testRun(options, { now: DAY2 });
  const toolchain = await resolveToolchain({ options, exec: ctx.exec, appDir: '/nonexistent', platform: ctx.platform });
  await assert.rejects(resolveLayer(ctx, cabalLayer(ctx, toolchain)), (error: unknown) => {
    assert.ok(error instanceof BuildNeededError && error.exitCode === 2, String(error));
    assert.equal(error.id, 'build-needed/package-index');
    assert.equal(error.message, `No package index of local (file+noindex://${repo.dir}) is prebuilt, of 2026-11-21 or earlier, and fetching it (cabal update) is not allowed here`);
    assert.match(error.remedy ?? '', /halcyon build \(or install\) on the build machine/);
    return true;
  });
});
