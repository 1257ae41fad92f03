// The compile cache holds archives only, follows the stack, is cleaned of what a compile did
// not use, and survives a compile killed half-way.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { EXAMPLE_APP, FIXTURE_APPS, HerokuApp, REPO_ROOT, listFiles, localPackageRepo, scrubbedEnv, tempDir } from '../helpers/heroku.ts';
import { startHttpRepo } from '../helpers/http-repo.ts';
import { startS3Server } from '../helpers/s3-server.ts';
import { copyApp } from '../helpers/apps.ts';

async function buildingApp(extra: Record<string, string> = {}): Promise<HerokuApp> {
  const repo = await localPackageRepo();
  return HerokuApp.create({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo, HALCYON_NO_BUILD_DEPENDENCIES: '0', ...extra });
}

test('a change of STACK discards the cached layers, and says so', async () => {
  const app = await buildingApp();
  const source = path.join(FIXTURE_APPS, 'base-only');
  assert.equal((await app.push(source, { STACK: 'heroku-22' })).compile.code, 0);
  const push = await app.push(source, { STACK: 'heroku-24' });
  assert.equal(push.compile.code, 0, push.compile.stderr);
  assert.match(push.compile.stdout, /Stack changed from heroku-22 to heroku-24: discarding the cached layers/);
  assert.match(push.compile.stdout, /install of base-only[\s\S]*built and archived/);
  assert.equal((await readFile(path.join(app.cacheDir, 'halcyon-stack'), 'utf8')).trim(), 'heroku-24');
});

test('archives a compile did not use are removed, unless HALCYON_NO_CLEAN_CACHE=1', async () => {
  const app = await buildingApp();
  const source = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
  await app.push(source);
  const installs = async (): Promise<string[]> => (await app.cacheFiles()).filter((f) => f.includes('halcyon-install-'));
  const firstInstall = await installs();
  assert.equal(firstInstall.length, 1);

  await writeFile(path.join(source, 'NOTES'), 'change 1\n');
  await app.setConfig({ HALCYON_NO_CLEAN_CACHE: '1' });
  await app.push(source);
  assert.equal((await installs()).length, 2, 'kept with HALCYON_NO_CLEAN_CACHE=1');

  await writeFile(path.join(source, 'NOTES'), 'change 2\n');
  await app.unsetConfig('HALCYON_NO_CLEAN_CACHE');
  const push = await app.push(source);
  const left = await installs();
  assert.equal(left.length, 1);
  assert.ok(!left.includes(firstInstall[0] ?? ''));
  assert.equal((push.compile.stdout.match(/^ {7}- .*halcyon-install-/gm) ?? []).length, 2);
});

test('a compile killed half-way leaves no half-written archive, and the next compile succeeds', async () => {
  const app = await buildingApp();
  const buildDir = path.join(await tempDir('killed'), 'build');
  await cp(path.join(REPO_ROOT, 'examples', 'hello-web'), buildDir, { recursive: true });
  const base = await tempDir('killed-dyno');
  // A process killed with SIGKILL cannot remove its temp directories: they go where this test removes them.
  const tmp = await tempDir('killed-tmp');
  const child = spawn(path.join(REPO_ROOT, 'bin', 'compile'), [buildDir, app.cacheDir, app.envDir], {
    env: scrubbedEnv({ HALCYON_BASE: base, TMPDIR: tmp }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      // Kill the whole process group while the dependency layer is being built (cabal has started a unit).
      if (chunk.toString().includes('cabal builds') && child.pid) {
        process.kill(-child.pid, 'SIGKILL');
        resolve();
      }
    });
    child.on('close', () => resolve());
  });
  await new Promise((resolve) => child.on('close', resolve));
  const files = await listFiles(app.cacheDir);
  const archives = files.filter((f) => f.endsWith('.tar.zst') && !path.basename(f).startsWith('.'));
  assert.ok(!archives.some((f) => f.includes('halcyon-deps-')), `no deps archive may exist yet: ${archives.join(', ')}`);

  const push = await app.push(path.join(REPO_ROOT, 'examples', 'hello-web'));
  assert.equal(push.compile.code, 0, push.compile.stderr);
  const after = await app.cacheFiles();
  assert.ok(!after.some((f) => /\.tmp-\d+-/.test(f)), `temp files left: ${after.join(', ')}`);
});

