import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, link, mkdir, readFile, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { extractArchive, packDirectory, restoreDirectory } from '../../src/archive/index.ts';
import { fileSha256, sandbox, snapshot } from './helpers.ts';

const OLD_MTIME = new Date('2001-02-03T04:05:06Z');

async function buildTree(root: string): Promise<void> {
  await mkdir(path.join(root, 'lib/ghc/package.conf.d'), { recursive: true });
  await mkdir(path.join(root, 'empty/nested-empty'), { recursive: true });
  await mkdir(path.join(root, 'bin'));
  await writeFile(path.join(root, 'bin/ghc-9.4.7'), '#!/bin/sh\necho ghc\n');
  await chmod(path.join(root, 'bin/ghc-9.4.7'), 0o755);
  await symlink('ghc-9.4.7', path.join(root, 'bin/ghc'));
  await symlink('../lib/ghc/settings', path.join(root, 'bin/settings-link'));
  await writeFile(path.join(root, 'lib/ghc/settings'), 'settings\n');
  await writeFile(path.join(root, 'lib/ghc/package.conf.d/base.conf'), 'name: base\n');
  await writeFile(path.join(root, 'lib/ghc/old.hi'), 'interface');
  await utimes(path.join(root, 'lib/ghc/old.hi'), OLD_MTIME, OLD_MTIME);
  await writeFile(path.join(root, 'lib/ghc/readonly.txt'), 'read only');
  await chmod(path.join(root, 'lib/ghc/readonly.txt'), 0o444);
  await writeFile(path.join(root, 'lib/ghc/libHSbase.a'), 'archive');
  await link(path.join(root, 'lib/ghc/libHSbase.a'), path.join(root, 'lib/libHSbase-hardlink.a'));
  await writeFile(path.join(root, 'big.bin'), randomBytes(20 * 1024 * 1024));
  await writeFile(path.join(root, 'name with spaces & ünïcödé.txt'), 'unicode');
  const longDir = path.join(root, 'x'.repeat(90), 'y'.repeat(90));
  await mkdir(longDir, { recursive: true });
  await writeFile(path.join(longDir, 'z'.repeat(120)), 'long path');
  // Directory mtimes are checked too, so set them last.
  await utimes(path.join(root, 'lib/ghc'), OLD_MTIME, OLD_MTIME);
}

test('pack then extract reproduces the tree exactly', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  const archive = path.join(dir, 'out/layer.tar.zst');

  const packed = await packDirectory(src, archive);
  const onDisk = await stat(archive);
  assert.equal(packed.sizeBytes, onDisk.size);
  assert.equal(packed.sha256, await fileSha256(archive));
  assert.equal(packed.unpackedBytes > 20 * 1024 * 1024, true);
  assert.deepEqual(
    (await readdir(path.dirname(archive))).filter((name) => name !== 'layer.tar.zst'),
    [],
    'no temp file is left next to the archive',
  );

  const dest = path.join(dir, 'dest');
  const extracted = await extractArchive(createReadStream(archive, { highWaterMark: 256 * 1024 }), dest);
  assert.equal(extracted.sha256, packed.sha256);
  assert.equal(extracted.sizeBytes, packed.sizeBytes);
  assert.equal(extracted.entryCount, packed.entryCount);
  assert.equal(extracted.unpackedBytes, packed.unpackedBytes);

  const before = await snapshot(src);
  const after = await snapshot(dest);
  assert.deepEqual([...after.keys()], [...before.keys()]);
  for (const [rel, original] of before) {
    const restored = after.get(rel);
    assert.ok(restored, rel);
    assert.equal(restored.type, original.type, `${rel} type`);
    assert.equal(restored.mode, original.mode, `${rel} mode`);
    assert.equal(restored.size, original.size, `${rel} size`);
    assert.equal(restored.sha256, original.sha256, `${rel} content`);
    assert.equal(restored.target, original.target, `${rel} symlink target`);
    assert.equal(restored.mtimeUs, original.mtimeUs, `${rel} mtime`);
  }

  assert.equal((await stat(path.join(dest, 'lib/ghc/old.hi'))).mtime.getTime(), OLD_MTIME.getTime());
  assert.equal((await stat(path.join(dest, 'lib/ghc'))).mtime.getTime(), OLD_MTIME.getTime());
  assert.equal((await stat(path.join(dest, 'bin/ghc-9.4.7'))).mode & 0o777, 0o755);
  assert.equal((await stat(path.join(dest, 'lib/ghc/readonly.txt'))).mode & 0o777, 0o444);
  assert.equal(await readFile(path.join(dest, 'bin/ghc'), 'utf8'), '#!/bin/sh\necho ghc\n', 'symlink resolves');
  assert.equal(after.get('lib/libHSbase-hardlink.a')?.ino, after.get('lib/ghc/libHSbase.a')?.ino, 'hardlink kept');
  assert.equal(after.get('empty/nested-empty')?.type, 'dir');
});

