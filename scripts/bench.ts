// npm run bench: performance as ratios against a baseline run side by side, never as
// absolute pass/fail thresholds. Two comparisons:
//   1. Layer archives: our streaming pack/extract (tar-stream + zstd) against GNU tar piped
//      through the zstd CLI, on a GHC-sized tree, alternating runs.
//   2. Deploys of the example app: a cold compile (everything built) as the baseline, against
//      a push restoring from the bucket (what users get after `heroku run build`) and a push
//      after a one-line source change (incremental).
// Usage: npm run bench [-- --runs N] [-- --tree DIR]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractArchive, packDirectory } from '../src/archive/index.ts';
import { directorySize } from '../src/layers/resolve.ts';
import { copyApp, editFile } from '../test/helpers/apps.ts';
import { EXAMPLE_APP, HerokuApp, localPackageRepo } from '../test/helpers/heroku.ts';
import { startS3Server } from '../test/helpers/s3-server.ts';

const argValue = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const RUNS = Number(argValue('--runs') ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedMs = performance.now();
  await work();
  return performance.now() - startedMs;
}

function sh(command: string): void {
  const result = spawnSync('bash', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`failed: ${command}`);
}

async function archiveBench(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'halcyon-bench-'));
  try {
    const given = argValue('--tree');
    const tree = given ?? path.join(work, 'tree');
    if (!given) {
      // About 330 MB of Debian's GHC: libraries, interfaces and binaries, like a GHC layer.
      for (const part of ['base-4.15.1.0', 'Cabal-3.4.1.0', 'bin', 'template-haskell-2.17.0.0']) {
        const from = path.join('/usr/lib/ghc', part);
        if (!existsSync(from)) throw new Error(`no ${from}: run scripts/setup.sh (Debian's GHC 9.0.2), or pass --tree DIR`);
        await cp(from, path.join(tree, part), { recursive: true, verbatimSymlinks: true });
      }
    }
    const sizeMb = (await directorySize(tree)) / 1e6;
    const ours = { pack: [] as number[], extract: [] as number[] };
    const gnu = { pack: [] as number[], extract: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const a = path.join(work, `ours-${run}.tar.zst`);
      const b = path.join(work, `gnu-${run}.tar.zst`);
      ours.pack.push(await timed(() => packDirectory(tree, a)));
      gnu.pack.push(await timed(async () => sh(`tar -C '${tree}' -cf - . | zstd -3 -T0 -q -o '${b}'`)));
      ours.extract.push(await timed(() => extractArchive(createReadStream(a), path.join(work, `out-ours-${run}`))));
      gnu.extract.push(await timed(async () => sh(`mkdir '${work}/out-gnu-${run}' && zstd -dcq '${b}' | tar -C '${work}/out-gnu-${run}' -xf -`)));
      sh(`rm -rf '${work}'/out-* '${a}' '${b}'`);
    }
    const rate = (ms: number): string => `${(sizeMb / (ms / 1000)).toFixed(0)} MB/s`;
    console.log(`\nLayer archives: ${sizeMb.toFixed(0)} MB tree, median of ${RUNS} alternating runs`);
    console.log('              ours        tar|zstd    ratio (ours / baseline time)');
    for (const phase of ['pack', 'extract'] as const) {
      const o = median(ours[phase]);
      const g = median(gnu[phase]);
      console.log(`${phase.padEnd(12)}  ${rate(o).padEnd(10)}  ${rate(g).padEnd(10)}  ${(o / g).toFixed(2)}`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function deployBench(): Promise<void> {
  const server = await startS3Server({ buckets: ['bench'] });
  try {
    const repo = await localPackageRepo();
    const vars = {
      HALCYON_SYSTEM_TOOLCHAIN: '1',
      HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo,
      HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
      HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
      HALCYON_S3_BUCKET: 'bench',
      HALCYON_S3_ENDPOINT: server.endpoint,
      HALCYON_NO_BUILD_DEPENDENCIES: '0',
      HALCYON_NO_CLEAN_PRIVATE_STORAGE: '1',
    };
    const cold: number[] = [];
    const fromBucket: number[] = [];
    const incremental: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A bucket of its own per run, so the cold compile really starts from nothing.
      const bucketVars = { ...vars, HALCYON_S3_BUCKET: `bench-${run}` };
      const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
      await new S3Client(server.clientConfig(server.readWrite)).send(new CreateBucketCommand({ Bucket: `bench-${run}` }));
      const source = await copyApp(EXAMPLE_APP);
      const app = await HerokuApp.create(bucketVars);
      const first = await app.push(source);
      if (first.compile.code !== 0) throw new Error(first.compile.stderr);
      cold.push(first.durationMs);
      await app.emptyCache();
      fromBucket.push((await app.push(source)).durationMs);
      await editFile(path.join(source, 'app', 'Main.hs'), (text) => text.replace('Hello from', `Hello (${run}) from`));
      incremental.push((await app.push(source)).durationMs);
    }
    const base = median(cold);
    console.log(`\nDeploys of examples/hello-web (1 dependency), median of ${RUNS}; baseline: a cold compile building everything`);
    for (const [name, values] of [
      ['cold compile (baseline)', cold],
      ['push restoring from the bucket', fromBucket],
      ['push after a source change', incremental],
    ] as const) {
      const m = median(values);
      console.log(`${name.padEnd(32)} ${(m / 1000).toFixed(2).padStart(6)} s   ratio ${(m / base).toFixed(3)}`);
    }
  } finally {
    await server.stop();
  }
}

await archiveBench();
await deployBench();
