// A build that cannot finish before its deadline loses nothing: the push stops cabal before the
// deadline, keeps what is built as a partial dependency archive, deploys the buildpack alone
// saying how far it got, and the next push continues from there, building only what is left.
// (The web corpus's 73 packages under a 2-minute deadline are in test/slow.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURE_APPS, HerokuApp, REPO_ROOT, fixturePackageRepo, run, runInDyno, scrubbedEnv, tempDir, type Push } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

const APP = path.join(FIXTURE_APPS, 'with-slow-dependency');
let server: S3Server;
let remoteRepo: string;

before(async () => {
  server = await startS3Server({ buckets: ['deadline-bucket'] });
  remoteRepo = (await fixturePackageRepo()).remoteRepo;
});
after(() => server.stop());

/** `[k/N] unit (time)` lines: the units a push built. */
function unitsBuilt(push: Push): string[] {
  return [...push.compile.stdout.matchAll(/^ {7}\[\d+\/\d+\] (\S+)/gm)].map((m) => m[1] ?? '');
}

describe('a push that reaches its deadline, then a push that continues', () => {
  let app: HerokuApp;
  let stopped: Push;
  let stoppedReport: string;
  let continued: Push;

  before(async () => {
    app = await HerokuApp.create({
      HALCYON_SYSTEM_TOOLCHAIN: '1',
      HALCYON_CABAL_REMOTE_REPO: remoteRepo,
      HALCYON_NO_BUILD_DEPENDENCIES: '0',
      HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
      HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
      HALCYON_S3_BUCKET: 'deadline-bucket',
      HALCYON_S3_ENDPOINT: server.endpoint,
      // slow-build compiles for 30 s; the quick ones fit in this.
      HALCYON_BUILD_DEADLINE: '25s',
    });
    stopped = await app.push(APP);
    stoppedReport = await readFile(path.join(app.cacheDir, 'halcyon', '.halcyon-build-report.yml'), 'utf8');
    await app.unsetConfig('HALCYON_BUILD_DEADLINE');
    continued = await app.push(APP);
  });

  test('the first push stops before its deadline, keeps the quick packages, and deploys the buildpack alone saying how to continue', () => {
    assert.equal(stopped.compile.code, 0, stopped.compile.stderr);
    assert.deepEqual(unitsBuilt(stopped).sort(), ['greeting-0.1.0.0', 'tiny-http-0.1.0.0']);
    assert.match(stopped.compile.stdout, /stopping the build before the deadline: [\d.]+ s left/);
    assert.match(stopped.compile.stdout, /archived what is built \(2 of 3 units\): \S+halcyon-deps-[0-9a-f]{12}-with-slow-dependency-0\.1\.0\.0\.tar\.zst/);
    assert.match(stopped.compile.stdout, /uploaded to private bucket deadline-bucket/);
    assert.match(stopped.compile.stderr, /Warning: The dependencies' build stopped before the deadline \(HALCYON_BUILD_DEADLINE \(config var\), 25\.0 s\): 2 of 3 packages are built, 1 remains/);
    assert.match(stopped.compile.stdout, /Buildpack deployed, app not yet built: 2 of 3 dependencies built\n {7}The packages built are kept in the cache and the private bucket; the next push starts from them:\n {7} {2}\$ git commit --allow-empty -m "Continue the build"\n {7} {2}\$ git push heroku main/);
    assert.match(stoppedReport, /halcyon\.outcome: "stopped-at-deadline"/);
    assert.match(stoppedReport, /halcyon\.failure_id: "deadline\/reached"/);
    assert.match(stoppedReport, /halcyon\.deadline\.built_packages: 2\nhalcyon\.deadline\.planned_packages: 3/);
    // The layers resolved before the stop are in the report too.
    assert.match(stoppedReport, /halcyon\.app: "with-slow-dependency-0\.1\.0\.0"/);
    assert.match(stoppedReport, /halcyon\.layers\.ghc\.origin: "system"/);
    assert.match(stoppedReport, /halcyon\.layers\.cabal\.key: "\S+halcyon-cabal-\S+\.tar\.zst"\nhalcyon\.layers\.cabal\.origin: "built"/);
    assert.doesNotMatch(stoppedReport, /halcyon\.layers\.deps\./, 'the stopped dependencies are the deadline block, not a layer');
  });

  test('the next push starts from the partial archive, builds only what was left, and deploys', async () => {
    assert.equal(continued.compile.code, 0, continued.compile.stderr);
    assert.match(continued.compile.stdout, /candidate \S+halcyon-deps-[0-9a-f]{12}-with-slow-dependency-0\.1\.0\.0\.tar\.zst: 2 of 3 packages/);
    assert.match(continued.compile.stdout, /rebuilt: continuing a build stopped before its deadline \(2\/3 packages were built\)/);
    assert.deepEqual(unitsBuilt(continued), ['slow-build-0.1.0.0'], 'no package is built twice');
    assert.match(continued.compile.stdout, /App deployed: with-slow-dependency-0\.1\.0\.0/);
    const ran = await runInDyno(continued.buildDir, 'bin/with-slow-dependency');
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /slow-build: 30/);
  });
});

describe('the halcyon command under a deadline, then plan', () => {
  test('halcyon build stops with exit code 3 and the command that continues; plan shows the partial archive it would start from', async () => {
    const dir = await tempDir('deadline-cli');
    const env = scrubbedEnv({
      HALCYON_BASE: path.join(dir, 'base'),
      HALCYON_CACHE: path.join(dir, 'cache'),
      HALCYON_PREFIX: path.join(dir, 'prefix'),
      HALCYON_SYSTEM_TOOLCHAIN: '1',
      HALCYON_CABAL_REMOTE_REPO: remoteRepo,
    });
    const halcyon = path.join(REPO_ROOT, 'bin', 'halcyon');
    const built = await run(halcyon, ['build', '--build-deadline=25s', APP], env);
    assert.equal(built.code, 3, built.stderr + built.stdout);
    assert.match(built.stderr, /Error: The dependencies' build stopped before the deadline \(--build-deadline, 25\.0 s\): 2 of 3 packages are built, 1 remains/);
    assert.match(built.stderr, /Run it again to continue from the 2 packages built:\n !\s+\$ halcyon build\n/);
    assert.match(built.stderr, /Error id: deadline\/reached/);
    const planned = await run(halcyon, ['plan', APP], env);
    assert.equal(planned.code, 2, planned.stderr);
    assert.match(planned.stdout, /^deps {5}partial  2 of 3 packages in \S+halcyon-deps-[0-9a-f]{12}-with-slow-dependency-0\.1\.0\.0\.tar\.zst; builds \S+halcyon-deps-[0-9a-f]{12}-with-slow-dependency-0\.1\.0\.0\.tar\.zst$/m);
  });
});
