// What a push, a one-off build and the bucket cost, measured: plays the Heroku flow with the
// real shims (each step on a fresh dyno with its own /app) against the local S3 server, which
// logs every request, and prints the requests by method, the bytes each way and the archives
// left in the bucket, as the tables of docs/deploying.md. Needs root (unshare -m), as the demo.
//
//   node --import tsx scripts/measure-costs.ts [--corpus data-files]
//
// Without --corpus: the example app (examples/hello-web, its packages from examples/repo).
// With it: an app of test/corpus/apps against the corpus of real Hackage packages
// (scripts/corpus.sh; its first run downloads them through apt).
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_APPS, corpusRepo } from '../test/helpers/corpus.ts';
import { EXAMPLE_APP, HerokuApp, localPackageRepo, tempDir, type RunResult } from '../test/helpers/heroku.ts';
import { startS3Server, type RequestRecord, type S3Server } from '../test/helpers/s3-server.ts';
import { formatBytes } from '../src/util/format.ts';

const BUCKET = 'costs';
const METHODS = ['GET', 'PUT', 'POST', 'HEAD', 'LIST', 'DELETE'] as const;

interface Step {
  readonly name: string;
  readonly durationMs: number;
  readonly requests: readonly RequestRecord[];
}

/** A bucket-level GET is a listing (ListObjectsV2), billed as a LIST. */
const methodOf = (r: RequestRecord): string => (r.method === 'GET' && r.key === undefined ? 'LIST' : r.method);

function stepRow(step: Step): string {
  const counts = METHODS.map((m) => step.requests.filter((r) => methodOf(r) === m).length);
  const up = step.requests.reduce((sum, r) => sum + r.bytesIn, 0);
  const down = step.requests.reduce((sum, r) => sum + r.bytesOut, 0);
  return `| ${step.name} | ${(step.durationMs / 1000).toFixed(1)} s | ${counts.join(' | ')} | ${formatBytes(up)} | ${formatBytes(down)} |`;
}

async function bucketObjects(server: S3Server): Promise<{ key: string; sizeBytes: number }[]> {
  const client = new S3Client(server.clientConfig());
  const objects: { key: string; sizeBytes: number }[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: token }));
    for (const o of page.Contents ?? []) objects.push({ key: o.Key ?? '', sizeBytes: o.Size ?? 0 });
    token = page.NextContinuationToken;
  } while (token);
  client.destroy();
  return objects.sort((a, b) => a.key.localeCompare(b.key));
}

/** The layer an archive belongs to, from its name (docs/layers.md): halcyon-<layer>-…. */
const layerOf = (key: string): string => (key.startsWith('halcyon-releases/') ? 'release records' : (/(?:^|\/)halcyon-([a-z]+)-/.exec(key)?.[1] ?? (key === '.halcyon-write-check' ? 'write check' : 'other')));

function ensureOk(step: string, result: RunResult): void {
  if (result.code !== 0) throw new Error(`${step} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
}

/** A copy of the app with a line added to its first Haskell source: a code change, nothing else. */
async function changedCopy(appDir: string, round: number): Promise<string> {
  const dir = path.join(await tempDir('costs-src'), 'app');
  await cp(appDir, dir, { recursive: true, verbatimSymlinks: true });
  const main = await findHaskellSource(dir);
  await writeFile(main, `${await readFile(main, 'utf8')}\n-- code change ${round}\n`);
  return dir;
}

async function findHaskellSource(dir: string): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(dir, { recursive: true });
  const source = entries.filter((e) => e.endsWith('.hs') && !e.includes('dist-newstyle')).sort()[0];
  if (!source) throw new Error(`no .hs file in ${dir}`);
  return path.join(dir, source);
}

async function measure(appDir: string, remoteRepo: string, server: S3Server): Promise<Step[]> {
  const app = await HerokuApp.create({
    HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
    HALCYON_S3_BUCKET: BUCKET,
    HALCYON_S3_ENDPOINT: server.endpoint,
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: remoteRepo,
  });
  const steps: Step[] = [];
  const timed = async (name: string, action: () => Promise<RunResult>): Promise<void> => {
    await server.clearRequests();
    const startedMs = Date.now();
    const result = await action();
    const durationMs = Date.now() - startedMs;
    ensureOk(name, result);
    steps.push({ name, durationMs, requests: await server.requests() });
    console.error(`-----> ${name}: ${(durationMs / 1000).toFixed(1)} s`);
  };
  let slug = '';
  await timed('first push (buildpack only)', async () => {
    const push = await app.push(appDir);
    slug = push.buildDir;
    return push.compile;
  });
  await timed('one-off build', () => app.runOneOff(slug, 'build'));
  await timed('push restoring everything', async () => (await app.push(appDir)).compile);
  // The cache a push leaves holds what that push used: after a restore, the install archive alone.
  await timed('code-change push after a restore', async () => (await app.push(await changedCopy(appDir, 1))).compile);
  await timed('code-change push, warm cache', async () => (await app.push(await changedCopy(appDir, 2))).compile);
  await timed('code-change push, cold cache', async () => {
    await app.emptyCache();
    return (await app.push(await changedCopy(appDir, 3))).compile;
  });
  return steps;
}

const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
if (process.getuid?.() !== 0) {
  console.error('Each dyno gets its own /app in a private mount namespace (unshare -m), which needs root: run as root.');
  process.exit(1);
}
const server = await startS3Server({ buckets: [BUCKET] });
try {
  const appDir = values.corpus ? path.join(CORPUS_APPS, values.corpus) : EXAMPLE_APP;
  const repo = values.corpus ? await corpusRepo() : await localPackageRepo();
  const steps = await measure(appDir, repo.remoteRepo, server);
  const objects = await bucketObjects(server);
  console.log(`App: ${path.relative(process.cwd(), appDir)}; ${new Date().toISOString().slice(0, 10)}; Node ${process.version}\n`);
  console.log(`| step | time | ${METHODS.join(' | ')} | bytes up | bytes down |`);
  console.log(`|---|---|${METHODS.map(() => '---:').join('|')}|---:|---:|`);
  for (const step of steps) console.log(stepRow(step));
  console.log('\n| layer | archives | size in the bucket |\n|---|---:|---:|');
  for (const layer of [...new Set(objects.map((o) => layerOf(o.key)))]) {
    const mine = objects.filter((o) => layerOf(o.key) === layer);
    console.log(`| ${layer} | ${mine.length} | ${formatBytes(mine.reduce((sum, o) => sum + o.sizeBytes, 0))} |`);
  }
  console.log('\nObjects:');
  for (const o of objects) console.log(`  ${o.key}  ${formatBytes(o.sizeBytes)}`);
} finally {
  await server.stop();
}
