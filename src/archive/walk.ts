import type { BigIntStats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ArchiveError, ioError } from './errors.ts';
import { NonUtf8NameError, escapeBytes, readdirUtf8 } from '../util/fs.ts';

export interface WalkEntry {
  rel: string;
  abs: string;
  stats: BigIntStats;
}

/** Depth-first, each directory's names sorted; the children of a directory are lstat'ed together. */
export async function* walk(
  root: string,
  exclude: ((relPath: string) => boolean) | undefined,
  skip: Set<string>,
): AsyncGenerator<WalkEntry> {
  const pending: { abs: string; rel: string }[] = [{ abs: root, rel: '' }];
  // An explicit stack instead of recursion: deep trees (cabal store paths) stay cheap.
  while (pending.length > 0) {
    const dir = pending.pop();
    if (dir === undefined) break;
    let names: string[];
    try {
      names = await readdirUtf8(dir.abs);
    } catch (error) {
      if (error instanceof NonUtf8NameError) {
        throw new ArchiveError(`cannot archive ${path.join(error.dir, escapeBytes(error.rawName))}: its name is not valid UTF-8`, { reason: 'unsupported-source', remedy: error.remedy });
      }
      throw ioError('read the directory', dir.abs, error);
    }
    names.sort();
    const children: { abs: string; rel: string }[] = [];
    for (const name of names) {
      const rel = dir.rel === '' ? name : `${dir.rel}/${name}`;
      const abs = path.join(dir.abs, name);
      if (skip.has(abs) || exclude?.(rel) === true) continue;
      children.push({ abs, rel });
    }
    const stats = await Promise.all(
      children.map(async ({ abs }) => {
        try {
          return await lstat(abs, { bigint: true });
        } catch (error) {
          throw ioError('read', abs, error);
        }
      }),
    );
    const subdirs: { abs: string; rel: string }[] = [];
    for (const [i, child] of children.entries()) {
      const childStats = stats[i];
      if (childStats === undefined) continue;
      yield { ...child, stats: childStats };
      if (childStats.isDirectory()) subdirs.push(child);
    }
    // Popped in reverse, so the sorted order comes out first; a directory's subtree follows the
    // directory's own entries rather than interleaving with them, which is still deterministic.
    for (let i = subdirs.length - 1; i >= 0; i--) {
      const subdir = subdirs[i];
      if (subdir !== undefined) pending.push(subdir);
    }
  }
}
