// Private-bucket cleaning deletes only older archives of the same app and layer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Toolchain } from '../../src/haskell/toolchain.ts';
import { cabalLayer } from '../../src/layers/cabal.ts';
import { depsLayer } from '../../src/layers/deps.ts';
import { installLayer } from '../../src/layers/install.ts';
import { parseRemoteRepo } from '../../src/config/options.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import type { CabalPackage } from '../../src/haskell/cabal-file.ts';

const toolchain: Toolchain = { flavour: 'system', ghcVersion: '9.0.2', ghcId: '9.0.2-system', cabalVersion: '3.4.1.0', cabalId: '3.4.1.0-system', ghcBin: 'ghc', cabalBin: 'cabal', binDirs: [] };
const app: CabalPackage = { name: 'web', version: '0.1', label: 'web-0.1', executables: ['web'], dataFiles: [], dataDir: '', cabalFile: 'web.cabal', packageDir: '' };

test('install and dependency archives: only the same label, never a label that merely ends the same', async () => {
  const { ctx } = await testRun(await engineOptionsFor());
  const i = `${ctx.platform}/ghc-9.0.2`;
  const p = `${ctx.layerRoot}/ghc-9.0.2`;
  const install = installLayer(ctx, { toolchain, app, appDir: '/x', installInputs: { source: 'a' }, builtFrom: [], packages: [], dependencies: [] });
  assert.equal(install.supersedes?.(`${i}/halcyon-install-bbbbbbbbbbbb-web-0.1.tar.zst`), true);
  assert.equal(install.supersedes?.(`${i}/halcyon-install-bbbbbbbbbbbb-hello-web-0.1.tar.zst`), false);
  assert.equal(install.supersedes?.(`${i}/halcyon-deps-bbbbbbbbbbbb-web-0.1.tar.zst`), false);

  const deps = depsLayer(ctx, { toolchain, plan: { dependencies: [] }, label: 'web-0.1', appDir: '/x' });
  const own = deps.key ?? '';
  assert.equal(deps.supersedes?.(own), false);
  assert.equal(deps.supersedes?.(own.replace(/\.tar\.zst$/, '.constraints')), false);
  assert.equal(deps.supersedes?.(`${p}/halcyon-deps-bbbbbbbbbbbb-web-0.1.tar.zst`), true);
  assert.equal(deps.supersedes?.(`${p}/halcyon-deps-bbbbbbbbbbbb-web-0.1.constraints`), true);
  assert.equal(deps.supersedes?.(`${p}/halcyon-deps-bbbbbbbbbbbb-hello-web-0.1.tar.zst`), false);
  assert.equal(deps.supersedes?.(`${p}/halcyon-install-bbbbbbbbbbbb-web-0.1.tar.zst`), false);
});

test('cabal index archives: only older days of the same cabal and repository', async () => {
  const options = await engineOptionsFor({ remoteRepo: parseRemoteRepo('local:file+noindex:///srv/repo') });
  const { ctx } = await testRun(options, { now: new Date('2026-11-21T12:00:00Z') });
  const layer = cabalLayer(ctx, toolchain);
  const stem = `${ctx.layerRoot}/halcyon-cabal-3.4.1.0-system-local`;
  assert.equal(layer.key, `${stem}-2026-11-21.tar.zst`);
  assert.equal(layer.supersedes?.(`${stem}-2026-11-20.tar.zst`), true);
  assert.equal(layer.supersedes?.(`${stem}-2026-11-21.tar.zst`), false);
  assert.equal(layer.supersedes?.(`${stem}-2026-11-22.tar.zst`), false);
  assert.equal(layer.supersedes?.(`${stem}-2-2026-11-20.tar.zst`), false, 'a repository named local-2 is another repository');
  assert.equal(layer.supersedes?.(`${ctx.layerRoot}/halcyon-cabal-3.10.1.0-local-2026-11-20.tar.zst`), false);
  assert.equal(layer.supersedes?.(`${ctx.layerRoot}/halcyon-ghc-9.0.2.tar.zst`), false);
});

test('archives valid only at one base are named by it (unless /app); install archives are shared', async () => {
  const { layerRootFor } = await import('../../src/engine/create-context.ts');
  assert.equal(layerRootFor('linux-ubuntu-24.04-x86_64', '/app'), 'linux-ubuntu-24.04-x86_64');
  assert.match(layerRootFor('linux-ubuntu-24.04-x86_64', '/srv/h'), /^linux-ubuntu-24\.04-x86_64-base-[0-9a-f]{8}$/);
  assert.notEqual(layerRootFor('p', '/srv/a'), layerRootFor('p', '/srv/b'));
  const a = await testRun(await engineOptionsFor());
  const b = await testRun(await engineOptionsFor());
  const input = { toolchain, app, appDir: '/x', installInputs: { source: 'c' }, builtFrom: [], packages: [], dependencies: [] };
  assert.equal(installLayer(a.ctx, input).key, installLayer(b.ctx, input).key);
  const plan = { dependencies: [] };
  assert.notEqual(depsLayer(a.ctx, { toolchain, plan, label: 'web-0.1', appDir: '/x' }).key, depsLayer(b.ctx, { toolchain, plan, label: 'web-0.1', appDir: '/x' }).key);
});

test('OS package and GHC archives: another package set, another GHC version; never a different kind of archive', async () => {
  const { osPackagesLayer } = await import('../../src/layers/os-packages.ts');
  const { ghcLayer } = await import('../../src/layers/ghc.ts');
  const { ctx } = await testRun(await engineOptionsFor({ extraOsPackages: ['libyajl-dev'] }));
  const os = osPackagesLayer(ctx);
  assert.ok(os?.key);
  assert.equal(os.supersedes?.(os.key), false);
  assert.equal(os.supersedes?.(`${ctx.layerRoot}/halcyon-os-bbbbbbbbbbbb.tar.zst`), true);
  assert.equal(os.supersedes?.(`${ctx.layerRoot}-base-12345678/halcyon-os-bbbbbbbbbbbb.tar.zst`), false, 'another base is another folder');
  assert.equal(os.supersedes?.(`${ctx.layerRoot}/halcyon-ghc-9.0.2.tar.zst`), false);
  const ghc = ghcLayer(ctx, { ...toolchain, flavour: 'bindist', ghcId: '9.6.7' , ghcVersion: '9.6.7' });
  assert.ok(ghc.key);
  assert.equal(ghc.supersedes?.(ghc.key), false);
  assert.equal(ghc.supersedes?.(`${ctx.layerRoot}/halcyon-ghc-9.4.8.tar.zst`), true);
  assert.equal(ghc.supersedes?.(`${ctx.layerRoot}/halcyon-os-bbbbbbbbbbbb.tar.zst`), false);
  assert.equal(ghc.supersedes?.(`${ctx.layerRoot}/ghc-9.4.8/halcyon-deps-bbbbbbbbbbbb-web-0.1.tar.zst`), false);
});
