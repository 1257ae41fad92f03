// A restore from parts still being downloaded, with the parts written here by hand (each told
// written once it is complete, as the curl download tells them): the other parts are joined
// into the first behind the extraction, not after it, and the file ends as the whole archive
// with no part files beside it; a join that fails (a full disk) still restores the layer, and
// leaves no file behind. And the join's order, on its own: a part is appended once it is
// written and the part before it read, and removed once it is read itself.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { packDirectory } from '../../src/archive/index.ts';
import { PartsRead, joinBehind } from '../../src/layers/join-parts.ts';
import { restoreWhileDownloading } from '../../src/layers/transfer.ts';
import { appendFiles } from '../../src/util/fs.ts';
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
function partsDownload(archive: Layer, beforeLast: (into: string) => Promise<void> = async () => undefined) {
  return async (into: string, onParts: (parts: readonly GrowingPart[], recordedSha256: string | undefined) => Promise<void> | void): Promise<{ sizeBytes: number; sha256: string }> => {
    const { bytes, count } = archive;
    const files = Array.from({ length: count }, (_, index) => (index === 0 ? into : `${into}.part${index}`));
    const whole: ((written: boolean) => void)[] = [];
    for (const [index, file] of files.entries()) await writeFile(file, index === count - 1 ? '' : bytes.subarray(index * PART_BYTES, (index + 1) * PART_BYTES));
    void onParts(
      files.map((file) => ({ file, written: new Promise<boolean>((resolve) => whole.push(resolve)) })),
      archive.sha256,
    );
    for (const complete of whole.slice(0, -1)) complete(true);
    await beforeLast(into);
    await writeFile(files[count - 1] ?? '', bytes.subarray((count - 1) * PART_BYTES));
    whole.at(-1)?.(true);
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
  const { got, extracted, whole } = await restoreWhileDownloading(partsDownload(archive, untilJoined), file, liveDir);
  assert.equal(got.status, 'fulfilled');
  assert.equal(extracted.status, 'fulfilled', extracted.status === 'rejected' ? String(extracted.reason) : '');
  assert.equal(whole.status, 'fulfilled');
  assert.ok(joinedBeforeTheLast, 'the parts read were joined into the first while the last was still arriving');
  assert.ok(removedOnceJoined, 'a part joined is removed then, not at the end');
  assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(archive.content), 'the layer restored');
  assert.ok((await readFile(file)).equals(archive.bytes), 'the file is the whole archive');
  assert.deepEqual((await readdir(archive.work)).filter((name) => name.includes('.part')), [], 'no part files left');
});

test('a restore that keeps no copy removes each part once it is read, the first included, while the last is still arriving', async () => {
  const archive = await layer('join-none');
  const file = path.join(archive.work, 'download.tar.zst');
  const liveDir = path.join(archive.work, 'live');
  let goneBeforeTheLast = false;
  // The last part stays incomplete until the others (the first included) are gone (or 20 s pass).
  const untilRemoved = async (into: string): Promise<void> => {
    const read = [into, ...Array.from({ length: archive.count - 2 }, (_, index) => `${into}.part${index + 1}`)];
    for (let waitedMs = 0; waitedMs < 20_000 && !goneBeforeTheLast; waitedMs += 20) {
      goneBeforeTheLast = (await Promise.all(read.map(exists))).every((there) => !there);
      if (!goneBeforeTheLast) await sleep(20);
    }
  };
  const { got, extracted, whole } = await restoreWhileDownloading(partsDownload(archive, untilRemoved), file, liveDir, { keepFile: false });
  assert.equal(got.status, 'fulfilled');
  assert.equal(extracted.status, 'fulfilled', extracted.status === 'rejected' ? String(extracted.reason) : '');
  assert.equal(whole.status, 'rejected', 'no whole archive is kept');
  assert.ok(goneBeforeTheLast, 'the parts read were removed while the last was still arriving');
  assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(archive.content), 'the layer restored');
  assert.deepEqual((await readdir(archive.work)).filter((name) => name.startsWith('download')), [], 'no file and no part files left');
});

