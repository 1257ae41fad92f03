import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, readdir, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pack as tarPack, type Pack } from 'tar-stream';

export type HeaderArgument = Parameters<Pack['entry']>[0];

/** A scratch directory removed after the test. */
export async function sandbox(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'halcyon-archive-'));
  t.after(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

export function zstdCompress(data: Buffer): Buffer {
  const result = spawnSync('zstd', ['-q', '-c'], { input: data, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`zstd failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** A hand-made archive: each entry is a header and optional content, exactly as given. */
export async function handMadeArchive(entries: { header: HeaderArgument; content?: string }[]): Promise<Buffer> {
  const tar = tarPack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of tar as AsyncIterable<Buffer>) chunks.push(chunk);
  })();
  for (const { header, content } of entries) {
    await new Promise<void>((resolve, reject) => {
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve());
      if (content === undefined) tar.entry(header, callback).end(undefined);
      else tar.entry(header, content, callback);
    });
  }
  tar.finalize();
  await collected;
  return zstdCompress(Buffer.concat(chunks));
}

export interface NodeInfo {
  type: 'file' | 'dir' | 'symlink' | 'other';
  mode: number;
  mtimeUs: bigint;
  size: number;
  sha256?: string;
  target?: string;
  ino: bigint;
}

/** Everything that must survive a round trip, per relative path. mtimes are compared in microseconds (Node's utimes precision). */
export async function snapshot(root: string): Promise<Map<string, NodeInfo>> {
  const result = new Map<string, NodeInfo>();
  const visit = async (dir: string, rel: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const abs = path.join(dir, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const stats = await lstat(abs, { bigint: true });
      const info: NodeInfo = {
        type: stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : stats.isSymbolicLink() ? 'symlink' : 'other',
        mode: Number(stats.mode & 0o7777n),
        mtimeUs: stats.mtimeNs / 1000n,
        size: stats.isFile() ? Number(stats.size) : 0,
        ino: stats.ino,
      };
      if (stats.isFile()) info.sha256 = createHash('sha256').update(await readFile(abs)).digest('hex');
      if (stats.isSymbolicLink()) {
        info.target = await readlink(abs);
        info.mode = 0;
      }
      result.set(childRel, info);
      if (stats.isDirectory()) await visit(abs, childRel);
    }
  };
  await visit(root, '');
  return result;
}

export async function fileSha256(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** zstd processes that are children of this test process (there should be none between operations). */
export function childZstdCount(): number {
  const result = spawnSync('pgrep', ['-P', String(process.pid), '-x', 'zstd'], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.trim() !== '').length;
}
