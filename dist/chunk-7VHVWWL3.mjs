import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  bucketKey,
  destinationError,
  newDirectoryDestination,
  newFileDestination,
  readableArchive
} from "./chunk-6IPIDPKZ.mjs";
import {
  StorageTiers,
  engineOptions,
  resolveSettings,
  restoreWhileDownloading
} from "./chunk-KWL5GALO.mjs";
import {
  fileDigest,
  tempSibling
} from "./chunk-YHY2F2VS.mjs";
import "./chunk-VTMLOLLC.mjs";
import "./chunk-UREOA77E.mjs";
import {
  HalcyonError
} from "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/archive-bucket.ts
import { rename, rm } from "node:fs/promises";
async function bucketCommand(verb, first, second, env, log, knownSha256) {
  bucketKey(verb === "put" ? second : first);
  const store = await privateStore(env, log);
  switch (verb) {
    case "get":
      return await getInto(store, first, await newFileDestination(second));
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
        const { got, extracted } = await restoreWhileDownloading((into, onParts) => download(store, first, into, onParts), file, dir, { keepFile: false, replace: false });
        if (got.status === "rejected") throw got.reason;
        if (extracted.status === "rejected") throw extracted.reason;
        return extracted.value.sizeBytes;
      } finally {
        await rm(file, { force: true });
      }
    }
  }
}
async function getInto(store, key, destination) {
  const temp = tempSibling(destination);
  try {
    const { sizeBytes } = await download(store, key, temp);
    await rename(temp, destination).catch((error) => {
      throw destinationError(destination, error);
    });
    return sizeBytes;
  } finally {
    await rm(temp, { force: true });
  }
}
async function download(store, key, file, onParts) {
  const got = store.download ? await store.download(key, file, onParts ? { onParts } : {}) : void 0;
  if (!got) {
    throw new HalcyonError("storage/archive-not-found", `${key} could not be downloaded from the private bucket`, {
      remedy: "Check the key (the object's name in the bucket) and HALCYON_S3_BUCKET; where another cause stopped it, the warning above says which."
    });
  }
  return got;
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