test('many small files, hardlinked in between, survive the concurrent writers', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  for (let d = 0; d < 20; d++) {
    await mkdir(path.join(src, `pkg-${d}`), { recursive: true });
    for (let f = 0; f < 100; f++) {
      const file = path.join(src, `pkg-${d}`, `M${f}.hi`);
      await writeFile(file, randomBytes(1 + ((d * 100 + f) % 40) * 500));
      if (f % 25 === 0) await link(file, path.join(src, `pkg-${d}`, `M${f}-link.hi`));
    }
  }
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await packDirectory(src, archive);
  assert.equal(packed.entryCount, 20 + 20 * 100 + 20 * 4);
  const dest = path.join(dir, 'dest');
  await extractArchive(createReadStream(archive), dest);
  const before = await snapshot(src);
  const after = await snapshot(dest);
  assert.deepEqual(
    [...after].map(([rel, info]) => [rel, info.sha256, info.mode, info.mtimeUs]),
    [...before].map(([rel, info]) => [rel, info.sha256, info.mode, info.mtimeUs]),
  );
  assert.equal(after.get('pkg-3/M25-link.hi')?.ino, after.get('pkg-3/M25.hi')?.ino);
});

test('a tree of many tiny files, whose listing outweighs the files, round-trips from a file and from a stream', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(src);
  for (let i = 0; i < 300; i++) await writeFile(path.join(src, `f${i}`), `${i}`);
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await packDirectory(src, archive);
  assert.equal(packed.unpackedBytes, 10 + 90 * 2 + 200 * 3);
  for (const [name, input] of [['from-file', { filePath: archive }], ['from-stream', createReadStream(archive)]] as const) {
    const dest = path.join(dir, name);
    await extractArchive(input, dest);
    assert.equal((await readdir(dest)).length, 300);
    assert.equal(await readFile(path.join(dest, 'f299'), 'utf8'), '299');
  }
});

test('packing is deterministic and honours exclude', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(path.join(src, 'keep/skip-me'), { recursive: true });
  await writeFile(path.join(src, 'keep/a.txt'), 'a');
  await writeFile(path.join(src, 'keep/skip-me/b.txt'), 'b');
  await writeFile(path.join(src, 'c.log'), 'c');

  const exclude = (rel: string): boolean => rel === 'keep/skip-me' || rel.endsWith('.log');
  const first = await packDirectory(src, path.join(dir, 'one.tar.zst'), { exclude });
  const second = await packDirectory(src, path.join(dir, 'two.tar.zst'), { exclude });
  assert.equal(first.sha256, second.sha256);

  const dest = path.join(dir, 'dest');
  await extractArchive(createReadStream(path.join(dir, 'one.tar.zst')), dest);
  assert.deepEqual([...(await snapshot(dest)).keys()], ['keep', 'keep/a.txt']);
});

test('tar walking the tree and the walk in Node store the same entries, and the same tree always packs to the same bytes', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  // Any exclude takes the walk in Node; none lets tar walk the tree itself.
  const byTar = await packDirectory(src, path.join(dir, 'tar-walk.tar.zst'));
  const byNode = await packDirectory(src, path.join(dir, 'node-walk.tar.zst'), { exclude: () => false });
  assert.equal((await packDirectory(src, path.join(dir, 'again.tar.zst'))).sha256, byTar.sha256);
  assert.deepEqual([byTar.entryCount, byTar.unpackedBytes], [byNode.entryCount, byNode.unpackedBytes]);
  // In another order (tar's is depth-first; the walk's lists a directory before going into it), so which of two hardlinked names holds the bytes may differ.
  const names = (archive: string): string[] => spawnSync('sh', ['-c', 'zstd -dcq "$1" | tar -tf -', 'sh', archive], { encoding: 'utf8' }).stdout.split('\n').sort();
  assert.deepEqual(names(path.join(dir, 'tar-walk.tar.zst')), names(path.join(dir, 'node-walk.tar.zst')));
  const [fromTar, fromNode] = [path.join(dir, 'from-tar'), path.join(dir, 'from-node')];
  await extractArchive({ filePath: path.join(dir, 'tar-walk.tar.zst') }, fromTar);
  await extractArchive({ filePath: path.join(dir, 'node-walk.tar.zst') }, fromNode);
  const contents = async (root: string): Promise<unknown[]> => [...(await snapshot(root))].map(([rel, { ino: _ino, ...info }]) => [rel, info]);
  assert.deepEqual(await contents(fromTar), await contents(fromNode));
  assert.deepEqual(await contents(fromTar), await contents(src));
});

