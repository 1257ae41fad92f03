// The slow tier (npm run test:slow): a web app on a real HTTP stack from Hackage (warp, wai,
// aeson: 73 dependencies, minutes to build on 2 cores), deployed as Heroku deploys it and
// answering on $PORT; then a deploy machine installing it from the install archive alone.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CORPUS_APPS, corpusRepo, layerFigures } from '../helpers/corpus.ts';
import { HerokuApp, REPO_ROOT, freePort, runInDyno, runOnDyno, scrubbedEnv, type Push, type RunResult } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
let vars: Record<string, string>;

before(async () => {
  server = await startS3Server({ buckets: ['web-bucket'] });
  vars = {
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: (await corpusRepo()).remoteRepo,
    HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
    HALCYON_S3_BUCKET: 'web-bucket',
    HALCYON_S3_ENDPOINT: server.endpoint,
  };
});
after(() => server.stop());

describe('corpus: a warp + wai + aeson web app', () => {
  const source = path.join(CORPUS_APPS, 'web');
  let app: HerokuApp;
  let first: Push;
  let build: RunResult & { durationMs: number };
  let second: Push;

  before(async () => {
    app = await HerokuApp.create(vars);
    first = await app.push(source);
    const startedMs = Date.now();
    build = { ...(await app.runOneOff(first.buildDir, 'build')), durationMs: 0 };
    build = { ...build, durationMs: Date.now() - startedMs };
    await app.emptyCache();
    second = await app.push(source);
  });

  test('push 1 deploys the buildpack only; the one-off build builds and uploads every layer', (t) => {
    assert.equal(first.compile.code, 0, first.compile.stderr);
    assert.match(first.compile.stdout, /heroku run -s performance-l build/);
    assert.equal(build.code, 0, build.stderr + build.stdout.slice(-4000));
    assert.match(build.stdout, /Every layer is in the private bucket/);
    const deps = /dependencies \((\d+) packages\)/.exec(build.stdout)?.[1];
    assert.ok(Number(deps) >= 70, `a real web stack: ${deps} dependencies`);
    t.diagnostic(`web: ${deps} dependencies; one-off build ${(build.durationMs / 1000).toFixed(1)} s`);
    for (const figure of layerFigures(build.stdout)) t.diagnostic(`  ${figure}`);
  });

  test('push 2 on an empty cache restores from the bucket, builds nothing, and the app answers on $PORT', async (t) => {
    assert.equal(second.compile.code, 0, second.compile.stderr + second.compile.stdout);
    assert.doesNotMatch(second.compile.stdout, /built and archived/);
    assert.equal(second.release.stdout, '---\ndefault_process_types:\n  web: bin/corpus-web\n');
    const port = await freePort();
    const script = `PORT=${port} bin/corpus-web & pid=$!; for i in $(seq 1 100); do if curl -fsS http://127.0.0.1:${port}/; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`;
    const answered = await runInDyno(second.buildDir, script);
    assert.equal(answered.code, 0, answered.stderr);
    assert.match(answered.stdout, /\{"app":"corpus-web","ok":true\}/);
    t.diagnostic(`push 2 on an empty cache: ${(second.durationMs / 1000).toFixed(2)} s`);
  });

  test('a deploy machine installs it from the install archive alone, with a read-only key', async (t) => {
    const dyno = path.join(app.root, 'deploy-machine');
    await mkdir(dyno, { recursive: true });
    const env = scrubbedEnv({
      ...vars,
      HALCYON_AWS_ACCESS_KEY_ID: server.readOnly.accessKeyId,
      HALCYON_AWS_SECRET_ACCESS_KEY: server.readOnly.secretAccessKey,
      HALCYON_NO_BUILD: '1',
      HALCYON_CACHE: path.join(app.root, 'deploy-cache'),
    });
    const port = await freePort();
    const script = `s=$(date +%s%N); ${path.join(REPO_ROOT, 'bin', 'halcyon')} install "$0" >&2 || exit 1; echo "install-ms $(( ($(date +%s%N) - s) / 1000000 ))"; PORT=${port} /app/bin/corpus-web & pid=$!; for i in $(seq 1 100); do if curl -fsS http://127.0.0.1:${port}/; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`;
    const installed = await runOnDyno(dyno, 'bash', ['-c', script, source], env);
    assert.equal(installed.code, 0, installed.stderr + installed.stdout);
    assert.match(installed.stderr, /install of corpus-web-0\.1\.0\.0\n\s+from private bucket web-bucket/);
    assert.doesNotMatch(installed.stderr, /^-----> (GHC|cabal-install|dependencies|build of)/m);
    assert.match(installed.stdout, /\{"app":"corpus-web","ok":true\}/);
    t.diagnostic(`deploy machine: halcyon install ${/install-ms (\d+)/.exec(installed.stdout)?.[1] ?? '?'} ms`);
  });
});
