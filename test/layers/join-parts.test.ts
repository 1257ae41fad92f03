// A restore from parts still being downloaded, with the parts written here by hand (each part
// file with a writer process that lives until it is complete, as the curl download has them):
// the other parts are joined into the first behind the extraction, not after it, and the file
// ends as the whole archive with no part files beside it; a join that fails (a full disk)
// still restores the layer, and leaves no file behind.
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

interface Layer {
  readonly work: string;
  readonly content: Buffer;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly count: number;
}

/** A layer of one incompressible file, packed: a little over 3 parts of 1 MiB. */
async function layer(prefix: string): Promise<Layer> {
  const work = await tempDir(prefix);
  const tree = path.join(work, 'tree');
  await mkdir(tree);
  const content = randomBytes(3 * PART_BYTES + 4096);
  await writeFile(path.join(tree, 'big.bin'), content);
  const archive = path.join(work, 'layer.tar.zst');
  const { sha256 } = await packDirectory(tree, archive);
  const bytes = await readFile(archive);
  return { work, content, bytes, sha256, count: Math.ceil(bytes.length / PART_BYTES) };
}

/**
 * A download of the layer's archive in parts, as the curl download lays them out: every part
 * written and complete at once but the last, which is written once `beforeLast` resolves.
 */
function partsDownload(archive: Layer, writers: ChildProcess[], beforeLast: (into: string) => Promise<void> = async () => undefined) {
  return async (into: string, onParts: (parts: readonly GrowingPart[]) => void): Promise<{ sizeBytes: number; sha256: string }> => {
    const { bytes, count } = archive;
    const files = Array.from({ length: count }, (_, index) => (index === 0 ? into : `${into}.part${index}`));
    for (const [index, file] of files.entries()) {
      writers.push(spawn('sleep', ['infinity'], { stdio: 'ignore' }));
      await writeFile(file, index === count - 1 ? '' : bytes.subarray(index * PART_BYTES, (index + 1) * PART_BYTES));
    }
    onParts(files.map((file, index) => ({ file, writerPid: writers[index]?.pid ?? 0 })));
    for (const complete of writers.slice(0, -1)) complete.kill('SIGKILL');
    await beforeLast(into);
    await writeFile(files[count - 1] ?? '', bytes.subarray((count - 1) * PART_BYTES));
    writers.at(-1)?.kill('SIGKILL');
    return { sizeBytes: bytes.length, sha256: archive.sha256 };
  };
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file).catch(() => ({ size: 0 }))).size;
}

test('the parts read so far are joined into the first while the last is still arriving; the file ends whole', async () => {
  const archive = await layer('join-parts');
  assert.ok(archive.count >= 4, `${archive.count} parts`);
  const file = path.join(archive.work, 'download.tar.zst');
  const liveDir = path.join(archive.work, 'live');
  const writers: ChildProcess[] = [];
  let joinedBeforeTheLast = false;
  let removedOnceJoined = false;
  // The last part stays incomplete until the others show up joined into the first (or 20 s pass).
  const untilJoined = async (into: string): Promise<void> => {
    for (let waitedMs = 0; waitedMs < 20_000 && !joinedBeforeTheLast; waitedMs += 20) {
      joinedBeforeTheLast = (await sizeOf(into)) === (archive.count - 1) * PART_BYTES;
      if (!joinedBeforeTheLast) await sleep(20);
    }
    // Part 1 was joined before the last-but-one: it is gone by now, not left for the end.
    removedOnceJoined = !(await stat(`${into}.part1`).then(() => true, () => false));
  };
  try {
    const { got, extracted, whole } = await restoreWhileDownloading(partsDownload(archive, writers, untilJoined), file, liveDir);
    assert.equal(got.status, 'fulfilled');
    assert.equal(extracted.status, 'fulfilled', extracted.status === 'rejected' ? String(extracted.reason) : '');
    assert.equal(whole.status, 'fulfilled');
    assert.ok(joinedBeforeTheLast, 'the parts read were joined into the first while the last was still arriving');
    assert.ok(removedOnceJoined, 'a part joined is removed then, not at the end');
    assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(archive.content), 'the layer restored');
    assert.ok((await readFile(file)).equals(archive.bytes), 'the file is the whole archive');
    assert.deepEqual((await readdir(archive.work)).filter((name) => name.includes('.part')), [], 'no part files left');
  } finally {
    for (const child of writers) child.kill('SIGKILL');
  }
});

test('a join that fails (no space left) still restores the layer; the file and the parts are removed, and the failure is told', async () => {
  const archive = await layer('join-fails');
  const file = path.join(archive.work, 'download.tar.zst');
  const liveDir = path.join(archive.work, 'live');
  const writers: ChildProcess[] = [];
  const noSpace = async (): Promise<void> => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  try {
    const { got, extracted, whole } = await restoreWhileDownloading(partsDownload(archive, writers), file, liveDir, noSpace);
    assert.equal(got.status, 'fulfilled');
    assert.equal(extracted.status, 'fulfilled', extracted.status === 'rejected' ? String(extracted.reason) : '');
    assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(archive.content), 'the layer restored all the same');
    assert.equal(whole.status, 'rejected');
    assert.match(String(whole.status === 'rejected' ? whole.reason : ''), /no space left/);
    const left = (await readdir(archive.work)).filter((name) => name.startsWith('download'));
    assert.deepEqual(left, [], `no half-joined file and no part files: ${left.join(', ')}`);
  } finally {
    for (const child of writers) child.kill('SIGKILL');
  }
});
