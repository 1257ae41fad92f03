import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { HalcyonError } from '../../src/errors.ts';
import {
  ArchiveError,
  assertZstdAvailable,
  extractArchive,
  packDirectory,
  restoreDirectory,
} from '../../src/archive/index.ts';
import { childZstdCount, handMadeArchive, sandbox } from './helpers.ts';
import { onSmallDisk } from '../helpers/small-disk.ts';
import { manifestFrame } from '../../src/archive/frame.ts';

async function exists(p: string): Promise<boolean> {
  return readdir(path.dirname(p)).then((names) => names.includes(path.basename(p)));
}

/** A layer big enough that corruption lands in the middle of real data, not in a header. */
async function makeArchive(dir: string): Promise<{ archive: string; sha256: string }> {
  const src = path.join(dir, 'src');
  await mkdir(path.join(src, 'sub'), { recursive: true });
  for (let i = 0; i < 20; i++) await writeFile(path.join(src, 'sub', `file-${i}`), randomBytes(100_000));
  const archive = path.join(dir, 'layer.tar.zst');
  const { sha256 } = await packDirectory(src, archive);
  return { archive, sha256 };
}

async function makeLive(dir: string): Promise<string> {
  const live = path.join(dir, 'live');
  await mkdir(live);
  await writeFile(path.join(live, 'original.txt'), 'original');
  return live;
}

async function assertLiveUntouched(live: string): Promise<void> {
  assert.deepEqual(await readdir(live), ['original.txt']);
  assert.equal(await readFile(path.join(live, 'original.txt'), 'utf8'), 'original');
  assert.deepEqual(
    (await readdir(path.dirname(live))).filter((name) => name.startsWith('.live')),
    [],
    'no temp sibling is left behind',
  );
}

test('pack of a missing directory fails without leaving files', async (t) => {
  const dir = await sandbox(t);
  const dest = path.join(dir, 'out/layer.tar.zst');
  await assert.rejects(packDirectory(path.join(dir, 'missing'), dest), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.code, 'archive');
    assert.match(error.message, /missing/);
    return true;
  });
  assert.deepEqual(await readdir(dir), []);
});

test('pack to a path whose parent is a regular file fails cleanly', async (t) => {
  const dir = await sandbox(t);
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'src/a'), 'a');
  await writeFile(path.join(dir, 'blocker'), 'not a directory');
  await assert.rejects(packDirectory(path.join(dir, 'src'), path.join(dir, 'blocker/layer.tar.zst')), ArchiveError);
  assert.deepEqual((await readdir(dir)).sort(), ['blocker', 'src']);
});

test('pack refuses symlinks that could never be restored, leaving no files', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(src);
  await writeFile(path.join(src, 'a'), 'a');
  spawnSync('ln', ['-s', '/etc/passwd', path.join(src, 'abs-link')]);
  const dest = path.join(dir, 'out', 'layer.tar.zst');
  await assert.rejects(packDirectory(src, dest), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'unsupported-source');
    assert.match(error.message, /abs-link/);
    return true;
  });
  assert.deepEqual(await readdir(path.join(dir, 'out')), []);
});

test('a symlink whose name reads like a listing\'s arrow is refused while tar still runs, cleanly, leaving no files', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(src);
  // Enough for tar to be still at work when its listing shows the link.
  await writeFile(path.join(src, 'z-big.bin'), randomBytes(48 * 1024 * 1024));
  spawnSync('ln', ['-s', 'target', path.join(src, 'a -> b')]);
  for (const exclude of [undefined, (): boolean => false]) {
    const dest = path.join(dir, 'out', 'layer.tar.zst');
    await assert.rejects(packDirectory(src, dest, exclude ? { exclude } : {}), (error: unknown) => {
      assert.ok(error instanceof ArchiveError, String(error));
      assert.match(error.message, /cannot be read unambiguously/);
      return true;
    });
    assert.deepEqual(await readdir(path.join(dir, 'out')), []);
  }
});

test('pack fails when a file cannot be read, leaving no files', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(src);
  await writeFile(path.join(src, 'a'), 'a');
  const dest = path.join(dir, 'out', 'layer.tar.zst');
  const exclude = (rel: string): boolean => {
    if (rel === 'a') throw new Error('exclude exploded');
    return false;
  };
  await assert.rejects(packDirectory(src, dest, { exclude }), /exclude exploded/);
  assert.deepEqual(await readdir(path.join(dir, 'out')), []);
});

