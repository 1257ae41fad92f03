import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { escapeBytes } from '../util/fs.ts';
import { ArchiveError, ioError } from './errors.ts';
import { symlinkTargetProblem } from './safety.ts';

export interface Listed {
  /** Relative to the root, '/'-separated. */
  readonly rel: string;
  readonly kind: 'directory' | 'file' | 'symlink';
}

/**
 * What a layer archive holds, in the order it is written: depth-first, each directory's names
 * sorted, a directory before its contents; one batch a directory, as it is read, so tar can
 * start on the first names while the rest of the tree is walked. Names only (directory reads
 * and a readlink per symlink): GNU tar reads the files. Sockets, fifos and devices are left
 * out (not meaningful in a layer); a symlink that could never be restored safely, or a name
 * that is not valid UTF-8, fails the walk with the path named.
 */
export async function* walkTree(root: string, exclude: ((relPath: string) => boolean) | undefined, skip: ReadonlySet<string>): AsyncGenerator<Listed[]> {
  const pending: string[] = [''];
  while (pending.length > 0) {
    const dir = pending.pop() ?? '';
    const batch = readDirectory(root, dir, exclude, skip);
    const subdirs = batch.filter((entry) => entry.kind === 'directory');
    for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]?.rel ?? '');
    if (batch.length > 0) yield batch;
  }
}

/**
 * One directory, read synchronously: a cabal store has about a thousand, and a round trip
 * through the thread pool for each cost three times the reads themselves.
 */
function readDirectory(root: string, dir: string, exclude: ((relPath: string) => boolean) | undefined, skip: ReadonlySet<string>): Listed[] {
  const abs = path.join(root, dir);
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    throw ioError('read the directory', abs, error);
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
  for (const { entry, name } of named) {
    if (!Buffer.from(name, 'utf8').equals(entry.name)) {
      throw new ArchiveError(`cannot archive ${path.join(abs, escapeBytes(entry.name))}: its name is not valid UTF-8`, {
        reason: 'unsupported-source',
        remedy: 'Rename it with a UTF-8 name (git mv, or mv on the machine that made it).',
      });
    }
  }
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const batch: Listed[] = [];
  for (const { entry, name } of named) {
    const rel = dir === '' ? name : `${dir}/${name}`;
    const full = path.join(root, rel);
    if (skip.has(full) || exclude?.(rel) === true) continue;
    const kind = entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : kindOf(full);
    if (kind === undefined) continue;
    if (kind === 'symlink') checkSymlink(full, rel);
    batch.push({ rel, kind });
  }
  return batch;
}

/** Some filesystems report DT_UNKNOWN: ask stat. */
function kindOf(full: string): Listed['kind'] | undefined {
  let info;
  try {
    info = lstatSync(full);
  } catch {
    return undefined;
  }
  return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : undefined;
}

function checkSymlink(full: string, rel: string): void {
  let target: string;
  try {
    target = readlinkSync(full);
  } catch (error) {
    throw ioError('read the symlink', full, error);
  }
  const problem = symlinkTargetProblem(rel, target);
  if (problem !== undefined) throw new ArchiveError(`cannot archive the symlink ${full}: it ${problem}`, { reason: 'unsupported-source' });
}
