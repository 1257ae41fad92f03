// Bad input gets a clear error naming the cause and the fix, and loses nothing.
import assert from 'node:assert/strict';
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURE_APPS, HerokuApp, localPackageRepo } from '../helpers/heroku.ts';
import { copyApp } from '../helpers/apps.ts';

async function appWith(files: Record<string, string>): Promise<string> {
  const dir = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
  for (const name of await readdir(dir)) if (name.endsWith('.cabal')) await rm(path.join(dir, name));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

async function buildingApp(): Promise<HerokuApp> {
  const repo = await localPackageRepo();
  return HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo, HALCYON_NO_BUILD_DEPENDENCIES: '0' });
}

describe('bad apps are refused with the cause and the fix', () => {
  test('no .cabal file: detect refuses, compile names the fix', async () => {
    const app = await buildingApp();
    const push = await app.push(await appWith({}));
    assert.equal(push.detect.code, 1);
    assert.match(push.detect.stderr, /No \.cabal file/);
    assert.equal(push.compile.code, 1);
    assert.match(push.compile.stderr, /Error: No \.cabal file at the top of the app/);
    assert.match(push.compile.stderr, /cabal init/);
  });

  test('a malformed .cabal file', async () => {
    const app = await buildingApp();
    const push = await app.push(await appWith({ 'bad.cabal': 'cabal-version: 2.4\nversion: 0.1\nexecutable bad\n  main-is: Main.hs\n' }));
    assert.equal(push.compile.code, 1);
    assert.match(push.compile.stderr, /Error: bad\.cabal has no "name" field/);
    assert.match(push.compile.stderr, /"name:" and "version:" fields/);
  });

  test('a syntax error cabal finds (in build-depends) is said to be one, where cabal says, not a dependency cabal could not resolve', async () => {
    const app = await buildingApp();
    const push = await app.push(await appWith({ 'bad.cabal': 'cabal-version: 2.4\nname: bad\nversion: 0.1\nexecutable bad\n  main-is: Main.hs\n  build-depends: base,, >= ((\n  default-language: Haskell2010\n' }));
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /Error: cabal could not parse bad\.cabal[\s\S]*Fix it where cabal says[\s\S]*bad\.cabal:6:\d+: error[\s\S]*Error id: app\/cabal-file-syntax/);
    assert.doesNotMatch(push.compile.stderr, /could not resolve the dependencies/);
  });

  test('no executable section', async () => {
    const app = await buildingApp();
    const push = await app.push(await appWith({ 'lib.cabal': 'cabal-version: 2.4\nname: lib\nversion: 0.1\nlibrary\n  exposed-modules: Main\n  build-depends: base\n' }));
    assert.equal(push.compile.code, 1);
    assert.match(push.compile.stderr, /Error: No executable to run: lib-0\.1 \(lib\.cabal\) has no "executable" section/);
    assert.match(push.compile.stderr, /Heroku runs bin\/<executable>/);
  });

  test('a with-compiler naming no GHC, or a GHC the toolchain cannot provide, stops the push before any layer', async () => {
    const app = await buildingApp();
    const notGhc = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await writeFile(path.join(notGhc, 'cabal.project'), 'packages: .\nwith-compiler: gcc-12\n');
    const push = await app.push(notGhc);
    assert.equal(push.compile.code, 1);
    assert.match(push.compile.stderr, /Error: cabal\.project says with-compiler: gcc-12, which names no GHC/);
    assert.match(push.compile.stderr, /with-compiler: ghc-X\.Y\.Z/);
    assert.doesNotMatch(push.compile.stdout, /cabal-install/);
    assert.deepEqual((await app.cacheFiles()).filter((f) => f.startsWith('halcyon/') && !path.basename(f).startsWith('.')), [], 'no archive: only the build data records the failure');
    const otherGhc = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await writeFile(path.join(otherGhc, 'cabal.project'), 'packages: .\nwith-compiler: ghc-9.8\n');
    const second = await app.push(otherGhc);
    assert.equal(second.compile.code, 1);
    assert.match(second.compile.stderr, /with-compiler: ghc-9\.8 in cabal\.project asks for GHC 9\.8, but the system toolchain \(HALCYON_SYSTEM_TOOLCHAIN\) has GHC 9\.0\.2/);
  });

  test('a Haskell compile error rejects the push and shows GHC\'s error', async () => {
    const app = await buildingApp();
    const push = await app.push(path.join(FIXTURE_APPS, 'broken'));
    assert.equal(push.compile.code, 1);
    assert.match(push.compile.stdout, /error/i);
    assert.match(push.compile.stdout, /Couldn't match|No instance|not in scope|Couldn't match expected type/i);
    assert.match(push.compile.stderr, /cabal build failed for broken/);
    assert.match(push.compile.stderr, /Fix the error shown/);
    assert.equal(push.release.stdout.trim(), '--- {}');
  });
});

