import { closeSync, openSync, writeSync } from 'node:fs';
import { extractArchive, packDirectory, restoreDirectory } from '../archive/index.ts';
import { engineOptions } from '../config/options.ts';
import { resolveSettings } from '../config/settings.ts';
import { HalcyonError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { PrivateStore } from '../storage/store.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import { fileDigest } from '../util/hash.ts';

const USAGE = 'halcyon archive pack DIR FILE | extract FILE DIR | get KEY FILE | put FILE KEY | restore KEY DIR';

/**
 * `halcyon archive …`: the layer archive and transfer paths alone, as whole processes (for
 * `npm run bench` and for looking into a layer by hand). The bucket commands use the private
 * bucket configured in the environment (HALCYON_AWS_*, HALCYON_S3_*). Loads no more than a
 * path needs: pack and extract never load the AWS SDK.
 */
export async function archiveCommand(args: readonly string[], env: Readonly<Record<string, string>>, log: Logger): Promise<number> {
  const [verb, first, second] = args;
  if (!first || !second) throw new HalcyonError('config/archive-usage', `usage: ${USAGE}`);
  const startedMs = Date.now();
  let sizeBytes: number;
  switch (verb) {
    case 'pack':
      sizeBytes = (await packDirectory(first, second)).sizeBytes;
      break;
    case 'extract':
      sizeBytes = (await extractArchive({ filePath: first }, second)).sizeBytes;
      break;
    case 'get': {
      const opened = await (await privateStore(env, log)).open(first);
      if (!opened) throw new HalcyonError('storage/archive-not-found', `${first} is not in the private bucket`);
      await writeStreamToFile(opened.body, second);
      sizeBytes = opened.sizeBytes ?? 0;
      break;
    }
    case 'put': {
      const digest = await fileDigest(first);
      if (!(await (await privateStore(env, log)).save(second, first, digest))) throw new HalcyonError('storage/upload-failed', `${first} was not uploaded`);
      sizeBytes = digest.sizeBytes;
      break;
    }
    case 'restore': {
      const opened = await (await privateStore(env, log)).open(first);
      if (!opened) throw new HalcyonError('storage/archive-not-found', `${first} is not in the private bucket`);
      sizeBytes = (await restoreDirectory(opened.body, second, opened.sha256 ? { expectedSha256: opened.sha256 } : {})).sizeBytes;
      break;
    }
    default:
      throw new HalcyonError('config/archive-usage', `usage: ${USAGE}`);
  }
  log.detail(`${verb}: ${formatBytes(sizeBytes)} in ${formatDuration(Date.now() - startedMs)}`);
  return 0;
}

/**
 * Each chunk written as it comes, synchronously: an fs.WriteStream's round trip through the
 * thread pool per 64 KiB chunk held the socket back (and the server with it) longer than the
 * writes themselves take.
 */
async function writeStreamToFile(body: NodeJS.ReadableStream, file: string): Promise<void> {
  const fd = openSync(file, 'w');
  try {
    for await (const chunk of body) writeSync(fd, chunk as Buffer);
  } finally {
    closeSync(fd);
  }
}

/** The bucket code (and the AWS SDK) loads only for the bucket commands. */
async function privateStore(env: Readonly<Record<string, string>>, log: Logger): Promise<PrivateStore> {
  const { StorageTiers } = await import('../storage/tiers.ts');
  const options = engineOptions(resolveSettings([{ source: 'env', vars: env }]), { basePath: '/app', cachePath: '/var/tmp/halcyon-cache', noBuildDependencies: false });
  const store = StorageTiers.create(options.storage, log, { policy: options.transfer }).privateStore;
  if (!store) throw new HalcyonError('config/no-private-storage', 'No private bucket is configured', { remedy: 'Set HALCYON_AWS_ACCESS_KEY_ID, HALCYON_AWS_SECRET_ACCESS_KEY and HALCYON_S3_BUCKET.' });
  return store;
}