test('symlinks with second names (cp -al makes them) are restored as the same symlink', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(path.join(src, 'lib'), { recursive: true });
  await mkdir(path.join(src, 'bin'));
  await writeFile(path.join(src, 'lib/x'), 'x');
  // One GNU tar makes at once, one it delays (a target with '..').
  await symlink('x', path.join(src, 'lib/near'));
  await symlink('../lib/x', path.join(src, 'bin/far'));
  for (const [from, to] of [['lib/near', 'lib/near-again'], ['bin/far', 'bin/far-again']]) {
    assert.equal(spawnSync('ln', ['-P', path.join(src, from ?? ''), path.join(src, to ?? '')]).status, 0);
  }
  await packDirectory(src, path.join(dir, 'out.tar.zst'));
  const dest = path.join(dir, 'dest');
  await extractArchive({ filePath: path.join(dir, 'out.tar.zst') }, dest);
  const restored = await snapshot(dest);
  for (const [name, target] of [['lib/near-again', 'x'], ['bin/far-again', '../lib/x']]) {
    assert.equal(restored.get(name ?? '')?.type, 'symlink', name);
    assert.equal(restored.get(name ?? '')?.target, target, name);
  }
  assert.equal(restored.get('bin/far-again')?.ino, restored.get('bin/far')?.ino, 'one symlink, two names');
  assert.equal(await readFile(path.join(dest, 'bin/far-again'), 'utf8'), 'x');
});

test('fifos and sockets deep in a tree are left out, and the rest is archived', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(path.join(src, 'run/deeper'), { recursive: true });
  await writeFile(path.join(src, 'run/deeper/kept.txt'), 'kept');
  assert.equal(spawnSync('mkfifo', [path.join(src, 'run/deeper/pipe')]).status, 0);
  const server = net.createServer().listen(path.join(src, 'run/socket'));
  await once(server, 'listening');
  t.after(() => server.close());
  const packed = await packDirectory(src, path.join(dir, 'out.tar.zst'));
  const dest = path.join(dir, 'dest');
  const extracted = await extractArchive({ filePath: path.join(dir, 'out.tar.zst') }, dest);
  assert.deepEqual([...(await snapshot(dest)).keys()], ['run', 'run/deeper', 'run/deeper/kept.txt']);
  assert.equal(packed.entryCount, 3);
  assert.equal(extracted.entryCount, 3);
});

test('an archive written inside the directory being packed does not include itself', async (t) => {
  const dir = await sandbox(t);
  await writeFile(path.join(dir, 'file.txt'), 'data');
  const archive = path.join(dir, 'self.tar.zst');
  await packDirectory(dir, archive);
  const second = await packDirectory(dir, archive);
  const dest = path.join(dir, 'dest');
  await extractArchive(createReadStream(archive), dest);
  assert.deepEqual([...(await snapshot(dest)).keys()], ['file.txt']);
  assert.equal(second.entryCount, 1);
});

test('archives made by GNU tar (with ./ entries) extract, and ours are readable by GNU tar', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(path.join(src, 'sub'), { recursive: true });
  await writeFile(path.join(src, 'sub/file'), 'gnu');
  await symlink('sub/file', path.join(src, 'link'));
  const gnuArchive = path.join(dir, 'gnu.tar.zst');
  const made = spawnSync('sh', ['-c', `tar -C "${src}" -cf - . | zstd -q -o "${gnuArchive}"`]);
  assert.equal(made.status, 0, made.stderr.toString());

  const dest = path.join(dir, 'dest');
  await extractArchive(createReadStream(gnuArchive), dest);
  assert.equal(await readFile(path.join(dest, 'link'), 'utf8'), 'gnu');

  const ours = path.join(dir, 'ours.tar.zst');
  await packDirectory(src, ours);
  const gnuDest = path.join(dir, 'gnu-dest');
  await mkdir(gnuDest);
  const listed = spawnSync('sh', ['-c', `zstd -dcq "${ours}" | tar -C "${gnuDest}" -xf -`]);
  assert.equal(listed.status, 0, listed.stderr.toString());
  assert.equal(await readFile(path.join(gnuDest, 'link'), 'utf8'), 'gnu');
});

