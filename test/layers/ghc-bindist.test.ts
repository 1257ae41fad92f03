// The GHC bindist path against a tiny fake binary distribution served on loopback: the
// same download, sha256 check, ./configure --prefix and make install as a real one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, after, test } from 'node:test';
import { BuildNeededError, HalcyonError } from '../../src/errors.ts';
import type { Toolchain } from '../../src/haskell/toolchain.ts';
import { ghcLayer } from '../../src/layers/ghc.ts';
import { layerPaths } from '../../src/config/paths.ts';
import { resolveLayer } from '../../src/layers/resolve.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { tempDir } from '../helpers/heroku.ts';
import { startStaticServer, type StaticServer } from '../helpers/http-server.ts';

let server: StaticServer;
let sha256: string;
const VERSION = '9.99.1';

async function makeFakeBindist(dir: string): Promise<string> {
  const top = path.join(dir, 'tree', `ghc-${VERSION}-x86_64-unknown-linux`);
  await mkdir(top, { recursive: true });
  await writeFile(
    path.join(top, 'configure'),
    '#!/bin/sh\nfor a in "$@"; do case "$a" in --prefix=*) echo "prefix=${a#--prefix=}" > config.mk;; esac; done\n',
  );
  await chmod(path.join(top, 'configure'), 0o755);
  await writeFile(
    path.join(top, 'Makefile'),
    `include config.mk\ninstall:\n\tmkdir -p $(prefix)/bin $(prefix)/share/doc\n\tprintf '#!/bin/sh\\necho ${VERSION}\\n' > $(prefix)/bin/ghc\n\tchmod +x $(prefix)/bin/ghc\n\techo docs > $(prefix)/share/doc/index.html\n`,
  );
  const tarball = path.join(dir, 'www', `ghc-${VERSION}.tar.xz`);
  await mkdir(path.dirname(tarball), { recursive: true });
  execFileSync('tar', ['-cJf', tarball, '-C', path.join(dir, 'tree'), '.']);
  return tarball;
}

const toolchain: Toolchain = {
  flavour: 'bindist',
  ghcVersion: VERSION,
  ghcId: VERSION,
  cabalVersion: '3.12.1.0',
  cabalId: '3.12.1.0',
  ghcBin: 'unused',
  cabalBin: 'unused',
  binDirs: [],
};

before(async () => {
  const dir = await tempDir('bindist');
  const tarball = await makeFakeBindist(dir);
  sha256 = createHash('sha256').update(await readFile(tarball)).digest('hex');
  server = await startStaticServer(path.join(dir, 'www'));
});
after(() => server.close());

test('downloads, verifies, configures and installs a bindist, then restores it from the cache', async () => {
  const options = await engineOptionsFor({ systemToolchain: false, ghcBindist: { url: `${server.url}/ghc-${VERSION}.tar.xz`, sha256 } });
  const first = await testRun(options);
  const layer = ghcLayer(first.ctx, toolchain);
  const resolved = await resolveLayer(first.ctx, layer);
  assert.equal(resolved.origin, 'built');
  const ghc = path.join(layerPaths(options.basePath).ghc, 'bin', 'ghc');
  assert.equal(execFileSync(ghc).toString().trim(), VERSION);
  assert.ok(!existsSync(path.join(layerPaths(options.basePath).ghc, 'share', 'doc')), 'docs are dropped');
  assert.ok(existsSync(first.ctx.cache.pathOf(`${first.ctx.layerRoot}/halcyon-ghc-${VERSION}.tar.zst`)));

  // A new machine (same base path, nothing in it) with the same cache: restored, not downloaded again.
  await rm(options.basePath, { recursive: true, force: true });
  const second = await testRun(options);
  const requestsBefore = server.requests.length;
  const again = await resolveLayer(second.ctx, ghcLayer(second.ctx, toolchain));
  assert.equal(again.origin, 'cache');
  assert.equal(server.requests.length, requestsBefore);
  assert.equal(execFileSync(path.join(layerPaths(second.ctx.options.basePath).ghc, 'bin', 'ghc')).toString().trim(), VERSION);

  // The same machine again: the live directory.
  const third = await testRun(options);
  assert.equal((await resolveLayer(third.ctx, ghcLayer(third.ctx, toolchain))).origin, 'live');
});

test('a bindist that does not match its sha256 is refused before anything is installed', async () => {
  const options = await engineOptionsFor({ systemToolchain: false, ghcBindist: { url: `${server.url}/ghc-${VERSION}.tar.xz`, sha256: '0'.repeat(64) } });
  const { ctx } = await testRun(options);
  await assert.rejects(resolveLayer(ctx, ghcLayer(ctx, toolchain)), (error: unknown) => {
    return error instanceof HalcyonError && /does not match its sha256/.test(error.message) && error.remedy !== undefined;
  });
  assert.ok(!existsSync(path.join(layerPaths(options.basePath).ghc, 'bin', 'ghc')));
  assert.deepEqual(await ctx.cache.listAll(), []);
});

test('with dependency building forbidden, a missing GHC is "build needed" (exit code 2)', async () => {
  const options = await engineOptionsFor({ systemToolchain: false, noBuildDependencies: true, ghcBindist: { url: `${server.url}/ghc-${VERSION}.tar.xz`, sha256 } });
  const { ctx } = await testRun(options);
  await assert.rejects(resolveLayer(ctx, ghcLayer(ctx, toolchain)), (error: unknown) => {
    assert.ok(error instanceof BuildNeededError && error.exitCode === 2, String(error));
    assert.equal(error.message, `Not prebuilt, and building is not allowed here: GHC ${VERSION}`);
    return true;
  });
});
