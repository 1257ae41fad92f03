// The extra OS packages are a download, not a dependency build: a push that may not build
// dependencies still fetches them (and the usual buildpack-only flow follows when the
// dependencies are not prebuilt). A change of the OS packages rebuilds only the dependencies
// whose cabal unit ids it changes: the store starts from the previous one.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE_APP, FIXTURE_APPS, HerokuApp, fixturePackageRepo, runOnDyno, scrubbedEnv, type Push } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
let remoteRepo: string;

before(async () => {
  server = await startS3Server({ buckets: ['os-bucket'] });
  remoteRepo = (await fixturePackageRepo()).remoteRepo;
});
after(() => server.stop());

const OS_ARCHIVE = /fetched, unpacked and archived: (\S+\/halcyon-os-[0-9a-f]{12}\.tar\.zst) \([\d.]+ (?:B|kB|MB), [\d.]+ s\)/;

/** `[k/N] unit (time)` lines: the units a push built into the store. */
function unitsBuilt(push: Push): string[] {
  return [...push.compile.stdout.matchAll(/^ {7}\[\d+\/\d+\] (\S+)/gm)].map((m) => m[1] ?? '').sort();
}

function assertCompiled(push: Push): void {
  assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
}

describe('a push that may not build dependencies (the default) and HALCYON_EXTRA_OS_PACKAGES', () => {
  let app: HerokuApp;
  let fetched: Push;
  let osKey: string;

  before(async () => {
    app = await HerokuApp.create({
      HALCYON_SYSTEM_TOOLCHAIN: '1',
      HALCYON_CABAL_REMOTE_REPO: remoteRepo,
      HALCYON_NO_BUILD_DEPENDENCIES: '0',
      HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
      HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
      HALCYON_S3_BUCKET: 'os-bucket',
      HALCYON_S3_ENDPOINT: server.endpoint,
    });
    // Deployed once with everything built (GHC, cabal and the store in the bucket), then the
    // default back and an OS package added: only the OS packages and the dependencies are new.
    assertCompiled(await app.push(EXAMPLE_APP));
    await app.unsetConfig('HALCYON_NO_BUILD_DEPENDENCIES');
    await app.setConfig({ HALCYON_EXTRA_OS_PACKAGES: 'libyajl-dev' });
    await server.clearRequests();
    fetched = await app.push(EXAMPLE_APP);
    osKey = OS_ARCHIVE.exec(fetched.compile.stdout)?.[1] ?? '';
  });

  test('fetches and unpacks them on the compile dyno, saying so with size and time, caches and uploads them', async () => {
    assertCompiled(fetched);
    assert.match(fetched.compile.stdout, /OS packages: libyajl-dev\n\s+apt-get \(download only\): libyajl-dev\n\s+unpacking 2 packages: libyajl-dev_\S+, libyajl2_/);
    assert.ok(osKey, fetched.compile.stdout);
    assert.ok((await app.cacheFiles()).some((file) => file.endsWith(osKey)), 'archived into the compile cache');
    const puts = (await server.requests()).filter((r) => r.method === 'PUT').map((r) => r.key);
    assert.ok(puts.includes(osKey), `uploaded to the bucket: ${puts.join(', ')}`);
  });

  test('then the dependencies, not prebuilt, end as usual: the build deployed before keeps running', () => {
    assertCompiled(fetched);
    const stepsAfterOs = fetched.compile.stdout.slice(fetched.compile.stdout.indexOf(osKey));
    assert.match(stepsAfterOs, /-----> dependencies \(1 package\)/, 'the run went on past the OS packages');
    assert.match(fetched.compile.stderr, /Not prebuilt, and building is not allowed here: dependencies \(1 package\)/);
    assert.doesNotMatch(fetched.compile.stderr, /OS packages/);
    assert.match(fetched.compile.stdout, /The previous build of the app, from source [0-9a-f]{12}, keeps running/);
    assert.match(fetched.compile.stdout, /heroku run -s performance-l build/);
    assert.equal(fetched.release.stdout, '---\ndefault_process_types:\n  web: bin/hello-web\n', 'the previous build is released');
  });

  test('the next pushes restore them from the compile cache, then (cache purged) from the bucket', async () => {
    const cached = await app.push(EXAMPLE_APP);
    assertCompiled(cached);
    assert.doesNotMatch(cached.compile.stdout, /apt-get/);
    assert.match(cached.compile.stdout, new RegExp(`OS packages: libyajl-dev\\n\\s+from cache: ${osKey}`));
    await app.emptyCache();
    const fromBucket = await app.push(EXAMPLE_APP);
    assertCompiled(fromBucket);
    assert.doesNotMatch(fromBucket.compile.stdout, /apt-get/);
    assert.match(fromBucket.compile.stdout, new RegExp(`OS packages: libyajl-dev\\n\\s+from private bucket os-bucket: ${osKey}`));
  });
});

describe('a change of HALCYON_EXTRA_OS_PACKAGES (dependencies built on the push)', () => {
  const APP = path.join(FIXTURE_APPS, 'optional-yajl');
  let app: HerokuApp;
  const pushes: Push[] = [];

  before(async () => {
    app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: remoteRepo, HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    pushes.push(await app.push(APP));
    await app.setConfig({ HALCYON_EXTRA_OS_PACKAGES: 'libjansson-dev libyajl-dev' });
    pushes.push(await app.push(APP));
    await app.setConfig({ HALCYON_EXTRA_OS_PACKAGES: 'libjansson-dev' });
    pushes.push(await app.push(APP));
  });

  async function appSays(push: Push): Promise<string> {
    const ran = await runOnDyno(push.buildDir, '/app/bin/optional-yajl', [], scrubbedEnv({ HOME: '/app' }));
    assert.equal(ran.code, 0, ran.stderr);
    return ran.stdout;
  }

  test('with none, every dependency is built, and yajl-optional goes without yajl', async () => {
    const [first] = pushes;
    assert.ok(first);
    assertCompiled(first);
    assert.deepEqual(unitsBuilt(first), ['greeting-0.1.0.0', 'tiny-http-0.1.0.0', 'yajl-optional-0.1.0.0']);
    assert.match(await appSays(first), /^yajl: none$/m);
  });

  test('adding two packages, one of them yajl, rebuilds yajl-optional alone on top of the previous store', async () => {
    const [, second] = pushes;
    assert.ok(second);
    assertCompiled(second);
    assert.match(second.compile.stdout, /restored \S+\/halcyon-deps-[0-9a-f]{12}-optional-yajl-0\.1\.0\.0\.tar\.zst from cache as a start/);
    assert.match(second.compile.stdout, /rebuilt: OS packages added/);
    assert.match(second.compile.stdout, /the extra OS packages changed: cabal solves the plan again/, 'the plan kept in the build copy chose the flags of no yajl');
    assert.deepEqual(unitsBuilt(second), ['yajl-optional-0.1.0.0'], 'greeting and tiny-http come from the previous store');
    assert.match(await appSays(second), /^yajl: \d+$/m, second.compile.stdout);
  });

  test('removing yajl again builds nothing: cabal solves without it and reuses the unit built without it', async () => {
    const [, , third] = pushes;
    assert.ok(third);
    assertCompiled(third);
    assert.match(third.compile.stdout, /OS packages: libjansson-dev\n/);
    assert.match(third.compile.stdout, /from cache as a start/);
    assert.deepEqual(unitsBuilt(third), []);
    assert.match(await appSays(third), /^yajl: none$/m);
  });
});
