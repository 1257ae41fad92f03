import { rm } from 'node:fs/promises';
import path from 'node:path';
import { tempSibling } from '../util/fs.ts';
import { extractArchive, packDirectory } from '../archive/index.ts';
import { restoreWhileDownloading } from '../layers/transfer.ts';
import { engineOptions } from '../config/options.ts';
import { resolveSettings } from '../config/settings.ts';
import { HalcyonError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { DownloadOptions, PrivateStore } from '../storage/store.ts';
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
      const got = await download(await privateStore(env, log), first, second);
      sizeBytes = got.sizeBytes;
      break;
    }
    case 'put': {
      const digest = await fileDigest(first);
      if (!(await (await privateStore(env, log)).save(second, first, digest))) throw new HalcyonError('storage/upload-failed', `${first} was not uploaded`);
      sizeBytes = digest.sizeBytes;
      break;
    }
    case 'restore': {
      // As a run restores a layer from the bucket: downloaded beside it (a run's cache), extracted as it arrives, verified.
      const store = await privateStore(env, log);
      const file = tempSibling(path.resolve(second));
      try {
        const [got, restored] = await restoreWhileDownloading((into, onParts) => download(store, first, into, onParts), file, second);
        if (got.status === 'rejected') throw got.reason;
        if (restored.status === 'rejected') throw restored.reason;
        sizeBytes = restored.value.sizeBytes;
      } finally {
        await rm(file, { force: true });
      }
      break;
    }
    default:
      throw new HalcyonError('config/archive-usage', `usage: ${USAGE}`);
  }
  log.detail(`${verb}: ${formatBytes(sizeBytes)} in ${formatDuration(Date.now() - startedMs)}`);
  return 0;
}

async function download(store: PrivateStore, key: string, file: string, onParts?: DownloadOptions['onParts']): Promise<{ sizeBytes: number; sha256: string | undefined }> {
  const got = store.download ? await store.download(key, file, onParts ? { onParts } : {}) : undefined;
  if (!got) throw new HalcyonError('storage/archive-not-found', `${key} could not be downloaded from the private bucket`);
  return got;
}

/** The bucket code (and the AWS SDK) loads only for the bucket commands. */
async function privateStore(env: Readonly<Record<string, string>>, log: Logger): Promise<PrivateStore> {
  const { StorageTiers } = await import('../storage/tiers.ts');
  const options = engineOptions(resolveSettings([{ source: 'env', vars: env }]), { basePath: '/app', cachePath: '/var/tmp/halcyon-cache', noBuildDependencies: false });
  const store = StorageTiers.create(options.storage, log, { policy: options.transfer }).privateStore;
  if (!store) throw new HalcyonError('config/no-private-storage', 'No private bucket is configured', { remedy: 'Set HALCYON_AWS_ACCESS_KEY_ID, HALCYON_AWS_SECRET_ACCESS_KEY and HALCYON_S3_BUCKET.' });
  return store;
}
