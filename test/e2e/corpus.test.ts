// Real Hackage packages (from Debian's source packages), deployed as Heroku deploys them:
// push, one-off build, push again on an empty cache, each on a fresh dyno, against a real
// S3 server on loopback; then run directly, with nothing sourced. The big web stack is in
// test/slow (npm run test:slow).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CORPUS_APPS, corpusRepo, layerFigures } from '../helpers/corpus.ts';
import { HerokuApp, REPO_ROOT, runOnDyno, scrubbedEnv, type Push, type RunResult } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
let remoteRepo: string;

before(async () => {
  server = await startS3Server({ buckets: ['corpus-bucket'] });
  remoteRepo = (await corpusRepo()).remoteRepo;
});
after(() => server.stop());

function configVars(extra: Record<string, string> = {}): Record<string, string> {
  return {
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: remoteRepo,
    HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
    HALCYON_S3_BUCKET: 'corpus-bucket',
    HALCYON_S3_ENDPOINT: server.endpoint,
    ...extra,
  };
}

interface Deployed {
  readonly first: Push;
  readonly build: RunResult & { durationMs: number };
  readonly second: Push;
}

/** The Heroku flow: push 1 (buildpack only), the one-off build, push 2 on an empty compile cache. */
async function deploy(app: HerokuApp, source: string): Promise<Deployed> {
  const first = await app.push(source);
  const startedMs = Date.now();
  const build = await app.runOneOff(first.buildDir, 'build');
  const durationMs = Date.now() - startedMs;
  await app.emptyCache();
  const second = await app.push(source);
  return { first, build: { ...build, durationMs }, second };
}

function assertDeployedFromBucket(d: Deployed): void {
  assert.equal(d.first.compile.code, 0, d.first.compile.stderr);
  assert.match(d.first.compile.stdout, /heroku run -s performance-l build/);
  assert.equal(d.build.code, 0, d.build.stderr + d.build.stdout);
  assert.match(d.build.stdout, /Every layer is in the private bucket/);
  assert.equal(d.second.compile.code, 0, d.second.compile.stderr + d.second.compile.stdout);
  assert.doesNotMatch(d.second.compile.stdout, /(built|fetched, unpacked) and archived/);
  assert.match(d.second.compile.stdout, /install of \S+\n\s+from private bucket corpus-bucket/);
}

const dependencyCount = (log: string): string => /dependencies \((\d+) packages?\)/.exec(log)?.[1] ?? '?';

describe('corpus: an app whose dependency reads data files at run time (js-jquery)', () => {
  let app: HerokuApp;
  let deployed: Deployed;

  before(async () => {
    app = await HerokuApp.create(configVars());
    deployed = await deploy(app, path.join(CORPUS_APPS, 'data-files'));
  });

  test('deploys from the bucket on push 2, building nothing', (t) => {
    assertDeployedFromBucket(deployed);
    t.diagnostic(`data-files: ${dependencyCount(deployed.build.stdout)} dependencies; one-off build ${(deployed.build.durationMs / 1000).toFixed(1)} s; push 2 on an empty cache ${(deployed.second.durationMs / 1000).toFixed(2)} s`);
    for (const figure of layerFigures(deployed.build.stdout)) t.diagnostic(`  ${figure}`);
  });

  test('on a fresh dyno, run directly with nothing sourced, it finds js-jquery\'s data file and its own (a symlink among them)', async () => {
    const direct = await runOnDyno(deployed.second.buildDir, '/app/bin/corpus-data-files', ['--check'], scrubbedEnv({ HOME: '/app' }));
    assert.equal(direct.code, 0, direct.stderr + direct.stdout);
    assert.match(direct.stdout, /jquery 3\.3\.1 86927/);
    assert.match(direct.stdout, /hello\.txt: .+/);
    assert.match(direct.stdout, /alias\.txt: .+/);
  });

  test('a deploy machine with only the install archive: halcyon install into /app, then /app/bin/<exe> works', async (t) => {
    const dyno = path.join(app.root, 'deploy-machine');
    const { mkdir, lstat, readlink } = await import('node:fs/promises');
    await mkdir(dyno, { recursive: true });
    const cache = path.join(app.root, 'deploy-cache');
    const env = scrubbedEnv({
      ...configVars({ HALCYON_AWS_ACCESS_KEY_ID: server.readOnly.accessKeyId, HALCYON_AWS_SECRET_ACCESS_KEY: server.readOnly.secretAccessKey }),
      HALCYON_NO_BUILD: '1',
      HALCYON_CACHE: cache,
    });
    const script = `${path.join(REPO_ROOT, 'bin', 'halcyon')} install "$0" && /app/bin/corpus-data-files --check`;
    const startedMs = Date.now();
    const installed = await runOnDyno(dyno, 'bash', ['-c', script, path.join(CORPUS_APPS, 'data-files')], env);
    assert.equal(installed.code, 0, installed.stderr + installed.stdout);
    assert.match(installed.stdout, /install of corpus-data-files-0\.1\.0\.0\n\s+from private bucket corpus-bucket/);
    assert.doesNotMatch(installed.stdout, /^-----> (GHC|cabal-install|dependencies|build of)/m, "the install archive alone");
    assert.match(installed.stdout, /jquery 3\.3\.1 86927/);
    const alias = path.join(dyno, 'share', 'x86_64-linux-ghc-9.0.2', 'corpus-data-files-0.1.0.0', 'static', 'alias.txt');
    assert.ok((await lstat(alias)).isSymbolicLink(), 'the symlink stays a symlink');
    assert.equal(await readlink(alias), 'hello.txt', 'and stays relative');
    t.diagnostic(`deploy machine: halcyon install + run ${Date.now() - startedMs} ms`);
  });
});

describe('corpus: a multi-package project with Template Haskell, zlib through pkg-config and a C library from an extra OS package', () => {
  let deployed: Deployed;

  before(async () => {
    const app = await HerokuApp.create(configVars({ HALCYON_EXTRA_OS_PACKAGES: 'libyajl-dev' }));
    deployed = await deploy(app, path.join(CORPUS_APPS, 'multi'));
  });

  test('deploys from the bucket on push 2, building nothing', (t) => {
    assertDeployedFromBucket(deployed);
    assert.match(deployed.build.stdout, /OS packages: libyajl-dev/);
    assert.match(deployed.build.stdout, /Compiling .*Corpus/);
    t.diagnostic(`multi: ${dependencyCount(deployed.build.stdout)} dependencies; one-off build ${(deployed.build.durationMs / 1000).toFixed(1)} s; push 2 on an empty cache ${(deployed.second.durationMs / 1000).toFixed(2)} s`);
    for (const figure of layerFigures(deployed.build.stdout)) t.diagnostic(`  ${figure}`);
  });

  test('runs on a fresh dyno with nothing sourced: the embedded file, a zlib round trip, the yajl version', async () => {
    const direct = await runOnDyno(deployed.second.buildDir, '/app/bin/corpus-multi', ['--check'], scrubbedEnv({ HOME: '/app' }));
    assert.equal(direct.code, 0, direct.stderr + direct.stdout);
    assert.match(direct.stdout, /embedded: "Embedded at compile time by file-embed\."/);
    assert.match(direct.stdout, /round trip ok/);
    assert.match(direct.stdout, /yajl 2\.\d+\.\d+/);
  });
});
