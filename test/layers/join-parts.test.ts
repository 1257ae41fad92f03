// A restore from parts still being downloaded, with the parts written here by hand (each part
// file with a writer process that lives until it is complete, as the curl download has them):
// the other parts are joined into the first behind the extraction, not after it, and the file
// ends as the whole archive with no part files beside it.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { packDirectory } from '../../src/archive/index.ts';
import { restoreWhileDownloading } from '../../src/layers/transfer.ts';
import type { GrowingPart } from '../../src/storage/store.ts';
import { tempDir } from '../helpers/heroku.ts';

const PART_BYTES = 1024 * 1024;

function writer(): ChildProcess {
  return spawn('sleep', ['infinity'], { stdio: 'ignore' });
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file).catch(() => ({ size: 0 }))).size;
}

test('the parts read so far are joined into the first while the last is still arriving; the file ends whole', async () => {
  const work = await tempDir('join-parts');
  const tree = path.join(work, 'tree');
  await mkdir(tree);
  // Random bytes do not compress: the archive is a little over 3 parts of 1 MiB.
  const content = randomBytes(3 * PART_BYTES + 4096);
  await writeFile(path.join(tree, 'big.bin'), content);
  const archive = path.join(work, 'layer.tar.zst');
  const stats = await packDirectory(tree, archive);
  const bytes = await readFile(archive);
  const count = Math.ceil(bytes.length / PART_BYTES);
  assert.ok(count >= 4, `${count} parts`);
  const file = path.join(work, 'download.tar.zst');
  const liveDir = path.join(work, 'live');
  const writers: ChildProcess[] = [];
  let joinedBeforeTheLast = false;
  try {
    const fetch = async (into: string, onParts: (parts: readonly GrowingPart[]) => void): Promise<{ sizeBytes: number; sha256: string }> => {
      const parts = Array.from({ length: count }, (_, index) => ({ file: index === 0 ? into : `${into}.part${index}`, writerPid: 0 }));
      for (const [index, part] of parts.entries()) {
        writers.push(writer());
        await writeFile(part.file, index === count - 1 ? '' : bytes.subarray(index * PART_BYTES, (index + 1) * PART_BYTES));
      }
      onParts(parts.map((part, index) => ({ ...part, writerPid: writers[index]?.pid ?? 0 })));
      // Every part but the last is complete.
      for (const complete of writers.slice(0, -1)) complete.kill('SIGKILL');
      // The last part stays incomplete until the others show up joined into the first (or 20 s pass).
      for (let waitedMs = 0; waitedMs < 20_000 && !joinedBeforeTheLast; waitedMs += 20) {
        joinedBeforeTheLast = (await sizeOf(into)) === (count - 1) * PART_BYTES;
        if (!joinedBeforeTheLast) await sleep(20);
      }
      await writeFile(parts[count - 1]?.file ?? '', bytes.subarray((count - 1) * PART_BYTES));
      writers.at(-1)?.kill('SIGKILL');
      return { sizeBytes: bytes.length, sha256: stats.sha256 };
    };
    const { got, extracted, whole } = await restoreWhileDownloading(fetch, file, liveDir);
    assert.equal(got.status, 'fulfilled');
    assert.equal(extracted.status, 'fulfilled', extracted.status === 'rejected' ? String(extracted.reason) : '');
    assert.equal(whole.status, 'fulfilled');
    assert.ok(joinedBeforeTheLast, 'the parts read were joined into the first while the last was still arriving');
    assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(content), 'the layer restored');
    assert.ok((await readFile(file)).equals(bytes), 'the file is the whole archive');
    assert.deepEqual((await readdir(work)).filter((name) => name.includes('.part')), [], 'no part files left');
  } finally {
    for (const child of writers) child.kill('SIGKILL');
  }
});
