// `halcyon archive …`: the layer archive and transfer paths alone, as `npm run bench` runs
// them (whole processes of the committed bundle, a local S3 server).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT, freePort, run, scrubbedEnv, tempDir } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';
import { onSmallDisk } from '../helpers/small-disk.ts';

let server: S3Server;
before(async () => {
  server = await startS3Server({ buckets: ['archives'] });
});
after(() => server.stop());

function halcyon(args: readonly string[], endpoint?: string): ReturnType<typeof run> {
  return run(process.execPath, [path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', ...args], halcyonEnv(endpoint));
}

function halcyonEnv(endpoint?: string): Record<string, string> {
  return scrubbedEnv({
    HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
    HALCYON_S3_BUCKET: 'archives',
    HALCYON_S3_ENDPOINT: endpoint ?? server.endpoint,
    // Parts of 1 MiB: the restore below comes in several.
    HALCYON_TRANSFER_PART_SIZE: '1',
  });
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** DIR/tree holding a.txt: the smallest layer. */
async function smallTree(dir: string): Promise<string> {
  const tree = path.join(dir, 'tree');
  await mkdir(tree);
  await writeFile(path.join(tree, 'a.txt'), 'a layer');
  return tree;
}

/** DIR/tree holding one random file of `sizeBytes`, packed into DIR/a.tar.zst (and put under `key`, given one). */
async function packedArchive(dir: string, sizeBytes: number, key?: string): Promise<string> {
  const tree = path.join(dir, 'tree');
  await mkdir(tree);
  await writeFile(path.join(tree, 'data.bin'), randomBytes(sizeBytes));
  const archive = path.join(dir, 'a.tar.zst');
  assert.equal((await halcyon(['pack', tree, archive])).code, 0);
  if (key !== undefined) assert.equal((await halcyon(['put', archive, key])).code, 0);
  return archive;
}

test('pack, put (with the sha256 given or read), get and restore: the same bytes and tree all the way', async () => {
  const dir = await tempDir('archive-cli');
  const tree = path.join(dir, 'tree');
  await mkdir(path.join(tree, 'sub'), { recursive: true });
  const content = randomBytes(3 * 1024 * 1024);
  await writeFile(path.join(tree, 'sub', 'data.bin'), content);
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await halcyon(['pack', tree, archive]);
  assert.equal(packed.code, 0, packed.stderr);
  assert.match(packed.stderr, /pack: .* in /);
  const bytes = await readFile(archive);

  for (const [key, extra] of [['read.tar.zst', []], ['given.tar.zst', ['--sha256', sha256(bytes)]]] as const) {
    const put = await halcyon(['put', archive, key, ...extra]);
    assert.equal(put.code, 0, put.stderr);
    const got = path.join(dir, `got-${key}`);
    const get = await halcyon(['get', key, got]);
    assert.equal(get.code, 0, get.stderr);
    assert.equal(sha256(await readFile(got)), sha256(bytes), key);
  }
  const restored = path.join(dir, 'restored');
  const restore = await halcyon(['restore', 'given.tar.zst', restored]);
  assert.equal(restore.code, 0, restore.stderr);
  assert.ok((await readFile(path.join(restored, 'sub', 'data.bin'))).equals(content));
  const left = (await readdir(dir)).filter((name) => name.startsWith('.restored.'));
  assert.deepEqual(left, [], 'no copy of the archive and no part of it is left beside the layer');
});

test('a bad --sha256, an unknown flag or a missing file is a usage error naming the fix; nothing is uploaded; --help is not an error', async () => {
  const dir = await tempDir('archive-cli-bad');
  const file = path.join(dir, 'a.tar.zst');
  await writeFile(file, 'not much');
  await server.clearRequests();
  for (const args of [
    ['put', file, 'k', '--sha256', 'xyz'],
    ['put', file, 'k', '--sha1', 'a'.repeat(64)],
    ['get', 'k', path.join(dir, 'out'), '--sha256', 'a'.repeat(64)],
  ]) {
    const result = await halcyon(args);
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, /usage: halcyon archive .*--sha256 takes the archive's sha256, 64 hex digits/, args.join(' '));
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  }
  for (const help of ['--help', '-h', 'help']) {
    const asked = await halcyon([help]);
    assert.equal(asked.code, 0, `${help}: ${asked.stderr}`);
    assert.match(asked.stderr, /usage: halcyon archive pack DIR FILE \| extract FILE DIR/, help);
    assert.doesNotMatch(asked.stderr, /Error/, help);
  }
  const missing = await halcyon(['put', path.join(dir, 'missing.tar.zst'), 'k']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /missing\.tar\.zst cannot be read: .*ENOENT/);
  assert.match(missing.stderr, /Give the path of an archive file/);
  assert.deepEqual((await server.requests()).filter((r) => r.method === 'PUT'), []);
});

test('a get that fails keeps the file that was there and leaves nothing beside it; an unwritable destination is named', async () => {
  const dir = await tempDir('archive-cli-get');
  const kept = path.join(dir, 'kept.tar.zst');
  await writeFile(kept, 'the archive that was here');
  const missing = await halcyon(['get', 'no-such-key.tar.zst', kept]);
  assert.equal(missing.code, 1, missing.stderr);
  assert.match(missing.stderr, /no-such-key\.tar\.zst is not in the private bucket archives, or this key may not read it[\s\S]*Check the key[\s\S]*storage\/archive-not-found/);
  assert.doesNotMatch(missing.stderr, /Warning/);
  assert.equal(await readFile(kept, 'utf8'), 'the archive that was here');
  assert.deepEqual(await readdir(dir), ['kept.tar.zst'], 'no temp file or part is left');

  const nowhere = await halcyon(['get', 'no-such-key.tar.zst', path.join(dir, 'no-dir', 'x.tar.zst')]);
  assert.equal(nowhere.code, 1);
  assert.match(nowhere.stderr, /no-dir\/x\.tar\.zst cannot be written: .*ENOENT/);
  assert.match(nowhere.stderr, /Give a file \(not a directory or a device\) in a directory that exists and can be written/);
  assert.match(nowhere.stderr, /config\/archive-file/);
  assert.doesNotMatch(nowhere.stderr, /Treated as a miss|\n\s+at /);

  const intoDir = await halcyon(['get', 'no-such-key.tar.zst', `${dir}/`]);
  assert.equal(intoDir.code, 1);
  assert.match(intoDir.stderr, /cannot be written: it is a directory/);
  assert.match(intoDir.stderr, /Give a file \(not a directory or a device\)/);
  assert.doesNotMatch(intoDir.stderr, /Internal error|\n\s+at /);
  assert.deepEqual(await readdir(dir), ['kept.tar.zst'], 'nothing written into it');
});

test('a full disk under get or restore is said to be one, where, with the fix (not a missing key); the file that was there stays, nothing is left (tmpfs; needs mount rights)', async () => {
  const dir = await tempDir('archive-cli-full');
  await packedArchive(dir, 3 * 1024 * 1024, 'full/a.tar.zst');
  const small = path.join(dir, 'small');
  const { startPacedProxy } = await import('../helpers/paced-proxy.ts');
  // 1 MB/s: curl cannot fill the disk within the 2 ms the headers are looked for in (on loopback it can, and then its own write failure says it).
  const paced = await startPacedProxy(server.endpoint, 1e6);
  await onSmallDisk(small, '2m', async () => {
    const kept = path.join(small, 'kept.tar.zst');
    await writeFile(kept, 'the archive that was here');
    const cases: [readonly string[], RegExp, string | undefined][] = [
      // get knows the size from the answer's headers: refused there, with what the disk had free before it began.
      [['get', 'full/a.tar.zst', kept], /No space left on the file system holding \S*small: 3\.[12] MB are needed and (2\.0|2\.1) MB are free/, paced.endpoint],
      // Unpaced, whichever comes first says so: the headers' check, or the write that found the disk full.
      [['get', 'full/a.tar.zst', kept], /No space left on the file system holding \S*small: \d/, undefined],
      // restore streams into the extraction: the write that found the disk full says so.
      [['restore', 'full/a.tar.zst', path.join(small, 'layer')], /No space left on the file system holding \S*small: \d/, undefined],
    ];
    for (const [args, message, endpoint] of cases) {
      const result = await halcyon(args, endpoint);
      assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message, args.join(' '));
      assert.match(result.stderr, /Free space there \(df -h \S*small shows what is free\)[\s\S]*Error id: storage\/no-space/, args.join(' '));
      assert.doesNotMatch(result.stderr, /could not be downloaded|is not in the private bucket|Treated as a miss|Internal error|\n\s+at /, args.join(' '));
      assert.deepEqual(await readdir(small), ['kept.tar.zst'], `${args.join(' ')}: nothing left beside the file that was there`);
    }
    assert.equal(await readFile(kept, 'utf8'), 'the archive that was here');
  }).finally(() => paced.stop());
  // Room to spare of a few pages: the check counts what curl wrote before the headers were read as the object's own (it once did not, and refused at random).
  const tight = path.join(dir, 'tight');
  await onSmallDisk(tight, `${3 * 1024 + 64}k`, async () => {
    for (let i = 0; i < 5; i++) {
      const got = await halcyon(['get', 'full/a.tar.zst', path.join(tight, `got-${i}.tar.zst`)]);
      assert.equal(got.code, 0, `run ${i}: ${got.stderr}`);
      await rm(path.join(tight, `got-${i}.tar.zst`));
    }
  });
  // Out of inodes, not bytes: said so, with the command that shows it (curl itself crashed where it could not make its headers file).
  const noFiles = path.join(dir, 'no-files');
  await onSmallDisk(noFiles, '8m', async () => {
    await writeFile(path.join(noFiles, 'kept.tar.zst'), 'the archive that was here');
    const result = await halcyon(['get', 'full/a.tar.zst', path.join(noFiles, 'kept.tar.zst')]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /No space left on the file system holding \S*no-files: it has no free inodes[\s\S]*df -i [\s\S]*storage\/no-space/);
    assert.doesNotMatch(result.stderr, /could not be made|HALCYON_S3|Internal error|\n\s+at /);
    assert.deepEqual(await readdir(noFiles), ['kept.tar.zst']);
  }, ['nr_inodes=2']);
});

test('a server that cannot be reached is said to be the cause, after the warning that names it; not a missing key', async () => {
  const dir = await tempDir('archive-cli-unreachable');
  // A port that was free a moment ago: connections to it are refused.
  const port = await freePort();
  const env = { ...halcyonEnv(`http://127.0.0.1:${port}`), HALCYON_TRANSFER_ATTEMPTS: '1' };
  const result = await run(process.execPath, [path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', 'get', 'any.tar.zst', path.join(dir, 'got.tar.zst')], env);
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, /Warning: Could not download any\.tar\.zst from private bucket archives[\s\S]*any\.tar\.zst could not be downloaded from the private bucket archives: the warning above says why[\s\S]*storage\/download-failed/);
  assert.doesNotMatch(result.stderr, /is not in the private bucket|Check the key|Internal error|\n\s+at /);
  assert.deepEqual(await readdir(dir), []);
});

test('run from a directory deleted under the shell: a relative path is refused naming the cause and the fix, never an internal error; absolute paths still work', async () => {
  const dir = await tempDir('archive-cli-cwd');
  const tree = await smallTree(dir);
  const gone = path.join(dir, 'gone');
  await mkdir(gone);
  const from = (args: readonly string[]): ReturnType<typeof run> =>
    run('sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', gone, process.execPath, path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', ...args], halcyonEnv());
  for (const args of [['pack', tree, 'a.tar.zst'], ['extract', 'a.tar.zst', path.join(dir, 'out')], ['put', 'a.tar.zst', 'cwd/a.tar.zst']]) {
    const relative = await from(args);
    assert.equal(relative.code, 1, relative.stderr);
    assert.match(relative.stderr, /The current directory no longer exists[\s\S]*cd to a directory that exists[\s\S]*Error id: config\/no-working-directory/, args.join(' '));
    assert.doesNotMatch(relative.stderr, /Internal error|uv_cwd|cannot be read|\n\s+at /, args.join(' '));
    await mkdir(gone);
  }
  const absolute = await from(['pack', tree, path.join(dir, 'a.tar.zst')]);
  assert.equal(absolute.code, 0, absolute.stderr);
  assert.deepEqual((await readdir(dir)).sort(), ['a.tar.zst', 'tree']);
});

test('every verb checks its paths first: nothing of the user\'s is replaced or deleted, and each mistake is named with its fix, never an internal error', async () => {
  const dir = await tempDir('archive-cli-paths');
  const tree = await smallTree(dir);
  const archive = path.join(dir, 'a.tar.zst');
  assert.equal((await halcyon(['pack', tree, archive])).code, 0);
  assert.equal((await halcyon(['put', archive, 'paths/a.tar.zst'])).code, 0);
  const mine = path.join(dir, 'mine');
  await mkdir(mine);
  await writeFile(path.join(mine, 'keep.txt'), 'the user\'s');
  const { execFileSync } = await import('node:child_process');
  const fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const dangling = path.join(dir, 'dangling');
  execFileSync('ln', ['-s', path.join(dir, 'nowhere'), dangling]);

  const cases: [readonly string[], RegExp][] = [
    // restore and extract make a new directory: an existing one (or a file) is refused, not replaced.
    [['restore', 'paths/a.tar.zst', mine], /mine already exists[\s\S]*Give a directory that does not exist yet/],
    [['restore', 'paths/a.tar.zst', archive], /a\.tar\.zst already exists/],
    [['extract', archive, mine], /mine already exists/],
    [['extract', archive, dangling], /dangling already exists/],
    [['restore', 'paths/a.tar.zst', dangling], /dangling already exists/],
    // A new file goes where a regular file (or nothing) is: a device, a pipe or a directory is refused.
    [['get', 'paths/a.tar.zst', fifo], /fifo cannot be written: it is not a regular file/],
    [['pack', tree, fifo], /fifo cannot be written: it is not a regular file/],
    [['pack', tree, mine], /mine cannot be written: it is a directory/],
    // The parent must be a directory.
    [['get', 'paths/a.tar.zst', path.join(archive, 'sub')], /a\.tar\.zst\/sub cannot be written: .*is not a directory/],
    [['restore', 'paths/a.tar.zst', path.join(archive, 'sub')], /a\.tar\.zst\/sub cannot be written: .*is not a directory/],
    // An archive to read is a regular file.
    [['put', tree, 'paths/b.tar.zst'], /tree is not a regular file[\s\S]*Give the path of an archive file/],
    [['put', fifo, 'paths/b.tar.zst'], /fifo is not a regular file/],
    [['extract', tree, path.join(dir, 'out')], /tree is not a regular file/],
    // Keys as the bucket has them: a `..`, a `.`, an empty segment or a leading slash is refused before any request.
    [['put', archive, 'paths/../a.tar.zst'], /"paths\/\.\.\/a\.tar\.zst" is not a key halcyon archive uses/],
    [['get', 'paths/./a.tar.zst', path.join(dir, 'x')], /is not a key halcyon archive uses/],
    [['restore', 'paths//a.tar.zst', path.join(dir, 'y')], /is not a key halcyon archive uses[\s\S]*single slashes/],
    [['get', '/paths/a.tar.zst', path.join(dir, 'x')], /is not a key halcyon archive uses/],
    // S3's limit (the local server would not even survive it): refused before any request.
    [['put', archive, `paths/${'k'.repeat(1100)}`], /is 1106 bytes long: S3 refuses keys over 1024[\s\S]*at most 1024 bytes/],
    [['get', `é${'k'.repeat(1023)}`, path.join(dir, 'x')], /is 1025 bytes long/],
  ];
  for (const [args, message] of cases) {
    const result = await halcyon(args);
    assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message, args.join(' '));
    assert.doesNotMatch(result.stderr, /Internal error|\n\s+at |Treated as a miss/, args.join(' '));
  }
  assert.equal(await readFile(path.join(mine, 'keep.txt'), 'utf8'), 'the user\'s');
  assert.deepEqual(await readdir(mine), ['keep.txt']);
  assert.ok((await readFile(archive)).length > 0, 'the archive is still a file');
  assert.deepEqual((await readdir(dir)).sort(), ['a.tar.zst', 'dangling', 'fifo', 'mine', 'tree'], 'nothing left beside them');

  // Uploads turned off: not uploaded, and the error says why that may be.
  const off = await run(process.execPath, [path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', 'put', archive, 'paths/off.tar.zst'], { ...halcyonEnv(), HALCYON_NO_UPLOAD: '1' });
  assert.equal(off.code, 1);
  assert.match(off.stderr, /was not uploaded[\s\S]*Nothing is uploaded where HALCYON_NO_UPLOAD is set/);
});

test('a get or a restore stopped by SIGTERM mid-download kills what it started and removes what it was writing: the old file stays, no process is left', async () => {
  const { spawn, execFileSync } = await import('node:child_process');
  const { startPacedProxy } = await import('../helpers/paced-proxy.ts');
  const dir = await tempDir('archive-cli-stop');
  await packedArchive(dir, 6 * 1024 * 1024, 'stop/a.tar.zst');
  // 1 MB/s a connection: the 6 MB take seconds, and the get is cut into parts (several curls).
  const paced = await startPacedProxy(server.endpoint, 1e6);
  try {
    for (const [verb, target] of [['get', 'got.tar.zst'], ['restore', 'layer']] as const) {
      const work = path.join(dir, verb);
      await mkdir(work);
      if (verb === 'get') await writeFile(path.join(work, target), 'the old archive');
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', verb, 'stop/a.tar.zst', path.join(work, target)], { env: halcyonEnv(paced.endpoint), stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      // Under way: a temp file beside the target with bytes in it, and curl running.
      const running = (): string => {
        try {
          return execFileSync('pgrep', ['-af', work], { encoding: 'utf8' });
        } catch {
          return '';
        }
      };
      for (let i = 0; i < 200 && !/curl/.test(running()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.ok((await readdir(work)).some((name) => name.startsWith(`.${target}.tmp-`)), `${verb}: a temp file beside the target`);
      child.kill('SIGTERM');
      assert.equal(await exited, 143, `${verb}: ${stderr}`);
      assert.match(stderr, /Stopped \(SIGTERM\); what was being written was removed/);
      assert.doesNotMatch(stderr, /Internal error|\n\s+at /);
      assert.deepEqual(await readdir(work), verb === 'get' ? [target] : [], `${verb}: nothing beside the target`);
      if (verb === 'get') assert.equal(await readFile(path.join(work, target), 'utf8'), 'the old archive');
      // Killed outright, they are gone at once; allow the kernel a moment to reap them.
      for (let i = 0; i < 40 && running() !== ''; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(running(), '', `${verb}: no curl, tail, zstd or tar left`);
    }
  } finally {
    await paced.stop();
  }
});

test('refused credentials on get or restore name the variable to fix, once, as put does (not a request that "could not be made")', async () => {
  const dir = await tempDir('archive-cli-secret');
  for (const args of [
    ['get', 'any.tar.zst', path.join(dir, 'got.tar.zst')],
    ['restore', 'any.tar.zst', path.join(dir, 'layer')],
  ]) {
    // The local server knows its key ids (it does not check a presigned URL's signature): an unknown one is refused.
    const env = { ...halcyonEnv(), HALCYON_AWS_ACCESS_KEY_ID: 'AKIDNOBODYATALL' };
    const result = await run(process.execPath, [path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', ...args], env);
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, /refused the credentials \(InvalidAccessKeyId\)/, args.join(' '));
    assert.match(result.stderr, /Check HALCYON_AWS_ACCESS_KEY_ID: heroku config:set/, args.join(' '));
    assert.doesNotMatch(result.stderr, /could not be made|HalcyonError|Internal error|\n\s+at /, args.join(' '));
    assert.doesNotMatch(result.stderr, new RegExp(server.readWrite.secretAccessKey), 'the secret is never printed');
  }
  assert.deepEqual(await readdir(dir), []);
});

test('a bucket that does not exist is named as such on get and restore (curl\'s 404 does not tell it from a missing key), with the variable to fix', async () => {
  const dir = await tempDir('archive-cli-bucket');
  for (const args of [
    ['get', 'any.tar.zst', path.join(dir, 'got.tar.zst')],
    ['restore', 'any.tar.zst', path.join(dir, 'layer')],
  ]) {
    const result = await run(process.execPath, [path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'archive', ...args], { ...halcyonEnv(), HALCYON_S3_BUCKET: 'no-such-bucket' });
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, /The private bucket no-such-bucket does not exist[\s\S]*Check HALCYON_S3_BUCKET[\s\S]*storage\/s3\/no-such-bucket/, args.join(' '));
    assert.doesNotMatch(result.stderr, /could not be downloaded|is not in the private bucket|Internal error|\n\s+at /, args.join(' '));
  }
  assert.deepEqual(await readdir(dir), []);
});

test('a damaged archive is refused by extract and restore with the fix for a file of the user\'s (not the build cache\'s), and no directory is made', async () => {
  const dir = await tempDir('archive-cli-damaged');
  const archive = await packedArchive(dir, 2 * 1024 * 1024);
  // Four bytes flipped in the middle: put as it is, its sha256 is of the damaged bytes.
  const bytes = await readFile(archive);
  const at = Math.floor(bytes.length / 2);
  bytes.writeUInt32LE((bytes.readUInt32LE(at) ^ 0xffffffff) >>> 0, at);
  await writeFile(archive, bytes);
  assert.equal((await halcyon(['put', archive, 'damaged/a.tar.zst'])).code, 0);
  for (const args of [
    ['extract', archive, path.join(dir, 'out')],
    ['restore', 'damaged/a.tar.zst', path.join(dir, 'layer')],
  ]) {
    const result = await halcyon(args);
    assert.equal(result.code, 1, `${args[0]}: ${result.stderr}`);
    assert.match(result.stderr, /archive\/corrupt/, args[0]);
    assert.match(result.stderr, /The archive is damaged, or was not made by `halcyon archive pack`/, args[0]);
    assert.doesNotMatch(result.stderr, /builds:cache:purge|Internal error|\n\s+at /, args[0]);
  }
  assert.deepEqual((await readdir(dir)).sort(), ['a.tar.zst', 'tree']);
});
