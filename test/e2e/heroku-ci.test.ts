// Heroku CI: bin/test-compile in /app itself (BUILD_DIR is the layer base there), then
// bin/test on the same dyno. The test suites' dependencies are a layer like any other.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { copyApp, editFile } from '../helpers/apps.ts';
import { FIXTURE_APPS, HerokuApp, REPO_ROOT, localPackageRepo, run, scrubbedEnv } from '../helpers/heroku.ts';

const installKey = (log: string): string | undefined => /halcyon-install-([0-9a-f]{12})-with-tests-0\.1\.0\.0-tests\.tar\.zst/.exec(log)?.[1];

describe('Heroku CI: test-compile, then test, in /app', () => {
  let app: HerokuApp;
  let first: Awaited<ReturnType<HerokuApp['ci']>>;

  before(async () => {
    const repo = await localPackageRepo();
    app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo });
    first = await app.ci(path.join(FIXTURE_APPS, 'with-tests'));
  });

  test('test-compile builds the app, its test suites and their dependencies (a layer of their own)', () => {
    assert.equal(first.testCompile.code, 0, first.testCompile.stderr + first.testCompile.stdout);
    assert.match(first.testCompile.stdout, /dependencies \(2 packages\)/, 'greeting, a test-only dependency, is in the layer');
    assert.match(first.testCompile.stdout, /built and archived: \S+\/halcyon-deps-[0-9a-f]{12}-with-tests-0\.1\.0\.0-tests\.tar\.zst/);
    assert.match(first.testCompile.stdout, /Compiling Main\s+\( test\/Spec\.hs/);
    assert.match(first.testCompile.stdout, /App and test suites built: with-tests-0\.1\.0\.0/);
  });

  test('bin/test runs the suites without rebuilding them, and passes', () => {
    assert.equal(first.test.code, 0, first.test.stderr + first.test.stdout);
    assert.match(first.test.stdout, /spec: 1 test passed/);
    assert.match(first.test.stdout, /1 of 1 test suites \(1 of 1 test cases\) passed\./);
    assert.doesNotMatch(first.test.stdout, /Compiling|Linking|configuration changed/);
  });

  test('an unchanged app gets the same keys on the next run, from the cache, and no layer nests inside the build', async () => {
    const second = await app.ci(path.join(FIXTURE_APPS, 'with-tests'));
    assert.equal(second.testCompile.code, 0, second.testCompile.stderr + second.testCompile.stdout);
    assert.doesNotMatch(second.testCompile.stdout, /built and archived/);
    assert.match(second.testCompile.stdout, /dependencies \(2 packages\)\n\s+from cache/);
    assert.ok(installKey(first.testCompile.stdout));
    assert.equal(installKey(second.testCompile.stdout), installKey(first.testCompile.stdout));
    assert.ok(!existsSync(path.join(second.dyno, '.halcyon-layers', 'build', 'with-tests-0.1.0.0-tests', '.halcyon-layers')), 'the layers are not copied into the build');
    assert.equal(second.test.code, 0, second.test.stderr + second.test.stdout);
  });

  test('a failing test fails bin/test, with the failing output shown', async () => {
    const source = await copyApp(path.join(FIXTURE_APPS, 'with-tests'));
    await editFile(path.join(source, 'test', 'Spec.hs'), (text) => text.replace('"Hello, CI!"', '"Goodbye, CI!"'));
    const failing = await app.ci(source);
    assert.equal(failing.testCompile.code, 0, failing.testCompile.stderr + failing.testCompile.stdout);
    assert.match(failing.testCompile.stdout, /dependencies \(2 packages\)\n\s+from cache/, 'a source change rebuilds no dependency');
    assert.notEqual(failing.test.code, 0);
    assert.match(failing.test.stdout, /spec: FAILED/);
    assert.match(failing.test.stdout, /Test suite spec: FAIL/);
  });

  test('bin/test without test-compile says what is missing', async () => {
    const result = await run(path.join(REPO_ROOT, 'bin', 'test'), [path.join(FIXTURE_APPS, 'with-tests')], scrubbedEnv());
    assert.equal(result.code, 1);
    assert.match(result.stderr, /test\.sh is missing: the test suites were not built/);
    assert.match(result.stderr, /bin\/test runs after bin\/test-compile/);
  });
});
