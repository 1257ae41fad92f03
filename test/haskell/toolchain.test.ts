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

test('GHC version: the variable or with-compiler in cabal.project (which must agree), else the default', async () => {
  const options = await engineOptionsFor({ systemToolchain: false });
  const { ctx } = await testRun(options);
  const resolve = async (appDir: string, overrides: Partial<typeof options> = {}): Promise<string> =>
    (await resolveToolchain({ options: { ...options, ...overrides }, exec: ctx.exec, appDir, platform: 'linux-ubuntu-24.04-x86_64' })).ghcVersion;
  const pinned = await appWithProject('packages: .\n-- the compiler\nwith-compiler: ghc-9.8.4\n');
  assert.equal(await resolve(pinned), '9.8.4');
  assert.equal(await resolve(pinned, { ghcVersion: '9.8.4' }), '9.8.4');
  assert.equal(await resolve(pinned, { ghcVersion: '9.8' }), '9.8.4', 'a series agrees with its release');
  const plain = await appWithProject(undefined);
  assert.equal(await resolve(plain), DEFAULT_GHC_VERSION);
  assert.equal(await resolve(plain, { ghcVersion: '9.6.7' }), '9.6.7');
  assert.equal(await resolve(await appWithProject('with-compiler: /opt/ghc/bin/ghc\n')), DEFAULT_GHC_VERSION, 'a plain ghc asks for no version');
});

test('with-compiler: ghc-X.Y picks the newest release of that series the inventory has for the platform', async () => {
  const options = await engineOptionsFor({ systemToolchain: false });
  const { ctx } = await testRun(options);
  const series = await appWithProject('packages: .\nwith-compiler: ghc-9.8\n');
  const newest = Object.keys(GHC_BINDISTS)
    .filter((v) => v.startsWith('9.8.') && GHC_BINDISTS[v]?.['ubuntu-24.04-x86_64'])
    .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
    .pop();
  assert.ok(newest, 'the inventory has a 9.8 release');
  const toolchain = await resolveToolchain({ options, exec: ctx.exec, appDir: series, platform: 'linux-ubuntu-24.04-x86_64' });
  assert.equal(toolchain.ghcVersion, newest);
});

test('GHC requests that disagree, name no GHC or cannot be provided are errors naming where each came from', async () => {
  const options = await engineOptionsFor({ systemToolchain: false });
  const { ctx } = await testRun(options);
  const platform = 'linux-ubuntu-24.04-x86_64';
  const pinned = await appWithProject('with-compiler: ghc-9.8\n');
  await assert.rejects(
    resolveToolchain({ options: { ...options, ghcVersion: '9.6.7', ghcVersionFrom: 'HALCYON_GHC_VERSION (config var)' }, exec: ctx.exec, appDir: pinned, platform }),
    (error: unknown) =>
      error instanceof HalcyonError && /9\.6\.7 by HALCYON_GHC_VERSION \(config var\)/.test(error.message) && /9\.8 by with-compiler: ghc-9\.8 in cabal\.project/.test(error.message),
  );
  await assert.rejects(
    resolveToolchain({ options, exec: ctx.exec, appDir: await appWithProject('with-compiler: clang-15\n'), platform }),
    (error: unknown) => error instanceof HalcyonError && /with-compiler: clang-15, which names no GHC/.test(error.message) && /ghc-X\.Y\.Z/.test(error.remedy ?? ''),
  );
  await assert.rejects(
    resolveToolchain({ options, exec: ctx.exec, appDir: await appWithProject('with-compiler: ghc-8.10.7\n'), platform }),
    (error: unknown) => error instanceof HalcyonError && /with-compiler: ghc-8\.10\.7 in cabal\.project asks for GHC 8\.10\.7/.test(error.message) && error.remedy?.includes(DEFAULT_GHC_VERSION) === true,
  );
  await assert.rejects(
    resolveToolchain({ options: { ...options, ghcVersion: 'latest', ghcVersionFrom: '.halcyon/ghc-version' }, exec: ctx.exec, appDir: await appWithProject(undefined), platform }),
    (error: unknown) => error instanceof HalcyonError && /\.halcyon\/ghc-version is set to "latest"/.test(error.message),
  );
});

test('the system toolchain refuses a GHC version it does not have, naming who asked', async () => {
  const options = await engineOptionsFor({ systemToolchain: true });
  const { ctx } = await testRun(options);
  const system = await resolveToolchain({ options, exec: ctx.exec, appDir: '/nonexistent', platform: ctx.platform });
  const series = system.ghcVersion.split('.').slice(0, 2).join('.');
  const same = await appWithProject(`with-compiler: ghc-${series}\n`);
  assert.equal((await resolveToolchain({ options, exec: ctx.exec, appDir: same, platform: ctx.platform })).ghcVersion, system.ghcVersion);
  const other = await appWithProject('with-compiler: ghc-9.8\n');
  await assert.rejects(
    resolveToolchain({ options, exec: ctx.exec, appDir: other, platform: ctx.platform }),
    (error: unknown) =>
      error instanceof HalcyonError && error.message === `with-compiler: ghc-9.8 in cabal.project asks for GHC 9.8, but the system toolchain (HALCYON_SYSTEM_TOOLCHAIN) has GHC ${system.ghcVersion}`,
  );
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
