import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, lstat, mkdir, readFile, readlink, rm, symlink, utimes } from 'node:fs/promises';
import { readdirUtf8 } from '../util/fs.ts';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { globToRegex } from './data-files.ts';

// The app's source tree as the layers see it: what is hashed for the install key, and what
// is copied into the fixed build directory. Build products and VCS data are never part of it.

/** Never source, wherever they are. */
const IGNORED_ANYWHERE = new Set(['.git', '.hg', '.svn', 'dist-newstyle', '.stack-work', '.halcyon-tag']);
/**
 * Build products, what compile adds to the slug, and the layers themselves (on Heroku CI the
 * app is built in /app, which is also the base): at the top only (a `static/dist/` is source).
 */
const IGNORED_AT_TOP = new Set(['dist', '.buildpack', '.profile.d', '.halcyon-layers']);

function ignored(name: string, atTop: boolean): boolean {
  return IGNORED_ANYWHERE.has(name) || (atTop && IGNORED_AT_TOP.has(name)) || name.startsWith('.ghc.environment.');
}

export interface SourceEntry {
  readonly relPath: string;
  readonly type: 'file' | 'symlink';
  readonly executable: boolean;
}

/**
 * HALCYON_EXTRA_SOURCE_HASH_IGNORE patterns: without a slash, a name at any depth; with one, a
 * path from the top. A match that is a directory takes its whole subtree with it.
 */
export function sourceIgnore(patterns: readonly string[]): (relPath: string) => boolean {
  const byName = patterns.filter((p) => !p.replace(/^\.\//, '').includes('/')).map(globToRegex);
  const byPath = patterns.filter((p) => p.replace(/^\.\//, '').includes('/')).map((p) => globToRegex(p.replace(/\/+$/, '')));
  return (relPath) => byName.some((r) => r.test(path.posix.basename(relPath))) || byPath.some((r) => r.test(relPath));
}

export async function listSource(appDir: string, skip: (relPath: string) => boolean = () => false): Promise<SourceEntry[]> {
  const entries: SourceEntry[] = [];
  const walk = async (rel: string): Promise<void> => {
    const names = (await readdirUtf8(path.join(appDir, rel))).sort();
    for (const name of names) {
      if (ignored(name, rel === '')) continue;
      const childRel = rel ? `${rel}/${name}` : name;
      if (skip(childRel)) continue;
      const info = await lstat(path.join(appDir, childRel));
      if (info.isDirectory()) await walk(childRel);
      else if (info.isSymbolicLink()) entries.push({ relPath: childRel, type: 'symlink', executable: false });
      else if (info.isFile()) entries.push({ relPath: childRel, type: 'file', executable: (info.mode & 0o111) !== 0 });
    }
  };
  await walk('');
  return entries;
}

async function fileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** A digest of paths, contents, executable bits and link targets; mtimes do not matter. */
export async function hashSource(appDir: string, extraIgnore: readonly string[] = []): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of await listSource(appDir, sourceIgnore(extraIgnore))) {
    const full = path.join(appDir, entry.relPath);
    const content = entry.type === 'symlink' ? `link:${await readlink(full)}` : await fileDigest(full);
    hash.update(`${entry.relPath}\0${entry.type}\0${entry.executable ? 'x' : '-'}\0${content}\n`);
  }
  return hash.digest('hex');
}

/**
 * Makes `buildDir` hold exactly the source, rewriting only files whose content changed, so
 * unchanged files keep the mtimes of the previous build and GHC does not recompile them.
 * Build products inside buildDir (dist-newstyle) are left alone, and so are the paths `skip`
 * takes (files the caller makes from the source). Returns the changed paths.
 */
export async function syncSource(appDir: string, buildDir: string, skip: (relPath: string) => boolean = () => false): Promise<string[]> {
  await mkdir(buildDir, { recursive: true });
  const wanted = await listSource(appDir, skip);
  const wantedPaths = new Set(wanted.map((e) => e.relPath));
  const changed: string[] = [];
  for (const stale of await listSource(buildDir, skip)) {
    if (!wantedPaths.has(stale.relPath)) {
      await rm(path.join(buildDir, stale.relPath), { force: true });
      changed.push(`- ${stale.relPath}`);
    }
  }
  for (const entry of wanted) {
    const from = path.join(appDir, entry.relPath);
    const to = path.join(buildDir, entry.relPath);
    if (await sameEntry(from, to, entry)) continue;
    await mkdir(path.dirname(to), { recursive: true });
    await rm(to, { force: true, recursive: true });
    if (entry.type === 'symlink') await symlink(await readlink(from), to);
    else {
      await copyFile(from, to);
      const now = new Date();
      await utimes(to, now, now);
    }
    changed.push(`* ${entry.relPath}`);
  }
  return changed;
}

async function sameEntry(from: string, to: string, entry: SourceEntry): Promise<boolean> {
  try {
    const info = await lstat(to);
    if (entry.type === 'symlink') return info.isSymbolicLink() && (await readlink(to)) === (await readlink(from));
    if (!info.isFile() || ((info.mode & 0o111) !== 0) !== entry.executable) return false;
    const [a, b] = await Promise.all([readFile(from), readFile(to)]);
    return a.equals(b);
  } catch {
    return false;
  }
}
