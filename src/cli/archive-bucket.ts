import { rename, rm } from 'node:fs/promises';
import { tempSibling } from '../util/fs.ts';
import { restoreWhileDownloading } from '../layers/transfer.ts';
import { engineOptions } from '../config/options.ts';
import { resolveSettings } from '../config/settings.ts';
import { HalcyonError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { DownloadOptions, PrivateStore } from '../storage/store.ts';
import { fileDigest } from '../util/hash.ts';
import { StorageTiers } from '../storage/tiers.ts';
import { bucketKey, destinationError, newDirectoryDestination, newFileDestination, readableArchive } from './archive-paths.ts';

// `halcyon archive get | put | restore`: the private bucket's transfer paths, loaded only for
// these verbs (the settings, the storage tiers, the transfer code), so pack and extract start
// without them. Imported statically here, not one more dynamic import deep: each such import
// is a round of loading before curl can start (2–3 ms of a 1-byte `get`'s 58 ms).

export type BucketVerb = 'get' | 'put' | 'restore';

/** The verb's bytes moved (the archive's size). */
export async function bucketCommand(verb: BucketVerb, first: string, second: string, env: Readonly<Record<string, string>>, log: Logger, knownSha256?: string): Promise<number> {
  bucketKey(verb === 'put' ? second : first);
  const store = await privateStore(env, log);
  switch (verb) {
    case 'get':
      return await getInto(store, first, await newFileDestination(second), log);
    case 'put': {
      // Given, as a run has it from the pack; else read from the file.
      const sizeBytes = await readableArchive(first);
      const digest = knownSha256 !== undefined ? { sha256: knownSha256, sizeBytes } : await fileDigest(first);
      if (!(await store.save(second, first, digest))) {
        throw new HalcyonError('storage/upload-failed', `${first} was not uploaded`, {
          remedy: 'Nothing is uploaded where HALCYON_NO_UPLOAD is set or the key may only read; otherwise the warning above says why.',
        });
      }
      return digest.sizeBytes;
    }
    case 'restore': {
      // As a run restores a layer from the bucket (downloaded beside it, extracted as it arrives,
      // verified), but keeping no copy of the archive: each part goes once it is read.
      const dir = await newDirectoryDestination(second);
      const file = tempSibling(dir);
      try {
        const { got, extracted } = await restoreWhileDownloading((into, onParts) => download(store, first, into, log, onParts), file, dir, { keepFile: false, replace: false });
        if (got.status === 'rejected') throw got.reason;
        if (extracted.status === 'rejected') throw extracted.reason;
        return extracted.value.sizeBytes;
      } finally {
        await rm(file, { force: true });
      }
    }
  }
}

/**
 * Downloaded beside the destination and renamed over it once whole: a download that fails
 * leaves the file that was there (and no part of the new one). The content is checked where it
 * is used: `archive extract` has zstd verify every frame's checksum.
 */
async function getInto(store: PrivateStore, key: string, destination: string, log: Logger): Promise<number> {
  const temp = tempSibling(destination);
  try {
    const { sizeBytes } = await download(store, key, temp, log);
    await rename(temp, destination).catch((error: unknown) => {
      throw destinationError(destination, error);
    });
    return sizeBytes;
  } finally {
    await rm(temp, { force: true });
  }
}

async function download(store: PrivateStore, key: string, file: string, log: Logger, onParts?: DownloadOptions['onParts']): Promise<{ sizeBytes: number; sha256: string | undefined }> {
  const warnedBefore = log.warningCount;
  const got = store.download ? await store.download(key, file, onParts ? { onParts } : {}) : undefined;
  if (got) return got;
  // The store warns of every cause but two, which S3 does not tell apart without s3:ListBucket: no such key (404), or none this key may read (403).
  if (log.warningCount > warnedBefore) {
    throw new HalcyonError('storage/download-failed', `${key} could not be downloaded from the private bucket ${store.bucket}: the warning above says why`, {
      remedy: 'Fix what the warning names (the network, HALCYON_S3_ENDPOINT, the server), then run the command again.',
    });
  }
  throw new HalcyonError('storage/archive-not-found', `${key} is not in the private bucket ${store.bucket}, or this key may not read it`, {
    remedy: 'Check the key (the object\'s name in the bucket; `halcyon archive put FILE KEY` puts one there), and that HALCYON_AWS_ACCESS_KEY_ID may read it (s3:GetObject; without s3:ListBucket, S3 answers a missing key with 403).',
  });
}

/** The private bucket the environment configures (the AWS SDK itself loads only where a request needs it). */
async function privateStore(env: Readonly<Record<string, string>>, log: Logger): Promise<PrivateStore> {
  const options = engineOptions(resolveSettings([{ source: 'env', vars: env }]), { basePath: '/app', cachePath: '/var/tmp/halcyon-cache', noBuildDependencies: false });
  const store = StorageTiers.create(options.storage, log, { policy: options.transfer }).privateStore;
  if (!store) {
    throw new HalcyonError('config/no-private-storage', 'No private bucket is in use', {
      remedy: 'Set HALCYON_AWS_ACCESS_KEY_ID, HALCYON_AWS_SECRET_ACCESS_KEY and HALCYON_S3_BUCKET, and leave HALCYON_NO_PRIVATE_STORAGE unset.',
    });
  }
  return store;
}