describe('a damaged cache entry is a miss, not a crash', () => {
  for (const damage of ['truncated', 'corrupted'] as const) {
    test(`a ${damage} dependency archive is rebuilt with a warning`, async () => {
      const app = await buildingApp();
      const source = await copyApp(path.join(FIXTURE_APPS, 'with-greeting'));
      const first = await app.push(source);
      assert.equal(first.compile.code, 0, first.compile.stderr + first.compile.stdout);
      const deps = (await app.cacheFiles()).find((f) => /halcyon-deps-.*\.tar\.zst$/.test(f));
      assert.ok(deps);
      const file = path.join(app.cacheDir, deps);
      if (damage === 'truncated') await truncate(file, Math.floor((await readFile(file)).length / 2));
      else {
        const bytes = await readFile(file);
        bytes.fill(0x55, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 512);
        await writeFile(file, bytes);
      }
      await writeFile(path.join(source, 'Extra.txt'), 'a source change, so the fast path does not apply\n');
      const second = await app.push(source);
      assert.equal(second.compile.code, 0, second.compile.stderr);
      assert.match(second.compile.stderr, /Warning: The archive .*halcyon-deps-.* could not be restored/);
      assert.match(second.compile.stderr, /treated as a miss/);
      assert.match(second.compile.stdout, /-----> dependencies \(2 packages\)[\s\S]*built and archived/);
      assert.ok(!second.compile.stderr.includes('Internal error'));
    });
  }
});