test('restoreDirectory replaces an existing directory and checks the sha256', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await mkdir(src);
  await writeFile(path.join(src, 'new.txt'), 'new');
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await packDirectory(src, archive);

  const live = path.join(dir, 'live');
  await mkdir(live);
  await writeFile(path.join(live, 'old.txt'), 'old');
  const restored = await restoreDirectory(createReadStream(archive), live, { expectedSha256: packed.sha256.toUpperCase() });
  assert.equal(restored.sha256, packed.sha256);
  assert.deepEqual(await readdir(live), ['new.txt']);
  assert.deepEqual((await readdir(dir)).sort(), ['layer.tar.zst', 'live', 'src'], 'no temp directories left');

  const fresh = path.join(dir, 'not-yet/there');
  await restoreDirectory(createReadStream(archive), fresh);
  assert.deepEqual(await readdir(fresh), ['new.txt']);
});

/**
 * Processes still waiting on `file` for tail (the extraction ends each once its part is
 * written, and all once it is done), looked for again for up to 2 s: a kill is not instant.
 */
async function waitersOf(file: string, forMs = 2000): Promise<string[]> {
  let found: string[] = [];
  for (let waitedMs = 0; waitedMs <= forMs; waitedMs += 50) {
    found = await processesOn(file);
    if (found.length === 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return found;
}

/** The waiters of `file`, and the tails that follow it. */
async function processesOn(file: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.startsWith(`halcyon-waiter ${file}\0`) || (cmdline.startsWith('tail\0') && cmdline.endsWith(`\0${file}\0`))) found.push(`${pid} ${cmdline.replace(/\0/g, ' ')}`);
  }
  return found;
}

/** Settles once the child process has ended: the file it wrote is as whole as it will be. */
function writtenBy(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code === 0)));
}

/** A writer appending `archive` to `file` in pieces, 50 ms apart, as a download would; up to `limitBytes`. */
function appendInPieces(archive: string, file: string, pieces: number, limitBytes?: number): ChildProcess {
  const script = [
    'size=$(stat -c %s "$1"); limit=${3:-$size}; piece=$(( (size + $2 - 1) / $2 )); at=0',
    'while [ "$at" -lt "$limit" ]; do n=$piece; [ $((at + n)) -gt "$limit" ] && n=$((limit - at))',
    '  tail -c +$((at + 1)) "$1" | head -c "$n" >> "$4"; at=$((at + n)); sleep 0.05; done',
  ].join('\n');
  return spawn('bash', ['-c', script, 'bash', archive, String(pieces), limitBytes === undefined ? '' : String(limitBytes), file], { stdio: 'ignore' });
}

test('a file still being written (a download) is extracted as it grows, and is complete once its writer ends', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await packDirectory(src, archive);
  const growing = path.join(dir, 'growing.tar.zst');
  await writeFile(growing, '');
  const writer = appendInPieces(archive, growing, 8);
  const out = path.join(dir, 'out');
  const stats = await extractArchive({ growingParts: [{ file: growing, written: writtenBy(writer) }] }, out, { hash: true });
  assert.deepEqual(await waitersOf(growing), [], 'no waiter left behind');
  assert.equal(stats.sha256, packed.sha256);
  assert.equal(stats.sizeBytes, packed.sizeBytes);
  const before = await snapshot(src);
  const after = await snapshot(out);
  assert.deepEqual([...after.keys()], [...before.keys()]);
  for (const [rel, original] of before) {
    const { type, mode, size, sha256, target, mtimeUs } = after.get(rel) ?? {};
    assert.deepEqual({ type, mode, size, sha256, target, mtimeUs }, { type: original.type, mode: original.mode, size: original.size, sha256: original.sha256, target: original.target, mtimeUs: original.mtimeUs }, rel);
  }
});