test('a compile stopped by SIGTERM (as at Heroku\'s time limit) says so, and leaves no temp directory (the pristine source, the dependencies\' scratch) and no process', async () => {
  const app = await buildingApp();
  const buildDir = path.join(await tempDir('stopped'), 'build');
  await cp(path.join(REPO_ROOT, 'examples', 'hello-web'), buildDir, { recursive: true });
  const base = await tempDir('stopped-dyno');
  const tmp = await tempDir('stopped-tmp');
  const child = spawn(path.join(REPO_ROOT, 'bin', 'compile'), [buildDir, app.cacheDir, app.envDir], {
    env: scrubbedEnv({ HALCYON_BASE: base, TMPDIR: tmp }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let sent = false;
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // While cabal builds the dependencies: the source archive and the dependencies' scratch both exist.
    if (!sent && stdout.includes('cabal builds')) {
      sent = true;
      child.kill('SIGTERM');
    }
  });
  assert.equal(await exited, 143, stderr);
  assert.ok(sent, 'the dependencies were being built when the signal came');
  assert.match(stderr, /Stopped \(SIGTERM\); what was being written was removed/);
  assert.deepEqual(await readdir(tmp), [], 'nothing left in TMPDIR');
  // cabal and GHC have TMPDIR in their environment, not their arguments; told to stop, they are given a moment to.
  const running = (): string =>
    spawnSync('sh', ['-c', 'for f in $(grep -lz "^TMPDIR=$1$" /proc/[0-9]*/environ 2>/dev/null); do tr "\\0" " " < "${f%/environ}/cmdline"; echo; done', 'sh', tmp], { encoding: 'utf8' }).stdout.trim();
  for (let i = 0; i < 60 && running() !== ''; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(running(), '', 'no process left');
});

test('secret config vars never appear in the output, the slug or the cache', async () => {
  const secret = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY';
  const app = await buildingApp({ HALCYON_NO_PRIVATE_STORAGE: '1', HALCYON_AWS_SECRET_ACCESS_KEY: secret, STRIPE_API_KEY: `${secret}-2`, MIRROR_URL: 'https://deploy:url-passw0rd-77@repo.example/' });
  const push = await app.push(path.join(FIXTURE_APPS, 'base-only'));
  assert.equal(push.compile.code, 0, push.compile.stderr);
  assert.match(push.compile.stdout, /HALCYON_AWS_SECRET_ACCESS_KEY\s+\(secret\)/);
  assert.ok(!`${push.compile.stdout}${push.compile.stderr}${push.release.stdout}`.includes(secret));
  assert.match(push.compile.stdout, /MIRROR_URL\s+\(set\)/);
  assert.match(push.compile.stdout, /STRIPE_API_KEY\s+\(set\)/);
  // Plain files, and the content of every archive (compressed, a leak would not show to grep).
  const script = `grep -rqa -- wJalrXUtnFEMI "$@" && exit 0; for f in $(find "$@" -name '*.zst'); do zstd -dcq "$f" | grep -qa -- wJalrXUtnFEMI && exit 0; done; exit 1`;
  const grep = spawn('sh', ['-c', script, 'sh', push.buildDir, app.cacheDir, push.base]);
  const code = await new Promise((resolve) => grep.on('close', resolve));
  assert.equal(code, 1, 'the secret was found in the slug, the cache or the layers');
});

test('a password in HALCYON_CABAL_REMOTE_REPO reaches cabal, and never a layer, an archive, the bucket, the slug or the log', async () => {
  const password = 'Zr8-repo-passw0rd-q2';
  const repo = await startHttpRepo('deploy', password);
  const server = await startS3Server({ buckets: ['secret-bucket'] });
  try {
    const app = await HerokuApp.create({
      HALCYON_SYSTEM_TOOLCHAIN: '1',
      HALCYON_NO_BUILD_DEPENDENCIES: '0',
      HALCYON_CABAL_REMOTE_REPO: `private:${repo.url}`,
      HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
      HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
      HALCYON_S3_BUCKET: 'secret-bucket',
      HALCYON_S3_ENDPOINT: server.endpoint,
      HALCYON_S3_ACL: 'public-read',
    });
    const push = await app.push(EXAMPLE_APP);
    assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
    assert.match(push.compile.stdout, /cabal update \(http:\/\/127\.0\.0\.1:\d+\/\)/);
    assert.ok(repo.requests.some((r) => r.path.startsWith('/package/tiny-http') && r.authorized), 'cabal fetched the dependency with the credentials');
    assert.ok(!`${push.compile.stdout}${push.compile.stderr}`.includes(password));
    // Plain files, and the content of every archive (compressed, a leak would not show to grep).
    const script = `found=$(grep -rla -- "$0" "$@"); for f in $(find "$@" -type f); do zstd -t -q "$f" 2>/dev/null && zstd -dcq "$f" | grep -qa -- "$0" && found="$found $f"; done; echo $found`;
    const found = spawnSync('sh', ['-c', script, password, push.buildDir, app.cacheDir, push.base, server.directory], { encoding: 'utf8' });
    assert.equal(found.stdout.trim(), '', 'the password is in these files');
  } finally {
    await repo.close();
    await server.stop();
  }
});
