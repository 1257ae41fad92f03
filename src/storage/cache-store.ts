import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { tempSibling } from '../util/fs.ts';
import { HalcyonError } from '../errors.ts';
import type { ObjectIntegrity, OpenedObject, Store, StoredObject } from './store.ts';

/** Relative, no empty, `.` or `..` segment: safe to join under a directory. */
export function isSafeKey(key: string): boolean {
  return key.length > 0 && !key.startsWith('/') && key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * The local cache tier: Heroku's compile cache, or HALCYON_CACHE off Heroku. Archives keep
 * their bucket keys as relative paths, so the cache and the buckets share one layout. It
 * remembers which keys a run touched, so the rest can be cleaned afterwards.
 */
export class CacheStore implements Store {
  readonly tier = 'cache' as const;
  readonly title = 'cache';
  private readonly touched = new Set<string>();

  constructor(readonly rootDir: string) {}

  /** Keys come from bucket listings too: one that could leave the cache directory is refused. */
  pathOf(key: string): string {
    if (!isSafeKey(key)) throw new HalcyonError('storage/unsafe-key', `Refusing the archive key "${key}": it would leave the cache directory`, { remedy: 'Remove that object from the bucket.' });
    return path.join(this.rootDir, ...key.split('/'));
  }

  /** Marks a key as used by this run, so cleaning keeps it even though nothing read it. */
  keep(key: string): void {
    this.touched.add(key);
  }

  keptKeys(): ReadonlySet<string> {
    return this.touched;
  }

  async open(key: string): Promise<OpenedObject | undefined> {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) return undefined;
      this.touched.add(key);
      return { body: createReadStream(file, { highWaterMark: 1 << 20 }), sizeBytes: info.size, sha256: undefined, filePath: file };
    } catch {
      return undefined;
    }
  }

  async save(key: string, filePath: string, _integrity: ObjectIntegrity): Promise<boolean> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = tempSibling(target);
    try {
      await copyFile(filePath, temp);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    this.touched.add(key);
    return true;
  }

  /** Saves a stream (a bucket download being restored at the same time) under a temp name; commit() makes it visible. */
  /** A temp file in the cache for a download of `key`, put in place by commit once it is verified. */
  async beginDownload(key: string): Promise<{ path: string; commit: () => Promise<void>; abort: () => Promise<void> }> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = tempSibling(target);
    return {
      path: temp,
      commit: async () => {
        await rename(temp, target);
        this.touched.add(key);
      },
      abort: () => rm(temp, { force: true }),
    };
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const all = await this.listAll();
    return all.filter((o) => o.key.startsWith(prefix));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Every archive (hidden files, such as temp files, are not archives). */
  async listAll(): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    for (const file of await this.files()) {
      if (!path.basename(file.key).startsWith('.')) found.push({ key: file.key, sizeBytes: (await stat(file.path)).size });
    }
    return found.sort((a, b) => a.key.localeCompare(b.key));
  }

  /** Removes temp files left by runs that were killed before their rename. */
  async removeLeftovers(): Promise<void> {
    for (const file of await this.files()) {
      if (/^\..*\.tmp-\d+-[0-9a-f]+$/.test(path.basename(file.key))) await rm(file.path, { force: true });
    }
  }

  private async files(): Promise<{ key: string; path: string }[]> {
    const found: { key: string; path: string }[] = [];
    const walk = async (dir: string, relative: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const key = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), key);
        else if (entry.isFile()) found.push({ key, path: path.join(dir, entry.name) });
      }
    };
    await walk(this.rootDir, '');
    return found;
  }
}
