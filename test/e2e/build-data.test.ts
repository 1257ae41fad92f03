// Each compile records what it did, layer by layer, in the cache (this run's and the previous
// run's JSON); bin/report prints it as YAML; a rebuild says in one line what changed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { copyApp, editFile } from '../helpers/apps.ts';
import { EXAMPLE_APP, FIXTURE_APPS, HerokuApp, REPO_ROOT, localPackageRepo, run, scrubbedEnv, type Push } from '../helpers/heroku.ts';

describe('build data and rebuild reasons', () => {
  let app: HerokuApp;
  let first: Push;

  before(async () => {
    const repo = await localPackageRepo();
    app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo, HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    first = await app.push(EXAMPLE_APP);
  });

  const buildData = async (name = '.halcyon-build-data.json'): Promise<Record<string, unknown> & { layers: Record<string, unknown>[] }> =>
    JSON.parse(await readFile(path.join(app.cacheDir, 'halcyon', name), 'utf8')) as Record<string, unknown> & { layers: Record<string, unknown>[] };

  test('the first compile records every layer: key, origin, size, time and named inputs', async () => {
    assert.equal(first.compile.code, 0, first.compile.stderr);
    const data = await buildData();
    assert.equal(data.outcome, 'deployed');
    assert.equal(data.command, 'compile');
    assert.equal(data.app, 'hello-web-0.1.0.0');
    const kinds = data.layers.map((l) => l.kind);
    assert.deepEqual(kinds, ['ghc', 'cabal', 'deps', 'build', 'install']);
    const deps = data.layers.find((l) => l.kind === 'deps') as { origin: string; sizeBytes: number; key: string; inputs: Record<string, string> };
    assert.equal(deps.origin, 'built');
    assert.ok(deps.sizeBytes > 0);
    assert.match(deps.key, /halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst$/);
    assert.equal(deps.inputs.constraints, 'tiny-http-0.1.0.0');
    assert.equal(deps.inputs.ghc, '9.0.2-system');
    assert.doesNotMatch(first.compile.stdout, /rebuilt:/, 'nothing earlier to compare with');
  });

  test('a source change: the build and install say why they were rebuilt; the previous record is kept', async () => {
    const source = await copyApp(EXAMPLE_APP);
    await editFile(path.join(source, 'app', 'Main.hs'), (t) => t.replace('Hello from', 'Hello again from'));
    const second = await app.push(source);
    assert.equal(second.compile.code, 0, second.compile.stderr);
    assert.match(second.compile.stdout, /build of hello-web-0\.1\.0\.0\n(?:.*\n)*?\s+rebuilt: source changed\n/);
    assert.match(second.compile.stdout, /install of hello-web-0\.1\.0\.0\n(?:.*\n)*?\s+rebuilt: source changed\n/);
    const data = await buildData();
    assert.equal((data.layers.find((l) => l.kind === 'build') as { rebuiltBecause?: string }).rebuiltBecause, 'source changed');
    assert.equal((data.layers.find((l) => l.kind === 'deps') as { origin: string }).origin, 'cache');
    assert.equal((await buildData('.halcyon-build-data.previous.json')).outcome, 'deployed');
  });

  test('a new dependency: the dependencies say which, from the closest earlier archive', async () => {
    const third = await app.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.equal(third.compile.code, 0, third.compile.stderr);
    assert.match(third.compile.stdout, /dependencies \(2 packages\)\n(?:.*\n)*?\s+rebuilt: constraints: \+greeting-0\.1\.0\.0; units changed\n/);
  });

  test('bin/report prints the last run as YAML, and a failed compile records its error id', async () => {
    const report = await run(path.join(REPO_ROOT, 'bin', 'report'), ['/nonexistent', app.cacheDir, app.envDir], scrubbedEnv());
    assert.equal(report.code, 0);
    assert.match(report.stdout, /^---\nhalcyon\.buildpack_version: "[\d.]+"\n/);
    assert.match(report.stdout, /^halcyon\.outcome: "deployed"$/m);
    assert.match(report.stdout, /^halcyon\.layers\.deps\.inputs\.constraints: "2 entries"$/m);
    assert.match(report.stdout, /^halcyon\.layers\.deps\.rebuilt_because: "constraints: \+greeting-0\.1\.0\.0; units changed"$/m);
    await app.setConfig({ HALCYON_S3_BUCKET: 'no/such bucket', HALCYON_AWS_ACCESS_KEY_ID: 'a', HALCYON_AWS_SECRET_ACCESS_KEY: 'b' });
    const failing = await app.push(EXAMPLE_APP);
    assert.equal(failing.compile.code, 1);
    assert.match(failing.compile.stderr, /Error id: config\/invalid-bucket/);
    const failed = await run(path.join(REPO_ROOT, 'bin', 'report'), ['/nonexistent', app.cacheDir, app.envDir], scrubbedEnv());
    assert.match(failed.stdout, /^halcyon\.outcome: "failed"$/m);
    assert.match(failed.stdout, /^halcyon\.failure_id: "config\/invalid-bucket"$/m);
    const none = await run(path.join(REPO_ROOT, 'bin', 'report'), ['/nonexistent', '/nonexistent-cache', '/x'], scrubbedEnv());
    assert.equal(none.code, 0);
    assert.equal(none.stdout, '--- {}\n');
  });
});