test('a join that fails (no space left) still restores the layer; the file and the parts are removed, and the failure is told', async () => {
  const archive = await layer('join-fails');
  const file = path.join(archive.work, 'download.tar.zst');
  const liveDir = path.join(archive.work, 'live');
  const noSpace = async (): Promise<void> => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  const { got, extracted, whole } = await restoreWhileDownloading(partsDownload(archive), file, liveDir, { append: noSpace });
  assert.equal(got.status, 'fulfilled');
  assert.equal(extracted.status, 'fulfilled', extracted.status === 'rejected' ? String(extracted.reason) : '');
  assert.ok((await readFile(path.join(liveDir, 'big.bin'))).equals(archive.content), 'the layer restored all the same');
  assert.equal(whole.status, 'rejected');
  assert.match(String(whole.status === 'rejected' ? whole.reason : ''), /no space left/);
  const left = (await readdir(archive.work)).filter((name) => name.startsWith('download'));
  assert.deepEqual(left, [], `no half-joined file and no part files: ${left.join(', ')}`);
});

/** A promise and its resolve, for a part told written by hand. */
function told(): { promise: Promise<boolean>; resolve: (whole: boolean) => void } {
  let resolve: (whole: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((settle) => (resolve = settle));
  return { promise, resolve };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

test('the join appends a part once it is written and the part before it read (the last while it is still being read), and removes it once it is read', async () => {
  const work = await tempDir('join-order');
  const file = path.join(work, 'download');
  const files = [file, `${file}.part1`, `${file}.part2`];
  for (const [index, part] of files.entries()) await writeFile(part, `part ${index};`);
  const written = files.map(() => told());
  const read = new PartsRead();
  const appended: string[] = [];
  const append = async (target: string, sources: readonly string[]): Promise<void> => {
    await appendFiles(target, sources);
    appended.push(...sources.map((source) => path.basename(source)));
  };
  const joining = joinBehind(file, files.map((part, index) => ({ file: part, written: written[index]?.promise ?? Promise.resolve(false) })), read, append);
  // What must not happen yet is given a moment to happen all the same; what must, up to 10 s.
  const aMoment = (): Promise<void> => sleep(50);
  const until = async (what: string, holds: () => Promise<boolean>): Promise<void> => {
    for (let waitedMs = 0; !(await holds()); waitedMs += 10) {
      assert.ok(waitedMs < 10_000, what);
      await sleep(10);
    }
  };
  written[0]?.resolve(true);
  written[2]?.resolve(true);
  await aMoment();
  assert.deepEqual(appended, [], 'nothing is added to the first part before it is read');
  read.done(0);
  await aMoment();
  assert.deepEqual(appended, [], 'the second part is not joined before it is written');
  written[1]?.resolve(true);
  await until('the second part is joined once written, while it is read', async () => appended.length === 1);
  assert.deepEqual(appended, ['download.part1']);
  await aMoment();
  assert.ok(await exists(`${file}.part1`), 'a part joined is kept until it is read');
  assert.deepEqual(appended, ['download.part1'], 'the last part waits for the one before it to be read: the disk holds one part more, not two');
  read.done(1);
  await until('the last part is joined while it is read, not after', async () => appended.length === 2);
  assert.deepEqual(appended, ['download.part1', 'download.part2']);
  await until('a part read is removed', async () => !(await exists(`${file}.part1`)));
  assert.ok(await exists(`${file}.part2`), 'the last part is kept until it is read');
  read.done(2);
  await joining;
  assert.ok(!(await exists(`${file}.part2`)));
  assert.equal(await readFile(file, 'utf8'), 'part 0;part 1;part 2;');
});

test('a part the download did not finish is not joined: the join fails and the first part is removed', async () => {
  const work = await tempDir('join-unfinished');
  const file = path.join(work, 'download');
  await writeFile(file, 'part 0;');
  await writeFile(`${file}.part1`, 'part 1 (cut short)');
  const read = new PartsRead();
  read.done(0);
  const appended: string[] = [];
  const joining = joinBehind(file, [{ file, written: Promise.resolve(true) }, { file: `${file}.part1`, written: Promise.resolve(false) }], read, async (_target, sources) => {
    appended.push(...sources);
  });
  await assert.rejects(joining, /part 2 of 2 was not downloaded whole/);
  assert.deepEqual(appended, []);
  assert.ok(!(await exists(file)));
});