test('corrupt archive: extract rejects and removes destDir; restore keeps liveDir', async (t) => {
  const dir = await sandbox(t);
  const { archive } = await makeArchive(dir);
  const bytes = await readFile(archive);
  const middle = Math.floor(bytes.length / 2);
  for (let i = middle; i < middle + 64; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
  const corrupt = path.join(dir, 'corrupt.tar.zst');
  await writeFile(corrupt, bytes);

  const dest = path.join(dir, 'dest');
  await assert.rejects(extractArchive(createReadStream(corrupt), dest), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'corrupt');
    assert.match(error.message, /archive is truncated or corrupt/);
    assert.match(error.remedy ?? '', /heroku builds:cache:purge/);
    return true;
  });
  assert.equal(await exists(dest), false);

  const live = await makeLive(dir);
  await assert.rejects(restoreDirectory(createReadStream(corrupt), live), ArchiveError);
  await assertLiveUntouched(live);
  assert.equal(childZstdCount(), 0);
});

test('truncated archive: extract rejects and removes destDir; restore keeps liveDir', async (t) => {
  const dir = await sandbox(t);
  const { archive } = await makeArchive(dir);
  const bytes = await readFile(archive);
  const truncated = path.join(dir, 'truncated.tar.zst');
  await writeFile(truncated, bytes);
  await truncate(truncated, Math.floor(bytes.length / 2));

  const dest = path.join(dir, 'dest');
  await assert.rejects(extractArchive(createReadStream(truncated), dest), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.match(error.message, /archive is truncated or corrupt \(zstd: .*premature end/);
    return true;
  });
  assert.equal(await exists(dest), false);

  const live = await makeLive(dir);
  await assert.rejects(restoreDirectory(createReadStream(truncated), live), ArchiveError);
  await assertLiveUntouched(live);
});

test('input that is not zstd at all is reported as corrupt', async (t) => {
  const dir = await sandbox(t);
  const dest = path.join(dir, 'dest');
  await assert.rejects(extractArchive(Readable.from([Buffer.from('this is not an archive')]), dest), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.match(error.message, /zstd/);
    return true;
  });
  assert.equal(await exists(dest), false);
});

test('an empty input is reported as corrupt', async (t) => {
  const dir = await sandbox(t);
  const dest = path.join(dir, 'dest');
  await assert.rejects(extractArchive(Readable.from([]), dest), ArchiveError);
  assert.equal(await exists(dest), false);
});

test('expectedSha256 mismatch: rejected and liveDir unchanged', async (t) => {
  const dir = await sandbox(t);
  const { archive, sha256 } = await makeArchive(dir);
  const live = await makeLive(dir);
  const wrong = sha256.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  await assert.rejects(restoreDirectory(createReadStream(archive), live, { expectedSha256: wrong }), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'checksum-mismatch');
    assert.match(error.message, new RegExp(sha256));
    return true;
  });
  await assertLiveUntouched(live);
});

test('zstd verifies its own checksum even where a sha256 is checked: an archive that was corrupt when its sha256 was taken is refused', async (t) => {
  const dir = await sandbox(t);
  const { archive, sha256 } = await makeArchive(dir);
  // The last 4 bytes of the data frame are zstd's checksum of the content: made wrong, the bytes decode the same.
  const bytes = await readFile(archive);
  bytes.writeUInt32LE((bytes.readUInt32LE(bytes.length - 4) ^ 0xffffffff) >>> 0, bytes.length - 4);
  const badChecksum = path.join(dir, 'bad-checksum.tar.zst');
  await writeFile(badChecksum, bytes);
  const { createHash } = await import('node:crypto');
  const badSha256 = createHash('sha256').update(bytes).digest('hex');
  // No sha256 known: zstd checks, and the archive is corrupt.
  await assert.rejects(extractArchive({ filePath: badChecksum }, path.join(dir, 'unchecked')), (error: unknown) => error instanceof ArchiveError && error.reason === 'corrupt');
  // The sha256 of these very bytes known (as `archive put` records it from a file that was already bad): zstd still refuses them.
  const live = await makeLive(dir);
  await assert.rejects(restoreDirectory({ filePath: badChecksum }, live, { expectedSha256: badSha256 }), (error: unknown) => error instanceof ArchiveError && error.reason === 'corrupt');
  await assertLiveUntouched(live);
  // The uploader's sha256 of the good bytes: refused too, by one check or the other.
  await assert.rejects(restoreDirectory({ filePath: badChecksum }, live, { expectedSha256: sha256 }), (error: unknown) => error instanceof ArchiveError && (error.reason === 'checksum-mismatch' || error.reason === 'corrupt'));
  await assertLiveUntouched(live);
});