test('a download that ends part-way is a corrupt archive, and nothing is left behind', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await packDirectory(src, archive);
  const growing = path.join(dir, 'growing.tar.zst');
  await writeFile(growing, '');
  const writer = appendInPieces(archive, growing, 8, Math.floor(packed.sizeBytes / 2));
  const out = path.join(dir, 'out');
  await assert.rejects(extractArchive({ growingParts: [{ file: growing, written: writtenBy(writer) }] }, out), (error: Error & { reason?: string }) => {
    assert.equal(error.reason, 'corrupt');
    assert.doesNotMatch(error.message, /Killed|halcyon-waiter/, 'the waiters ended are not among the tools\' messages');
    return true;
  });
  await assert.rejects(stat(out), /ENOENT/);
  assert.deepEqual(await waitersOf(growing), [], 'no waiter left behind');
});

test('tools that stop before a part is written (its file cannot be read) end its waiter too: nothing is left running', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  const archive = path.join(dir, 'layer.tar.zst');
  await packDirectory(src, archive);
  const missing = path.join(dir, 'never-made.part1');
  const out = path.join(dir, 'out');
  // The second part's download never ends; its file was never made, so tail stops at once.
  await assert.rejects(extractArchive({ growingParts: [{ file: archive, written: Promise.resolve(true) }, { file: missing, written: new Promise<boolean>(() => undefined) }] }, out));
  assert.deepEqual(await waitersOf(missing), [], 'no waiter left behind');
  await assert.rejects(stat(out), /ENOENT/);
});

test('a Node process killed outright during an extraction from a download leaves nothing following the file', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  const archive = path.join(dir, 'layer.tar.zst');
  await packDirectory(src, archive);
  // The download's head only, and a download that never ends.
  const growing = path.join(dir, 'growing.tar.zst');
  await writeFile(growing, (await readFile(archive)).subarray(0, 4096));
  const script = `import { extractArchive } from ${JSON.stringify(path.resolve('src/archive/index.ts'))}; await extractArchive({ growingParts: [{ file: ${JSON.stringify(growing)}, written: new Promise(() => {}) }] }, ${JSON.stringify(path.join(dir, 'out'))});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
  t.after(() => child.kill('SIGKILL'));
  for (let waitedMs = 0; (await processesOn(growing)).length < 2; waitedMs += 50) {
    assert.ok(waitedMs < 20_000, 'the extraction follows the file');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  assert.deepEqual(await waitersOf(growing, 5000), [], 'no waiter and no tail left');
});

test('parts written at once, out of order, are read and hashed in order: the tree exactly', async (t) => {
  const dir = await sandbox(t);
  const src = path.join(dir, 'src');
  await buildTree(src);
  const archive = path.join(dir, 'layer.tar.zst');
  const packed = await packDirectory(src, archive);
  const partBytes = Math.ceil(packed.sizeBytes / 3);
  const parts = [0, 1, 2].map((index) => path.join(dir, `growing.part${index}`));
  const pieces: string[] = [];
  for (const [index, part] of parts.entries()) {
    const piece = path.join(dir, `piece${index}`);
    spawnSync('bash', ['-c', 'tail -c +$(($2 + 1)) "$1" | head -c "$3" > "$4"', 'bash', archive, String(index * partBytes), String(partBytes), piece]);
    pieces.push(piece);
    await writeFile(part, '');
  }
  // The last part first, then the first, then the middle one.
  const writers = [2, 0, 1].map((index, order) =>
    spawn('bash', ['-c', `sleep ${0.1 * order}; cat "$1" >> "$2"`, 'bash', pieces[index] ?? '', parts[index] ?? ''], { stdio: 'ignore' }),
  );
  const byPart = [1, 2, 0].map((order) => writers[order]);
  const written = byPart.map((writer) => (writer ? writtenBy(writer) : Promise.resolve(false)));
  const out = path.join(dir, 'out');
  const stats = await extractArchive({ growingParts: parts.map((file, index) => ({ file, written: written[index] ?? Promise.resolve(false) })) }, out, { hash: true });
  for (const part of parts) assert.deepEqual(await waitersOf(part), [], `no waiter left behind for ${part}`);
  assert.equal(stats.sha256, packed.sha256, 'the parts hashed in order');
  assert.equal(stats.sizeBytes, packed.sizeBytes);
  const restored = await snapshot(out);
  for (const [rel, original] of await snapshot(src)) assert.equal(restored.get(rel)?.sha256, original.sha256, rel);
});
