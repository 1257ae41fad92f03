import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  bucketKey,
  destinationError,
  newDirectoryDestination,
  newFileDestination,
  readableArchive
} from "./chunk-4QXYP7VS.mjs";
import {
  StorageTiers,
  engineOptions,
  resolveSettings,
  restoreWhileDownloading
} from "./chunk-6RYO4LFK.mjs";
import {
  fileDigest,
  tempSibling
} from "./chunk-LKZ3LCCS.mjs";
import "./chunk-K36WU7B4.mjs";
import "./chunk-AJ3HSWEX.mjs";
import {
  HalcyonError
} from "./chunk-IXRDPPGN.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/archive-bucket.ts
import { rename, rm } from "node:fs/promises";
async function bucketCommand(verb, first, second, env, log, knownSha256) {
  bucketKey(verb === "put" ? second : first);
  const store = await privateStore(env, log);
  switch (verb) {
    case "get":
      return await getInto(store, first, await newFileDestination(second), log);
    case "put": {
      const sizeBytes = await readableArchive(first);
      const digest = knownSha256 !== void 0 ? { sha256: knownSha256, sizeBytes } : await fileDigest(first);
      if (!await store.save(second, first, digest)) {
        throw new HalcyonError("storage/upload-failed", `${first} was not uploaded`, {
          remedy: "Nothing is uploaded where HALCYON_NO_UPLOAD is set or the key may only read; otherwise the warning above says why."
        });
      }
      return digest.sizeBytes;
    }
    case "restore": {
      const dir = await newDirectoryDestination(second);
      const file = tempSibling(dir);
      try {
        const { got, extracted } = await restoreWhileDownloading((into, onParts) => download(store, first, into, log, onParts), file, dir, { keepFile: false, replace: false });
        if (got.status === "rejected") throw got.reason;
        if (extracted.status === "rejected") throw extracted.reason;
        return extracted.value.sizeBytes;
      } finally {
        await rm(file, { force: true });
      }
    }
  }
}
async function getInto(store, key, destination, log) {
  const temp = tempSibling(destination);
  try {
    const { sizeBytes } = await download(store, key, temp, log);
    await rename(temp, destination).catch((error) => {
      throw destinationError(destination, error);
    });
    return sizeBytes;
  } finally {
    await rm(temp, { force: true });
  }
}
async function download(store, key, file, log, onParts) {
  const warnedBefore = log.warningCount;
  const got = store.download ? await store.download(key, file, onParts ? { onParts } : {}) : void 0;
  if (got) return got;
  if (log.warningCount > warnedBefore) {
    throw new HalcyonError("storage/download-failed", `${key} could not be downloaded from the private bucket ${store.bucket}: the warning above says why`, {
      remedy: "Fix what the warning names (the network, HALCYON_S3_ENDPOINT, the server), then run the command again."
    });
  }
  throw new HalcyonError("storage/archive-not-found", `${key} is not in the private bucket ${store.bucket}, or this key may not read it`, {
    remedy: "Check the key (the object's name in the bucket; `halcyon archive put FILE KEY` puts one there), and that HALCYON_AWS_ACCESS_KEY_ID may read it (s3:GetObject; without s3:ListBucket, S3 answers a missing key with 403)."
  });
}
async function privateStore(env, log) {
  const options = engineOptions(resolveSettings([{ source: "env", vars: env }]), { basePath: "/app", cachePath: "/var/tmp/halcyon-cache", noBuildDependencies: false });
  const store = StorageTiers.create(options.storage, log, { policy: options.transfer }).privateStore;
  if (!store) {
    throw new HalcyonError("config/no-private-storage", "No private bucket is in use", {
      remedy: "Set HALCYON_AWS_ACCESS_KEY_ID, HALCYON_AWS_SECRET_ACCESS_KEY and HALCYON_S3_BUCKET, and leave HALCYON_NO_PRIVATE_STORAGE unset."
    });
  }
  return store;
}
export {
  bucketCommand
};