test('an input stream that errors midway: rejected, nothing left behind, no zstd left running', async (t) => {
  const dir = await sandbox(t);
  const { archive } = await makeArchive(dir);
  const bytes = await readFile(archive);
  const failing = (): Readable => {
    let sent = 0;
    return new Readable({
      highWaterMark: 64 * 1024,
      read() {
        if (sent >= bytes.length / 2) {
          this.destroy(new Error('connection reset by S3'));
          return;
        }
        const chunk = bytes.subarray(sent, sent + 64 * 1024);
        sent += chunk.length;
        this.push(chunk);
      },
    });
  };

  const dest = path.join(dir, 'dest');
  const input = failing();
  await assert.rejects(extractArchive(input, dest), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'input');
    assert.match(error.message, /connection reset by S3/);
    return true;
  });
  assert.equal(input.destroyed, true);
  assert.equal(await exists(dest), false);

  const live = await makeLive(dir);
  await assert.rejects(restoreDirectory(failing(), live), /connection reset by S3/);
  await assertLiveUntouched(live);
  assert.equal(childZstdCount(), 0);
});

test('extract into an existing directory is refused and leaves it alone', async (t) => {
  const dir = await sandbox(t);
  const { archive } = await makeArchive(dir);
  const live = await makeLive(dir);
  await assert.rejects(extractArchive(createReadStream(archive), live), /already exists/);
  await assertLiveUntouched(live);
});

test('a missing zstd is a toolchain error with an install remedy', async (t) => {
  const dir = await sandbox(t);
  await mkdir(path.join(dir, 'src'));
  const savedPath = process.env.PATH;
  process.env.PATH = path.join(dir, 'no-such-bin');
  try {
    const isToolchain = (error: unknown): boolean => {
      assert.ok(error instanceof HalcyonError);
      assert.equal(error.code, 'toolchain');
      assert.match(error.remedy ?? '', /apt-get install zstd/);
      return true;
    };
    await assert.rejects(assertZstdAvailable(), isToolchain);
    await assert.rejects(packDirectory(path.join(dir, 'src'), path.join(dir, 'out/layer.tar.zst')), isToolchain);
    assert.deepEqual(await readdir(path.join(dir, 'out')), []);
    await assert.rejects(extractArchive(Readable.from([Buffer.from('x')]), path.join(dir, 'dest')), isToolchain);
    assert.equal(await exists(path.join(dir, 'dest')), false);
  } finally {
    process.env.PATH = savedPath;
  }
  await assertZstdAvailable();
});

test('a full disk is reported clearly and leaves no temp file (tmpfs; needs mount rights)', async (t) => {
  const dir = await sandbox(t);
  const mnt = path.join(dir, 'small-disk');
  await onSmallDisk(mnt, '1m', () => fillTheDisk(dir, mnt));
});

async function fillTheDisk(dir: string, mnt: string): Promise<void> {
  const src = path.join(dir, 'src');
  await mkdir(src);
  await writeFile(path.join(src, 'random.bin'), randomBytes(4 * 1024 * 1024));
  await assert.rejects(packDirectory(src, path.join(mnt, 'layer.tar.zst')), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'no-space');
    assert.match(error.message, /no space left on the file system holding \S+small-disk while writing the archive \(.*No space left on device/);
    return true;
  });
  assert.deepEqual(await readdir(mnt), []);

  const archive = path.join(dir, 'layer.tar.zst');
  await packDirectory(src, archive);
  await assert.rejects(extractArchive(createReadStream(archive), path.join(mnt, 'dest')), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'no-space');
    return true;
  });
  assert.deepEqual(await readdir(mnt), []);

  // Many small files take the concurrent write path; its failure must surface the same way.
  const small = path.join(dir, 'small');
  await mkdir(small);
  for (let i = 0; i < 100; i++) await writeFile(path.join(small, `f${i}`), randomBytes(20_000));
  const smallArchive = path.join(dir, 'small.tar.zst');
  await packDirectory(small, smallArchive);
  await assert.rejects(extractArchive(createReadStream(smallArchive), path.join(mnt, 'dest')), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'no-space');
    return true;
  });
  assert.deepEqual(await readdir(mnt), []);
  await rm(archive);
  assert.equal(childZstdCount(), 0);
}

/** A hand-made archive behind a manifest frame that says what the caller wants it to. */
async function withManifest(manifest: { tarBytes: number; entryCount: number; unpackedBytes: number }, entries: Parameters<typeof handMadeArchive>[0]): Promise<Buffer> {
  return Buffer.concat([manifestFrame({ format: 2, ...manifest }), await handMadeArchive(entries)]);
}

