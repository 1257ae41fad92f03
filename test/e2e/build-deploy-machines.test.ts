// Separate build and deploy machines (the second seed): two machines with their own base,
// root and cache, one bucket. The build machine populates it; a deploy machine restores the
// install archive alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE_APP, FIXTURE_APPS, REPO_ROOT, freePort, localPackageRepo, run, scrubbedEnv, tempDir, type RunResult } from '../helpers/heroku.ts';
import { copyApp, editFile } from '../helpers/apps.ts';
import { startS3Server, type RequestRecord, type S3Credentials, type S3Server } from '../helpers/s3-server.ts';

let server: S3Server;
let remoteRepo: string;
const PREFIX = '/opt/hello';

before(async () => {
  server = await startS3Server({ buckets: ['shared-bucket', 'publish-bucket', 'retry-bucket'] });
  remoteRepo = (await localPackageRepo()).remoteRepo;
});
after(() => server.stop());

interface Machine {
  readonly root: string;
  readonly base: string;
  halcyon(args: string[], extra?: Record<string, string>): Promise<RunResult & { durationMs: number }>;
}

async function machine(name: string, credentials: S3Credentials, extra: Record<string, string> = {}): Promise<Machine> {
  const dir = await tempDir(name);
  const env = scrubbedEnv({
    HALCYON_BASE: path.join(dir, 'base'),
    HALCYON_ROOT: path.join(dir, 'root'),
    HALCYON_CACHE: path.join(dir, 'cache'),
    HALCYON_PREFIX: PREFIX,
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: remoteRepo,
    HALCYON_AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    HALCYON_S3_BUCKET: 'shared-bucket',
    HALCYON_S3_ENDPOINT: server.endpoint,
    ...extra,
  });
  return {
    root: path.join(dir, 'root'),
    base: path.join(dir, 'base'),
    async halcyon(args, more = {}) {
      const startedMs = Date.now();
      const result = await run(path.join(REPO_ROOT, 'bin', 'halcyon'), args, { ...env, ...more });
      return { ...result, durationMs: Date.now() - startedMs };
    },
  };
}

const isWrite = (r: RequestRecord): boolean => r.method !== 'GET' && r.method !== 'HEAD';

/**
 * Runs the installed app as the machine would once the staged tree (ROOT) is in place: in a
 * private mount namespace with ROOT + PREFIX mounted at PREFIX, run directly, nothing sourced.
 */
