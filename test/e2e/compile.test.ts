// The Heroku flow on real apps: the real shims, real GHC and cabal builds, real archives.
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { extractArchive } from '../../src/archive/index.ts';
import { hashSource } from '../../src/haskell/source.ts';
import { EXAMPLE_APP, FIXTURE_APPS, HerokuApp, freePort, localPackageRepo, runInDyno, runOnDyno, scrubbedEnv, tempDir, type Push } from '../helpers/heroku.ts';
import { copyApp, editFile } from '../helpers/apps.ts';

const SYSTEM = { HALCYON_SYSTEM_TOOLCHAIN: '1' };

function layerLine(push: Push, title: RegExp): string {
  const lines = push.compile.stdout.split('\n');
  const index = lines.findIndex((l) => l.startsWith('-----> ') && title.test(l));
  assert.ok(index >= 0, `no step matching ${title} in:\n${push.compile.stdout}`);
  const detail = lines.slice(index + 1).find((l) => /\(\d.*(B|kB|MB|GB), \d/.test(l));
  assert.ok(detail, `no origin line after ${title}`);
  return detail;
}

async function fetchFromDyno(slugDir: string, executable: string): Promise<string> {
  const port = await freePort();
  const script = `PORT=${port} bin/${executable} & pid=$!; for i in $(seq 1 50); do if curl -fsS http://127.0.0.1:${port}/ 2>/dev/null; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`;
  const result = await runInDyno(slugDir, script);
  assert.equal(result.code, 0, `app did not answer: ${result.stderr}`);
  return result.stdout;
}

describe('compile on Heroku, dependency building forbidden (the default)', () => {
  test('deploys the buildpack only, with the next steps, and exits 0', async () => {
    const repo = await localPackageRepo();
    const app = await HerokuApp.create({ ...SYSTEM, HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo });
    const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
    assert.equal(push.detect.stdout.trim(), 'Haskell');
    assert.equal(push.compile.code, 0, push.compile.stderr);
    for (const step of ['heroku config:set HALCYON_S3_BUCKET=', 'heroku run -s performance-l build', 'git commit --allow-empty -m "Deploy the prebuilt build"', 'git push heroku main']) {
      assert.ok(push.compile.stdout.includes(step), `missing "${step}" in:\n${push.compile.stdout}`);
    }
    // What a first push lacks is the package index (cabal update), not cabal-install itself.
    assert.match(push.compile.stderr, /Warning: No package index of local \(file\+noindex:\/\/\S+\) is prebuilt, of \d{4}-\d{2}-\d{2} or earlier, and fetching it \(cabal update\) is not allowed here/);
    assert.doesNotMatch(push.compile.stderr, /cabal-install/);
    for (const file of ['.buildpack/bin/compile', '.buildpack/bin/build', '.buildpack/dist/halcyon.mjs', '.buildpack/source.tar.zst', '.profile.d/halcyon.sh']) {
      assert.ok(existsSync(path.join(push.buildDir, file)), `slug lacks ${file}`);
    }
    assert.ok(!existsSync(path.join(push.buildDir, 'bin', 'base-only')), 'no app should be installed');
    assert.equal(push.release.stdout.trim(), '--- {}');
    assert.ok(!(await app.cacheFiles()).some((f) => f.startsWith('.buildpack')), 'archives only in the cache');
  });
});

describe('compile on Heroku with dependency building allowed', () => {
  let app: HerokuApp;
  let first: Push;
  let source: string;

  before(async () => {
    const repo = await localPackageRepo();
    app = await HerokuApp.create({ ...SYSTEM, HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo, HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    source = await copyApp(EXAMPLE_APP);
    first = await app.push(source);
  });

  test('builds every layer and deploys a working web app', async () => {
    assert.equal(first.compile.code, 0, first.compile.stderr + first.compile.stdout);
    for (const title of [/cabal-install/, /dependencies \(1 package\)/, /build of hello-web/, /install of hello-web/]) {
      assert.match(layerLine(first, title), /built and archived/);
    }
    assert.match(layerLine(first, /GHC 9\.0\.2 \(system\)/), /system toolchain/);
    assert.equal(first.release.stdout, '---\ndefault_process_types:\n  web: bin/hello-web\n');
    const body = await fetchFromDyno(first.buildDir, 'hello-web');
    assert.match(body, /Hello from Haskell on Heroku!/);
  });

  test('the slug holds the app and no layer archive; the cache holds only archives', async () => {
    const cache = await app.cacheFiles();
    assert.ok(cache.some((f) => /halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst$/.test(f)), cache.join('\n'));
    assert.ok(cache.some((f) => /halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.constraints$/.test(f)));
    assert.ok(cache.some((f) => /\/ghc-9\.0\.2\/halcyon-install-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst$/.test(f)));
    assert.ok(cache.every((f) => f.startsWith('halcyon/') || f.startsWith('halcyon-stack') || f.startsWith('halcyon-node/')), cache.join('\n'));
    assert.ok(!existsSync(path.join(first.buildDir, '.halcyon-layers')));
  });

  test('a second push of the same source builds nothing and takes every layer from the cache', async () => {
    const second = await app.push(source);
    assert.equal(second.compile.code, 0, second.compile.stderr);
    assert.doesNotMatch(second.compile.stdout, /built and archived/);
    assert.match(layerLine(second, /install of hello-web/), /from cache/);
    for (const kind of ['cabal', 'deps', 'build']) {
      assert.match(second.compile.stdout, new RegExp(`kept in cache: .*halcyon-${kind}-`), `${kind} layer not reported`);
    }
    assert.match(await fetchFromDyno(second.buildDir, 'hello-web'), /Hello from Haskell on Heroku!/);
    assert.match(second.compile.stdout, /Cache: \d+ files, unchanged/);
  });

  test('a source change rebuilds only the build and install layers', async () => {
    await editFile(path.join(source, 'app', 'Main.hs'), (text) => text.replace('Hello from Haskell on Heroku!', 'Hello again from Haskell on Heroku!'));
    const third = await app.push(source);
    assert.equal(third.compile.code, 0, third.compile.stderr + third.compile.stdout);
    assert.match(layerLine(third, /cabal-install/), /from cache/);
    assert.match(layerLine(third, /dependencies/), /from cache/);
    assert.match(layerLine(third, /build of hello-web/), /built and archived/);
    assert.match(third.compile.stdout, /restored .*halcyon-build-hello-web-0\.1\.0\.0\.tar\.zst from cache as a start/);
    assert.match(third.compile.stdout, /1 source file changed/);
    assert.match(third.compile.stdout, /Compiling Main/);
    assert.doesNotMatch(third.compile.stdout, /Compiling TinyHttp|Building library/);
    assert.match(layerLine(third, /install of hello-web/), /built and archived/);
    assert.match(await fetchFromDyno(third.buildDir, 'hello-web'), /Hello again from Haskell on Heroku!/);
    assert.match(third.compile.stdout, /- .*halcyon-install-/, 'the old install archive is cleaned from the cache');
  });

  test('the slug carries the pristine source as pushed; data files need no profile script', async () => {
    const unpacked = path.join(await tempDir('source'), 'src');
    await extractArchive(createReadStream(path.join(first.buildDir, '.buildpack', 'source.tar.zst')), unpacked);
    assert.equal(await hashSource(unpacked), await hashSource(EXAMPLE_APP));
    assert.ok(!existsSync(path.join(unpacked, 'bin')), 'the source archive must not contain what compile installed');
    const profile = await readFile(path.join(first.buildDir, '.profile.d', 'halcyon.sh'), 'utf8');
    assert.doesNotMatch(profile, /datadir/);
    assert.ok(existsSync(path.join(first.buildDir, 'share', 'x86_64-linux-ghc-9.0.2', 'hello-web-0.1.0.0', 'static', 'greeting.txt')));
    // Run directly, as a process manager would: nothing sourced, no variable set.
    const port = await freePort();
    const script = `PORT=${port} /app/bin/hello-web & pid=$!; for i in $(seq 1 50); do if curl -fsS http://127.0.0.1:${port}/ 2>/dev/null; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`;
    const direct = await runOnDyno(first.buildDir, 'bash', ['-c', script], scrubbedEnv({ HOME: '/app' }));
    assert.equal(direct.code, 0, direct.stderr);
    assert.match(direct.stdout, /Hello from Haskell on Heroku!\nThis line was read from a data file/);
  });
});
