// Archives built by hand to attack the extractor. Each must be rejected with ArchiveError,
// leave no target directory, and create nothing outside it. The "outside" is a sandbox, so
// the would-be victims are checked there.

import assert from 'node:assert/strict';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { ArchiveError, extractArchive, restoreDirectory } from '../../src/archive/index.ts';
import { handMadeArchive, sandbox, type HeaderArgument } from './helpers.ts';

interface Case {
  title: string;
  /** Builds the entries; `outside` is a directory next to the target that must stay untouched. */
  entries: (outside: string) => { header: HeaderArgument; content?: string }[];
  message: RegExp;
}

const file = (name: string, content = 'evil'): { header: HeaderArgument; content: string } => ({
  header: { name, type: 'file', mode: 0o644 },
  content,
});
const dir = (name: string): { header: HeaderArgument } => ({ header: { name, type: 'directory', mode: 0o755 } });
const symlink = (name: string, linkname: string): { header: HeaderArgument } => ({
  header: { name, type: 'symlink', linkname },
});
const hardlink = (name: string, linkname: string): { header: HeaderArgument } => ({
  header: { name, type: 'link', linkname },
});

const cases: Case[] = [
  {
    title: 'absolute path entry',
    entries: (outside) => [file('ok.txt', 'fine'), file(path.join(outside, 'absolute-evil'))],
    message: /has an absolute path/,
  },
  {
    title: '../ escape entry',
    entries: () => [file('ok.txt', 'fine'), file('../outside/dotdot-evil')],
    message: /escapes the target directory/,
  },
  {
    title: 'escape hidden in the middle of a path',
    entries: () => [dir('a'), file('a/../../outside/middle-evil')],
    message: /escapes the target directory/,
  },
  {
    title: 'symlink to /etc',
    entries: () => [symlink('etc', '/etc')],
    message: /symlink etc points to the absolute path \/etc/,
  },
  {
    title: 'symlink climbing out with ../..',
    entries: () => [dir('sub'), symlink('sub/up', '../../outside')],
    message: /symlink sub\/up points outside the directory/,
  },
  {
    title: 'absolute symlink, then a file written through it',
    entries: (outside) => [symlink('link', outside), file('link/through-symlink-evil')],
    message: /symlink link points to the absolute path/,
  },
  {
    title: 'inside symlink to a directory, then a file written through it',
    entries: () => [dir('real'), symlink('link', 'real'), file('link/evil')],
    message: /entry link\/evil would be written through the symlink link/,
  },
  {
    title: 'symlink chain that climbs after following another symlink',
    entries: () => [dir('d'), symlink('d/l', '..'), symlink('x', 'd/l/..')],
    message: /'\.\.' after a directory name/,
  },
  {
    title: 'file replaced by a symlink of the same name',
    entries: () => [file('same', 'fine'), symlink('same', 'other')],
    message: /entry same appears twice/,
  },
  {
    title: 'hardlink to an outside path',
    entries: () => [hardlink('passwd', '../outside/victim.txt')],
    message: /hardlink escapes the target directory \(its name began with \.\.\//,
  },
  {
    title: 'hardlink to an absolute path',
    entries: (outside) => [hardlink('victim', path.join(outside, 'victim.txt'))],
    message: /escapes the target directory/,
  },
  {
    title: 'hardlink to a file that is not in the archive',
    entries: () => [hardlink('ghost', 'nowhere.txt')],
    message: /does not point to a file or symlink extracted earlier/,
  },
  {
    title: 'hardlink through a symlink',
    entries: () => [dir('real'), file('real/f', 'x'), symlink('s', 'real'), hardlink('h', 's/f')],
    message: /does not point to a file or symlink extracted earlier/,
  },
  {
    title: 'hardlink to a symlink whose target escapes from where the hardlink stands',
    entries: () => [dir('a'), dir('a/b'), symlink('a/b/s', '../../x'), hardlink('t', 'a/b/s')],
    message: /hardlink t -> a\/b\/s is a symlink that points outside the directory/,
  },
  {
    title: 'a file written through a hardlink to a symlink',
    entries: () => [dir('real'), symlink('s', 'real'), hardlink('s2', 's'), file('s2/f', 'x')],
    message: /would be written through the symlink s2/,
  },
  {
    title: 'character device',
    entries: () => [{ header: { name: 'null', type: 'character-device', devmajor: 1, devminor: 3 } }],
    message: /is a character-device/,
  },
  {
    title: 'fifo',
    entries: () => [{ header: { name: 'pipe', type: 'fifo' } }],
    message: /is a fifo/,
  },
];

for (const { title, entries, message } of cases) {
  test(`hostile archive rejected: ${title}`, async (t) => {
    const root = await sandbox(t);
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'victim.txt'), 'precious');
    const archive = await handMadeArchive(entries(outside));

    const dest = path.join(root, 'dest');
    await assert.rejects(extractArchive(Readable.from([archive]), dest), (error: unknown) => {
      assert.ok(error instanceof ArchiveError, String(error));
      assert.equal(error.reason, 'unsafe-entry');
      assert.match(error.message, message);
      return true;
    });
    assert.deepEqual((await readdir(root)).sort(), ['outside'], 'target removed, nothing created beside it');
    assert.deepEqual(await readdir(outside), ['victim.txt'], 'nothing created outside');
    assert.equal(await readFile(path.join(outside, 'victim.txt'), 'utf8'), 'precious');
    assert.equal((await lstat(path.join(outside, 'victim.txt'))).nlink, 1, 'victim not hardlinked');

    const live = path.join(root, 'live');
    await mkdir(live);
    await writeFile(path.join(live, 'keep.txt'), 'keep');
    await assert.rejects(restoreDirectory(Readable.from([archive]), live), ArchiveError);
    assert.deepEqual(await readdir(live), ['keep.txt']);
    assert.deepEqual((await readdir(root)).sort(), ['live', 'outside']);
  });
}

test('benign oddities are accepted: ./ prefixes, a root entry, implicit parents, links to earlier files', async (t) => {
  const root = await sandbox(t);
  const archive = await handMadeArchive([
    dir('./'),
    file('./deep/implicit/parents.txt', 'implicit'),
    dir('deep'),
    symlink('deep/up', '../top.txt'),
    file('top.txt', 'top'),
    hardlink('again.txt', './top.txt'),
  ]);
  const dest = path.join(root, 'dest');
  const stats = await extractArchive(Readable.from([archive]), dest);
  assert.equal(stats.entryCount, 5);
  assert.equal(await readFile(path.join(dest, 'deep/implicit/parents.txt'), 'utf8'), 'implicit');
  assert.equal(await readFile(path.join(dest, 'deep/up'), 'utf8'), 'top');
  assert.equal((await lstat(path.join(dest, 'again.txt'))).nlink, 2);
});