async function answer(m: Machine): Promise<string> {
  const port = await freePort();
  const script = `mkdir -p ${PREFIX} && mount --bind "${m.root}${PREFIX}" ${PREFIX} && { PORT=${port} ${PREFIX}/bin/hello-web & pid=$!; for i in $(seq 1 50); do if curl -fsS http://127.0.0.1:${port}/ 2>/dev/null; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1; }`;
  const result = spawnSync('unshare', ['-m', 'bash', '-c', script], { encoding: 'utf8', env: scrubbedEnv() });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('one build machine, deploy machines sharing its bucket', () => {
  let builder: Machine;
  let deployer: Machine;
  let planBefore: RunResult;
  let planBeforeNoBuild: RunResult;

  before(async () => {
    builder = await machine('build-machine', server.readWrite);
    deployer = await machine('deploy-machine', server.readWrite, { HALCYON_NO_BUILD_DEPENDENCIES: '1' });
    planBefore = await deployer.halcyon(['plan', EXAMPLE_APP]);
    planBeforeNoBuild = await deployer.halcyon(['plan', EXAMPLE_APP], { HALCYON_NO_BUILD: '1' });
  });

  test('plan, before anything is built: exit 2, install would be built, nothing written', async () => {
    assert.equal(planBefore.code, 2, planBefore.stderr);
    assert.match(planBefore.stdout, /^install\s+build\s+\S+halcyon-install-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst$/m);
    assert.match(planBefore.stdout, /A deploy would build the app/);
  });

  test('plan on a deploy machine never sends it to halcyon restore: the build machine works the plan out; with HALCYON_NO_BUILD, a deploy would fail until it has', () => {
    for (const planned of [planBefore, planBeforeNoBuild]) {
      assert.match(planned.stdout, /^deps\s+unknown\s+\(its key comes from the install plan, which needs cabal-install .* live: the build machine works it out \(halcyon install there\)\)$/m);
      assert.doesNotMatch(planned.stdout, /halcyon restore/);
    }
    assert.equal(planBeforeNoBuild.code, 2, planBeforeNoBuild.stderr);
    assert.match(planBeforeNoBuild.stdout, /A deploy would need the app built, which HALCYON_NO_BUILD forbids here \(exit code 2\): install this source on the build machine first/);
  });

  test('the build machine\'s install populates the bucket and installs the app', async () => {
    const built = await builder.halcyon(['install', EXAMPLE_APP]);
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.match(built.stdout, /App installed: hello-web-0\.1\.0\.0 in \S+\/root\/opt\/hello/);
    assert.match(await answer(builder), /Hello from Haskell on Heroku!/);
  });

  test('plan on the deploy machine now: exit 0, install from the private bucket', async () => {
    await server.clearRequests();
    const planned = await deployer.halcyon(['plan', EXAMPLE_APP]);
    assert.equal(planned.code, 0, planned.stderr);
    assert.match(planned.stdout, /^install\s+private\s+\S+halcyon-install-/m);
    assert.match(planned.stdout, /build nothing/);
    assert.match(planned.stdout, /^build\s+unknown\s+\(its key comes from the install plan, which needs .* live: not needed, the install archive is found\)$/m);
    assert.doesNotMatch(planned.stdout, /halcyon restore/);
    assert.equal((await server.requests()).filter(isWrite).length, 0, 'plan writes nothing');
  });

  test('the deploy machine restores the install archive alone, and the app runs', async (t) => {
    await server.clearRequests();
    const deployed = await deployer.halcyon(['install', EXAMPLE_APP]);
    assert.equal(deployed.code, 0, deployed.stderr + deployed.stdout);
    const requests = await server.requests();
    const gets = requests.filter((r) => r.method === 'GET' && r.key !== undefined);
    assert.deepEqual(gets.map((r) => /halcyon-(\w+)-/.exec(r.key ?? '')?.[1]), ['install']);
    assert.equal(requests.filter(isWrite).length, 0);
    assert.doesNotMatch(deployed.stdout, /cabal update|Compiling|built and archived/);
    assert.match(await answer(deployer), /Hello from Haskell on Heroku!/);
    t.diagnostic(`deploy machine install: ${deployed.durationMs} ms, ${requests.length} requests`);
  });

  test('a deploy machine with a read-only key works, writing nothing', async () => {
    const readOnly = await machine('deploy-ro', server.readOnly, { HALCYON_NO_BUILD: '1' });
    await server.clearRequests();
    const deployed = await readOnly.halcyon(['install', EXAMPLE_APP]);
    assert.equal(deployed.code, 0, deployed.stderr);
    assert.equal((await server.requests()).filter(isWrite).length, 0);
    // Nothing is built here, so the archives the install was built from are nothing to it.
    assert.match(deployed.stdout, /fast path/);
    assert.doesNotMatch(deployed.stdout + deployed.stderr, /not in (the )?cache|when a source change needs|halcyon restore/);
    assert.match(await answer(readOnly), /Hello from Haskell on Heroku!/);
  });

  test('a deploy machine without the archive, building forbidden, exits 2 with instructions', async () => {
    const source = await copyApp(EXAMPLE_APP);
    await editFile(path.join(source, 'app', 'Main.hs'), (text) => text.replace('Hello from', 'Unbuilt hello from'));
    const forbidden = await machine('deploy-forbidden', server.readWrite, { HALCYON_NO_BUILD: '1' });
    await server.clearRequests();
    const result = await forbidden.halcyon(['install', source]);
    assert.equal(result.code, 2, result.stderr + result.stdout);
    assert.match(result.stderr, /Error: No install archive of this source is prebuilt, and nothing may be built here \(HALCYON_NO_BUILD\): \S+halcyon-install-[0-9a-f]{12}-hello-web-0\.1\.0\.0\.tar\.zst\n/);
    assert.match(result.stderr, /Install this same source on the build machine, with the same private bucket and HALCYON_PREFIX: halcyon install\n.*uploads its install archive \(halcyon build stops before it\)/);
    assert.match(result.stderr, /Or unset HALCYON_NO_BUILD/);
    assert.match(result.stderr, /Error id: build-needed\/install-archive/);
    // Not sent after GHC, cabal or the dependencies, which it could neither build nor use.
    assert.doesNotMatch(result.stdout + result.stderr, /cabal-install|package index|halcyon restore/);
    const fetched = (await server.requests()).filter((r) => r.method === 'GET' && r.key !== undefined).map((r) => /halcyon-(\w+)-/.exec(r.key ?? '')?.[1]);
    assert.ok(fetched.every((kind) => kind === 'install'), fetched.join(', '));
    assert.doesNotMatch(result.stdout, /App installed/);
  });

  test('building forbidden where the app\'s build alone is missing: the message names the build layer, as a sentence', async () => {
    const source = await copyApp(EXAMPLE_APP);
    await editFile(path.join(source, 'app', 'Main.hs'), (text) => text.replace('Hello from', 'Changed hello from'));
    const result = await builder.halcyon(['build', source], { HALCYON_NO_BUILD: '1' });
    assert.equal(result.code, 2, result.stderr + result.stdout);
    assert.match(result.stderr, /Error: Not prebuilt, and building is not allowed here: build of hello-web-0\.1\.0\.0\n/);
    assert.doesNotMatch(result.stderr, /Cannot build build of/);
  });
});

describe('halcyon build ends with every layer in the private bucket, checked', () => {
  const bucketKeys = async (bucket: string): Promise<string[]> => {
    const { S3Client, paginateListObjectsV2 } = await import('@aws-sdk/client-s3');
    const client = new S3Client(server.clientConfig());
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket })) keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
    client.destroy();
    return keys.filter((k) => !k.startsWith('.')).sort();
  };

  test('a warm local cache and an empty bucket: the build uploads what the bucket lacks, and says so only once it is there', async () => {
    const m = await machine('publish', server.readWrite, { HALCYON_S3_BUCKET: 'publish-bucket' });
    const warm = await m.halcyon(['build', EXAMPLE_APP], { HALCYON_NO_PRIVATE_STORAGE: '1' });
    assert.equal(warm.code, 0, warm.stderr + warm.stdout);
    assert.deepEqual(await bucketKeys('publish-bucket'), []);
    const built = await m.halcyon(['build', EXAMPLE_APP]);
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.doesNotMatch(built.stdout, /built and archived/, 'nothing is built again');
    const keys = await bucketKeys('publish-bucket');
    for (const kind of ['cabal', 'deps', 'build']) assert.ok(keys.some((k) => k.includes(`/halcyon-${kind}-`) && k.endsWith('.tar.zst')), `${kind} in ${keys.join(', ')}`);
    assert.ok(keys.some((k) => k.endsWith('.constraints')));
    for (const key of keys) assert.match(built.stdout, new RegExp(`uploaded ${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.*\\): the bucket lacked it`));
    assert.match(built.stdout, new RegExp(`all ${keys.length} archives are in private bucket publish-bucket, listed again to confirm: 0 there before this check \\(uploaded as they were built, or earlier\\), ${keys.length} uploaded by it`));
    const again = await m.halcyon(['build', EXAMPLE_APP]);
    assert.match(again.stdout, new RegExp(`all ${keys.length} archives are in private bucket publish-bucket, listed again to confirm: ${keys.length} there before this check \\(uploaded as they were built, or earlier\\), 0 uploaded by it`));
  });

  test('an upload that keeps failing fails the build, naming it; the next run completes the upload from the cache', async () => {
    const m = await machine('retry', server.readWrite, { HALCYON_S3_BUCKET: 'retry-bucket' });
    const { detectPlatform } = await import('../../src/engine/platform.ts');
    const { layerRootFor } = await import('../../src/engine/create-context.ts');
    const cabalPrefix = `${layerRootFor(await detectPlatform(), m.base)}/halcyon-cabal-`;
    // Every attempt at the cabal layer's upload fails: during the build (4 attempts), and again when it is checked (4).
    await server.failNext({ method: 'PUT', bucket: 'retry-bucket', keyPrefix: cabalPrefix, status: 500, times: 8 });
    const failed = await m.halcyon(['build', EXAMPLE_APP]);
    assert.equal(failed.code, 1, failed.stderr + failed.stdout);
    assert.match(failed.stderr, /was built, but private bucket retry-bucket lacks 1 of its \d+ archives:\n.*halcyon-cabal-.*: the upload failed/);
    assert.doesNotMatch(failed.stdout, /archives are in private bucket/);
    const completed = await m.halcyon(['build', EXAMPLE_APP]);
    assert.equal(completed.code, 0, completed.stderr + completed.stdout);
    assert.doesNotMatch(completed.stdout, /built and archived/);
    assert.match(completed.stdout, /uploaded \S+halcyon-cabal-\S+ \(.*\): the bucket lacked it/);
    assert.ok((await bucketKeys('retry-bucket')).some((k) => k.includes('/halcyon-cabal-')));
  });
});

