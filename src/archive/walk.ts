import { lstat, readdir, readlink } from 'node:fs/promises';
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
 * sorted, a directory before its contents. Names only (directory reads and a readlink per
 * symlink): GNU tar reads the files. Sockets, fifos and devices are left out (not meaningful
 * in a layer); a symlink that could never be restored safely, or a name that is not valid
 * UTF-8, fails the pack with the path named.
 */
export async function listTree(root: string, exclude: ((relPath: string) => boolean) | undefined, skip: ReadonlySet<string>): Promise<Listed[]> {
  const listed: Listed[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const dir = pending.pop() ?? '';
    const abs = path.join(root, dir);
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true, encoding: 'buffer' });
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
    const subdirs: string[] = [];
    for (const { entry, name } of named) {
      const rel = dir === '' ? name : `${dir}/${name}`;
      const full = path.join(root, rel);
      if (skip.has(full) || exclude?.(rel) === true) continue;
      const kind = entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : await kindOf(full);
      if (kind === undefined) continue;
      if (kind === 'symlink') await checkSymlink(full, rel);
      listed.push({ rel, kind });
      if (kind === 'directory') subdirs.push(rel);
    }
    for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i] ?? '');
  }
  return listed;
}

/** Some filesystems report DT_UNKNOWN: ask stat. */
async function kindOf(full: string): Promise<Listed['kind'] | undefined> {
  const info = await lstat(full).catch(() => undefined);
  return info?.isDirectory() ? 'directory' : info?.isFile() ? 'file' : undefined;
}

async function checkSymlink(full: string, rel: string): Promise<void> {
  let target: string;
  try {
    target = await readlink(full);
  } catch (error) {
    throw ioError('read the symlink', full, error);
  }
  const problem = symlinkTargetProblem(rel, target);
  if (problem !== undefined) throw new ArchiveError(`cannot archive the symlink ${full}: it ${problem}`, { reason: 'unsupported-source' });
}
