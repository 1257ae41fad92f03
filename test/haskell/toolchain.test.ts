import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { resolveToolchain, inventoryDownload } from '../../src/haskell/toolchain.ts';
import { DEFAULT_GHC_VERSION, GHC_BINDISTS } from '../../src/haskell/inventory.ts';
import { HalcyonError } from '../../src/errors.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { tempDir } from '../helpers/heroku.ts';

async function appWithProject(project: string | undefined): Promise<string> {
  const dir = await tempDir('tc');
  await mkdir(dir, { recursive: true });
  if (project !== undefined) await writeFile(path.join(dir, 'cabal.project'), project);
  return dir;
}

test('GHC version: the variable, else with-compiler in cabal.project, else the default', async () => {
  const options = await engineOptionsFor({ systemToolchain: false });
  const { ctx } = await testRun(options);
  const pinned = await appWithProject('packages: .\nwith-compiler: ghc-9.8.4\n');
  assert.equal((await resolveToolchain({ options, exec: ctx.exec, appDir: pinned, platform: ctx.platform })).ghcVersion, '9.8.4');
  assert.equal((await resolveToolchain({ options: { ...options, ghcVersion: '9.6.7' }, exec: ctx.exec, appDir: pinned, platform: ctx.platform })).ghcVersion, '9.6.7');
  const plain = await appWithProject(undefined);
  assert.equal((await resolveToolchain({ options, exec: ctx.exec, appDir: plain, platform: ctx.platform })).ghcVersion, DEFAULT_GHC_VERSION);
});

test('the system toolchain reports the versions on PATH and marks its identity', async () => {
  const options = await engineOptionsFor({ systemToolchain: true });
  const { ctx } = await testRun(options);
  const toolchain = await resolveToolchain({ options, exec: ctx.exec, appDir: '/nonexistent', platform: ctx.platform });
  assert.match(toolchain.ghcVersion, /^9\.\d+\.\d+$/);
  assert.equal(toolchain.ghcId, `${toolchain.ghcVersion}-system`);
});

test('the inventory has real entries for Heroku-24, and an unknown version names the known ones', () => {
  const entry = inventoryDownload('GHC', DEFAULT_GHC_VERSION, 'linux-ubuntu-24.04-x86_64');
  assert.match(entry.sha256, /^[0-9a-f]{64}$/);
  assert.match(entry.url, /^https:\/\/downloads\.haskell\.org\/.*\.tar\.(xz|gz|bz2)$/);
  assert.ok(Object.keys(GHC_BINDISTS).length >= 2);
  assert.throws(
    () => inventoryDownload('GHC', '6.12.3', 'linux-ubuntu-24.04-x86_64'),
    (error: unknown) => error instanceof HalcyonError && error.remedy !== undefined && error.remedy.includes(DEFAULT_GHC_VERSION),
  );
});

test('a custom GHC bindist is another GHC: its own identity and archive name', async () => {
  const sha256 = 'ab'.repeat(32);
  const options = await engineOptionsFor({ systemToolchain: false, ghcVersion: '9.6.7', ghcBindist: { url: 'http://127.0.0.1:1/ghc.tar.xz', sha256 } });
  const { ctx } = await testRun(options);
  const toolchain = await resolveToolchain({ options, exec: ctx.exec, appDir: '/nonexistent', platform: ctx.platform });
  assert.equal(toolchain.ghcId, '9.6.7-custom-abababab');
  const { ghcLayer } = await import('../../src/layers/ghc.ts');
  assert.match(ghcLayer(ctx, toolchain).key ?? '', /\/halcyon-ghc-9\.6\.7-custom-abababab\.tar\.zst$/);
  const official = await resolveToolchain({ options: { ...options, ghcBindist: undefined }, exec: ctx.exec, appDir: '/nonexistent', platform: ctx.platform });
  assert.equal(official.ghcId, '9.6.7');
});