describe('configuration of the halcyon command', () => {
  test('flags beat the environment, which beats .halcyon/ files, which beat .env', async () => {
    const dir = await tempDir('precedence');
    const { writeFile, mkdir } = await import('node:fs/promises');
    const app = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await mkdir(path.join(app, '.halcyon'), { recursive: true });
    await writeFile(path.join(app, '.halcyon', 'ghc-version'), '9.8.4\n');
    await writeFile(path.join(dir, '.env'), 'HALCYON_GHC_VERSION=9.6.7\nHALCYON_BASE=/from-dotenv\n');
    const env = scrubbedEnv({ HALCYON_CACHE: path.join(dir, 'cache') });
    const plan = (args: string[], extra: Record<string, string> = {}): Promise<RunResult> =>
      run(path.join(REPO_ROOT, 'bin', 'halcyon'), ['plan', app, ...args], { ...env, ...extra }, dir);
    assert.match((await plan([])).stdout, /halcyon-ghc-9\.8\.4\.tar\.zst/, '.halcyon/ghc-version beats .env');
    assert.match((await plan([], { HALCYON_GHC_VERSION: '9.12.4' })).stdout, /halcyon-ghc-9\.12\.4/, 'env beats .halcyon/');
    assert.match((await plan(['--ghc-version=9.6.7'], { HALCYON_GHC_VERSION: '9.12.4' })).stdout, /halcyon-ghc-9\.6\.7/, 'flag beats env');
    const paths = await run(path.join(REPO_ROOT, 'bin', 'halcyon'), ['paths'], env, dir);
    assert.match(paths.stdout, /CABAL_DIR="\/from-dotenv\/\.halcyon-layers\/cabal"/, '.env is read');
  });

  test('an unknown flag or a malformed value is an error naming the variable and the accepted values', async () => {
    const env = scrubbedEnv();
    const bogus = await run(path.join(REPO_ROOT, 'bin', 'halcyon'), ['install', '--s3-bukket=x'], env);
    assert.equal(bogus.code, 1);
    assert.match(bogus.stderr, /Unknown option --s3-bukket/);
    const acl = await run(path.join(REPO_ROOT, 'bin', 'halcyon'), ['paths'], { ...env, HALCYON_S3_ACL: 'publik' });
    assert.equal(acl.code, 1);
    assert.match(acl.stderr, /HALCYON_S3_ACL is set to "publik"/);
    assert.match(acl.stderr, /private, public-read/);
    const flag = await run(path.join(REPO_ROOT, 'bin', 'halcyon'), ['paths', '--no-upload=maybe'], env);
    assert.equal(flag.code, 1);
    assert.match(flag.stderr, /--no-upload is set to "maybe", which is not a boolean/);
    assert.match(flag.stderr, /Set HALCYON_NO_UPLOAD to 1 \(or true\) or 0 \(or false\)/);
  });

  test('label, executable and constraints answer on stdout alone', async () => {
    const env = scrubbedEnv({ HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: remoteRepo, HALCYON_BASE: path.join(await tempDir('c'), 'base'), HALCYON_CACHE: path.join(await tempDir('c'), 'cache') });
    const halcyon = (args: string[]): Promise<RunResult> => run(path.join(REPO_ROOT, 'bin', 'halcyon'), args, env);
    assert.equal((await halcyon(['label', EXAMPLE_APP])).stdout, 'hello-web-0.1.0.0\n');
    assert.equal((await halcyon(['executable', EXAMPLE_APP])).stdout, 'hello-web\n');
    const constraints = await halcyon(['constraints', path.join(FIXTURE_APPS, 'with-greeting')]);
    assert.equal(constraints.code, 0, constraints.stderr);
    assert.equal(constraints.stdout, 'greeting-0.1.0.0\ntiny-http-0.1.0.0\n');
  });
});
