import { chmod, copyFile, lstat, mkdir, readdir, readlink, rename, rm, stat, symlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import { tempSibling } from './fs.ts';

/**
 * Copies one file into place for the slug or an install archive. A symlink stays a symlink
 * when it is relative and resolves inside `root` (it will resolve the same way where the
 * tree lands); any other symlink would dangle there, so its target's content is copied.
 * Written under a temp name and renamed over what is there: a running executable is replaced,
 * not overwritten in place.
 */
export async function copyEntry(from: string, to: string, root: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  const info = await lstat(from);
  if (info.isSymbolicLink()) {
    const target = await readlink(from);
    if (!path.isAbsolute(target) && isInside(path.resolve(path.dirname(from), target), root)) {
      await replaceWith(to, (temp) => symlink(target, temp));
      return;
    }
    const resolved = await stat(from).catch(() => undefined);
    if (!resolved?.isFile()) {
      throw new HalcyonError('app/data-file-symlink', `${from} is a symlink to ${target}, which is not a file${resolved ? '' : ' (it dangles)'}`, {
        remedy: 'Point it at a file inside the package (a relative link), or replace it by the file itself.',
      });
    }
  }
  const source = await stat(from);
  await replaceWith(to, async (temp) => {
    await copyFile(from, temp);
    await chmod(temp, source.mode & 0o777);
    await utimes(temp, source.atime, source.mtime);
  });
}

async function replaceWith(to: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempSibling(to);
  try {
    await write(temp);
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Copies a directory tree with copyEntry's rule for symlinks; `skip` gets paths relative to `from`. */
export async function copyTree(from: string, to: string, skip: (relPath: string) => boolean = () => false, root = from): Promise<number> {
  let copied = 0;
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(from, rel), { withFileTypes: true })) {
      const childRel = rel ? path.join(rel, entry.name) : entry.name;
      if (skip(childRel)) continue;
      if (entry.isDirectory()) await walk(childRel);
      else {
        await copyEntry(path.join(from, childRel), path.join(to, childRel), root);
        copied += 1;
      }
    }
  };
  await walk('');
  return copied;
}

/** `candidate` is `root` or below it (a name such as `..x` below it is below it). */
export function isInside(candidate: string, root: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