describe('dependencies: partial match', () => {
  test('an app needing a superset of another app\'s dependencies starts from its archive', async () => {
    const app = await buildingApp();
    const first = await app.push(path.join(FIXTURE_APPS, '..', '..', '..', 'examples', 'hello-web'));
    assert.equal(first.compile.code, 0, first.compile.stderr);
    const second = await app.push(path.join(FIXTURE_APPS, 'with-greeting'));
    assert.equal(second.compile.code, 0, second.compile.stderr + second.compile.stdout);
    assert.match(second.compile.stdout, /candidate .*halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst: 1 of 2 packages/);
    assert.match(second.compile.stdout, /restored .*hello-web-0\.1\.0\.0\.tar\.zst from cache as a start/);
    const depsSection = second.compile.stdout.split('-----> dependencies')[1]?.split('----->')[0] ?? '';
    assert.match(depsSection, /\[1\/1\] greeting-0\.1\.0\.0 \([\d.]+ s\)/);
    assert.doesNotMatch(depsSection, /tiny-http-0\.1\.0\.0 \(/);
  });
});

describe('dependencies: the same plan under another label', () => {
  test('after a version bump the store is taken as it is and archived under the new label, not rebuilt', async () => {
    const app = await buildingApp();
    const source = await copyApp(path.join(FIXTURE_APPS, '..', '..', '..', 'examples', 'hello-web'));
    assert.equal((await app.push(source)).compile.code, 0);
    const cabalFile = path.join(source, 'hello-web.cabal');
    await writeFile(cabalFile, (await readFile(cabalFile, 'utf8')).replace(/^version:(\s+)0\.1\.0\.0$/m, 'version:$10.1.0.1'));
    const bumped = await app.push(source);
    assert.equal(bumped.compile.code, 0, bumped.compile.stderr);
    const deps = bumped.compile.stdout.split('-----> dependencies')[1]?.split('----->')[0] ?? '';
    assert.match(deps, /from cache: \S+-hello-web-0\.1\.0\.0\.tar\.zst \(same inputs; archived as \S+-hello-web-0\.1\.0\.1\.tar\.zst\)/);
    assert.doesNotMatch(deps, /Building|built and archived/);
    const third = await app.push(source);
    assert.match(third.compile.stdout, /App deployed: hello-web-0\.1\.0\.1/);
    assert.ok((await app.cacheFiles()).some((f) => /halcyon-deps-[0-9a-f]{12}-hello-web-0\.1\.0\.1\.tar\.zst$/.test(f)));
  });
});

describe('configuration that is wrong is an error at once, not a network fault', () => {
  const storage = { HALCYON_AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', HALCYON_AWS_SECRET_ACCESS_KEY: 'secret-example', HALCYON_S3_BUCKET: 'my-bucket', HALCYON_S3_ENDPOINT: 'http://127.0.0.1:9' };
  const cases: { vars: Record<string, string>; error: RegExp; remedy: RegExp }[] = [
    { vars: { HALCYON_S3_BUCKET: 'my/bucket' }, error: /HALCYON_S3_BUCKET \(config var\) is set to "my\/bucket", which is not a bucket name/, remedy: /lowercase letters, digits, dots and hyphens/ },
    { vars: { HALCYON_S3_BUCKET: 'my bucket' }, error: /is not a bucket name/, remedy: /without s3:\/\/, a slash, a path or spaces/ },
    { vars: { HALCYON_S3_ENDPOINT: 'minio.example.com:9000' }, error: /HALCYON_S3_ENDPOINT is set to "minio\.example\.com:9000", which has no scheme/, remedy: /https:\/\/minio\.example\.com:9000/ },
    { vars: { HALCYON_AWS_ACCESS_KEY_ID: 'AKID\nEXAMPLE' }, error: /HALCYON_AWS_ACCESS_KEY_ID \(config var\) has a line break in it \(at character 5\)$/m, remedy: /without it/ },
    { vars: { HALCYON_AWS_SECRET_ACCESS_KEY: 'sec ret' }, error: /HALCYON_AWS_SECRET_ACCESS_KEY \(config var\) has a space in it \(at character 4\)$/m, remedy: /without it/ },
    // The key id's value is masked like the secret's: where the mistake is is said, not a "(secret)" in quotes.
    { vars: { HALCYON_AWS_ACCESS_KEY_ID: 'AKID LEAKID' }, error: /HALCYON_AWS_ACCESS_KEY_ID \(config var\) has a space in it \(at character 5\)$/m, remedy: /without it/ },
    { vars: { HALCYON_S3_REGION: 'eu west-1' }, error: /HALCYON_S3_REGION \(config var\) is set to "eu west-1", which is not a region name/, remedy: /region alone \(e\.g\. eu-central-1\)/ },
  ];
  for (const { vars, error, remedy } of cases) {
    test(`${Object.entries(vars).map(([n, v]) => `${n}=${JSON.stringify(v)}`).join(' ')} fails the push at once, naming the variable`, async () => {
      const app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', ...storage, ...vars });
      const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
      assert.equal(push.compile.code, 1, push.compile.stdout);
      assert.match(push.compile.stderr, error);
      assert.match(push.compile.stderr, remedy);
      assert.doesNotMatch(push.compile.stderr, /attempts|transient|Internal error/);
      assert.ok(push.durationMs < 5000, `${push.durationMs} ms`);
      assert.ok(!push.compile.stderr.includes('sec ret'), 'the secret is not shown');
    });
  }

  test('a misspelt HALCYON_ config var is named with the one meant, and changes nothing', async () => {
    const app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_NO_UPLAOD: '1' });
    const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stderr, /Unknown variable in the config vars: HALCYON_NO_UPLAOD \(did you mean HALCYON_NO_UPLOAD\?\)/);
    assert.match(push.compile.stderr, /heroku config:unset it/);
  });

  test('a 10 MB config var deploys: listed by name, kept from build processes with a warning', async () => {
    const app = await HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', BIG_BLOB: `https://user:${'p'.repeat(64)}@host/${'x'.repeat(10 * 1024 * 1024)}` });
    const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
    assert.equal(push.compile.code, 0, push.compile.stderr);
    assert.match(push.compile.stdout, /BIG_BLOB\s+\(set\)/);
    assert.match(push.compile.stderr, /The config var BIG_BLOB is not passed to the build \(10485\d+ bytes/);
    assert.ok(push.durationMs < 20_000, `${push.durationMs} ms`);
  });
});

describe('the slug must run what the release names', () => {
  test('an install whose executable became a symlink out of the slug fails the push, saying why', async () => {
    const { chmod, mkdir } = await import('node:fs/promises');
    const source = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await mkdir(path.join(source, '.halcyon'));
    // A hook that runs once the app is in the slug, and leaves the executable a symlink to outside it.
    await writeFile(path.join(source, '.halcyon', 'post-install-hook'), '#!/bin/sh\nset -e\nrm "$2/bin/base-only"\nln -s /usr/bin/true "$2/bin/base-only"\n');
    await chmod(path.join(source, '.halcyon', 'post-install-hook'), 0o755);
    const app = await buildingApp();
    const push = await app.push(source);
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /The slug's bin\/base-only, which the release runs, is a symlink \(to \/usr\/bin\/true\), which may not resolve on a dyno/);
    assert.equal(push.release.stdout.trim(), '--- {}', 'no release names it');
  });
});