test('an archive that expands past the size its manifest records is refused part-way: a miss, not a full disk', async (t) => {
  const dir = await sandbox(t);
  const big = 'z'.repeat(4 * 1024 * 1024);
  const lying = await withManifest({ tarBytes: 10_240, entryCount: 5, unpackedBytes: 1000 }, Array.from({ length: 5 }, (_, i) => ({ header: { name: `zeros-${i}`, type: 'file' as const, mode: 0o644 }, content: big })));
  await assert.rejects(extractArchive(Readable.from([lying]), path.join(dir, 'dest')), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'oversized');
    assert.match(error.message, /the archive expands to more than its recorded size \(1\.0 kB in 5 entries\)/);
    return true;
  });
  assert.deepEqual(await readdir(dir), []);

  const manyEntries = await withManifest({ tarBytes: 10_000_000, entryCount: 10, unpackedBytes: 10 }, Array.from({ length: 400 }, (_, i) => ({ header: { name: `tiny-${i}`, type: 'file' as const, mode: 0o644 }, content: 'x' })));
  await assert.rejects(extractArchive(Readable.from([manyEntries]), path.join(dir, 'dest')), (error: unknown) => error instanceof ArchiveError && error.reason === 'oversized' && /more than the 10 entries/.test(error.message));
  assert.deepEqual(await readdir(dir), []);
});

test('a manifest recording more than the free space is refused before anything is written; an archive without one is bounded by the free space (tmpfs)', async (t) => {
  const dir = await sandbox(t);
  const mnt = path.join(dir, 'small-disk');
  await onSmallDisk(mnt, '8m', async () => {
    const claims = await withManifest({ tarBytes: 1024 ** 3, entryCount: 1, unpackedBytes: 1024 ** 3 }, [{ header: { name: 'small', type: 'file', mode: 0o644 }, content: 'x' }]);
    await assert.rejects(extractArchive(Readable.from([claims]), path.join(mnt, 'dest')), (error: unknown) => error instanceof ArchiveError && error.reason === 'no-space' && /no space left on the file system holding \S+small-disk: the archive unpacks to 1\.1 GB, more than the .* free/.test(error.message));
    assert.deepEqual(await readdir(mnt), []);
    const headerless = await handMadeArchive(Array.from({ length: 6 }, (_, i) => ({ header: { name: `zeros-${i}`, type: 'file' as const, mode: 0o644 }, content: 'z'.repeat(2 * 1024 * 1024) })));
    await assert.rejects(extractArchive(Readable.from([headerless]), path.join(mnt, 'dest')), (error: unknown) => error instanceof ArchiveError && error.reason === 'oversized' && /free on the disk/.test(error.message));
    assert.deepEqual(await readdir(mnt), []);
  });
});

test('a file name that is not valid UTF-8 is refused, named byte for byte, not archived as something else', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(path.join(src, 'data'), { recursive: true });
  await writeFile(Buffer.concat([Buffer.from(`${src}/data/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'latin-1 name');
  await assert.rejects(packDirectory(src, path.join(dir, 'out.tar.zst')), (error: unknown) => {
    assert.ok(error instanceof ArchiveError);
    assert.equal(error.reason, 'unsupported-source');
    assert.equal(error.message, `cannot archive ${src}/data/caf\\xe9.txt: its name is not valid UTF-8`);
    assert.match(error.remedy ?? '', /Rename it/);
    return true;
  });
  assert.deepEqual(await readdir(dir), ['src'], 'no archive or temp file left');
  const { hashSource } = await import('../../src/haskell/source.ts');
  await assert.rejects(hashSource(src), /data\/caf\\xe9\.txt has a name that is not valid UTF-8/);
});

test('a restore that may not replace (replace: false) leaves alone a directory that appeared while it extracted, and fails saying so', async (t) => {
  const dir = await sandbox(t);
  const { archive } = await makeArchive(dir);
  const live = path.join(dir, 'new-layer');
  await assert.rejects(
    restoreDirectory({ filePath: archive }, live, {
      replace: false,
      // The tools are running: someone makes the directory now, with a file of their own in it.
      onStarted: () => {
        spawnSync('mkdir', [live]);
        spawnSync('sh', ['-c', `echo mine > ${live}/notes.txt`]);
      },
    }),
    (error: unknown) => error instanceof ArchiveError && /new-layer appeared while the archive was extracted; nothing was replaced/.test(error.message),
  );
  assert.deepEqual(await readdir(live), ['notes.txt']);
  assert.equal(await readFile(path.join(live, 'notes.txt'), 'utf8'), 'mine\n');
  assert.deepEqual((await readdir(dir)).filter((name) => name.startsWith('.new-layer')), [], 'the extracted copy is removed');
});
