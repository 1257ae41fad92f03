import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  engineOptions,
  extractArchive,
  fileDigest,
  formatBytes,
  formatDuration,
  packDirectory,
  resolveSettings,
  restoreWhileDownloading
} from "./chunk-KVZNPNWD.mjs";
import "./chunk-7ZK7ZDKH.mjs";
import {
  tempSibling
} from "./chunk-TZRJKOY5.mjs";
import {
  HalcyonError
} from "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/archive-command.ts
import { rm } from "node:fs/promises";
import path from "node:path";
var USAGE = "halcyon archive pack DIR FILE | extract FILE DIR | get KEY FILE | put FILE KEY | restore KEY DIR";
async function archiveCommand(args, env, log) {
  const [verb, first, second] = args;
  if (!first || !second) throw new HalcyonError("config/archive-usage", `usage: ${USAGE}`);
  const startedMs = Date.now();
  let sizeBytes;
  switch (verb) {
    case "pack":
      sizeBytes = (await packDirectory(first, second)).sizeBytes;
      break;
    case "extract":
      sizeBytes = (await extractArchive({ filePath: first }, second)).sizeBytes;
      break;
    case "get": {
      const got = await download(await privateStore(env, log), first, second);
      sizeBytes = got.sizeBytes;
      break;
    }
    case "put": {
      const digest = await fileDigest(first);
      if (!await (await privateStore(env, log)).save(second, first, digest)) throw new HalcyonError("storage/upload-failed", `${first} was not uploaded`);
      sizeBytes = digest.sizeBytes;
      break;
    }
    case "restore": {
      const store = await privateStore(env, log);
      const file = tempSibling(path.resolve(second));
      try {
        const [got, restored] = await restoreWhileDownloading((into, onParts) => download(store, first, into, onParts), file, second);
        if (got.status === "rejected") throw got.reason;
        if (restored.status === "rejected") throw restored.reason;
        sizeBytes = restored.value.sizeBytes;
      } finally {
        await rm(file, { force: true });
      }
      break;
    }
    default:
      throw new HalcyonError("config/archive-usage", `usage: ${USAGE}`);
  }
  log.detail(`${verb}: ${formatBytes(sizeBytes)} in ${formatDuration(Date.now() - startedMs)}`);
  return 0;
}
async function download(store, key, file, onParts) {
  const got = store.download ? await store.download(key, file, onParts ? { onParts } : {}) : void 0;
  if (!got) throw new HalcyonError("storage/archive-not-found", `${key} could not be downloaded from the private bucket`);
  return got;
}
async function privateStore(env, log) {
  const { StorageTiers } = await import("./chunk-D4JSCHUM.mjs");
  const options = engineOptions(resolveSettings([{ source: "env", vars: env }]), { basePath: "/app", cachePath: "/var/tmp/halcyon-cache", noBuildDependencies: false });
  const store = StorageTiers.create(options.storage, log, { policy: options.transfer }).privateStore;
  if (!store) throw new HalcyonError("config/no-private-storage", "No private bucket is configured", { remedy: "Set HALCYON_AWS_ACCESS_KEY_ID, HALCYON_AWS_SECRET_ACCESS_KEY and HALCYON_S3_BUCKET." });
  return store;
}
export {
  archiveCommand
};
