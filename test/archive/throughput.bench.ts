// Throughput of packDirectory + extractArchive on a GHC-like tree (~300 MB).
//   node --import tsx test/archive/throughput.bench.ts [sourceDir]
// Without sourceDir it copies part of /usr/lib/ghc if present, else generates files.
// Compares against `tar | zstd` and `zstd -d | tar` on the same tree for reference.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractArchive, packDirectory } from '../../src/archive/index.ts';

async function generatedTree(root: string): Promise<void> {
  // Mostly small compressible files (like .hi/.o/.dyn_o), plus a few large libraries.
  for (let d = 0; d < 40; d++) {
    const dir = path.join(root, `pkg-${d}`, 'build', 'Data');
    await mkdir(dir, { recursive: true });
    for (let f = 0; f < 60; f++) {
      const size = 4_000 + ((d * 60 + f) % 50) * 2_000;
      const half = randomBytes(size / 2).toString('hex');
      await writeFile(path.join(dir, `Module${f}.hi`), half);
    }
    await writeFile(path.join(root, `pkg-${d}`, 'libHS.a'), Buffer.concat([randomBytes(2_000_000), Buffer.alloc(4_000_000)]));
  }
}

async function prepareSource(work: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return path.resolve(given);
  const src = path.join(work, 'src');
  await mkdir(src);
  if (existsSync('/usr/lib/ghc/ghc-9.0.2') && existsSync('/usr/lib/ghc/base-4.15.1.0')) {
    for (const part of ['ghc-9.0.2', 'base-4.15.1.0']) {
      const copied = spawnSync('cp', ['-a', path.join('/usr/lib/ghc', part), src]);
      if (copied.status !== 0) throw new Error(copied.stderr.toString());
    }
  } else {
    await generatedTree(src);
  }
  return src;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function shell(command: string): number {
  const started = performance.now();
  const result = spawnSync('sh', ['-c', command], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`failed: ${command}`);
  return (performance.now() - started) / 1000;
}

const work = await mkdtemp(path.join(os.tmpdir(), 'halcyon-bench-'));
try {
  const src = await prepareSource(work, process.argv[2]);
  spawnSync('sh', ['-c', `cat $(find "${src}" -type f) > /dev/null`]); // warm the page cache for a fair comparison
  const archive = path.join(work, 'layer.tar.zst');

  let started = performance.now();
  const packed = await packDirectory(src, archive);
  const packSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const extracted = await extractArchive(createReadStream(archive, { highWaterMark: 1024 * 1024 }), path.join(work, 'dest'));
  const extractSeconds = (performance.now() - started) / 1000;

  const unpacked = packed.unpackedBytes;
  console.log(`tree: ${src}: ${packed.entryCount} entries, ${mb(unpacked)} MB unpacked, ${mb(packed.sizeBytes)} MB compressed`);
  console.log(`pack:    ${packSeconds.toFixed(2)} s  ${mb(unpacked / packSeconds)} MB/s (unpacked bytes per second)`);
  console.log(`extract: ${extractSeconds.toFixed(2)} s  ${mb(unpacked / extractSeconds)} MB/s`);
  console.log(`round trip: ${mb((2 * unpacked) / (packSeconds + extractSeconds))} MB/s average`);
  if (extracted.sha256 !== packed.sha256) throw new Error('sha256 mismatch');

  const reference = path.join(work, 'reference.tar.zst');
  const tarPack = shell(`tar -C "${src}" -cf - . | zstd -3 -T0 -q -o "${reference}"`);
  await mkdir(path.join(work, 'reference-dest'));
  const tarExtract = shell(`zstd -dcq "${reference}" | tar -C "${work}/reference-dest" -xf -`);
  console.log(`reference tar|zstd: pack ${tarPack.toFixed(2)} s (${mb(unpacked / tarPack)} MB/s), extract ${tarExtract.toFixed(2)} s (${mb(unpacked / tarExtract)} MB/s)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
