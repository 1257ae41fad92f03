import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  engineOptions,
  extractArchive,
  fileDigest,
  formatBytes,
  formatDuration,
  packDirectory,
  resolveSettings,
  restoreDirectory
} from "./chunk-FURJDWSU.mjs";
import "./chunk-7ZK7ZDKH.mjs";
import "./chunk-TD6XIMXL.mjs";
import {
  HalcyonError
} from "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/archive-command.ts
import { closeSync, openSync, writeSync } from "node:fs";
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
      const opened = await (await privateStore(env, log)).open(first);
      if (!opened) throw new HalcyonError("storage/archive-not-found", `${first} is not in the private bucket`);
      await writeStreamToFile(opened.body, second);
      sizeBytes = opened.sizeBytes ?? 0;
      break;
    }
    case "put": {
      const digest = await fileDigest(first);
      if (!await (await privateStore(env, log)).save(second, first, digest)) throw new HalcyonError("storage/upload-failed", `${first} was not uploaded`);
      sizeBytes = digest.sizeBytes;
      break;
    }
    case "restore": {
      const opened = await (await privateStore(env, log)).open(first);
      if (!opened) throw new HalcyonError("storage/archive-not-found", `${first} is not in the private bucket`);
      sizeBytes = (await restoreDirectory(opened.body, second, opened.sha256 ? { expectedSha256: opened.sha256 } : {})).sizeBytes;
      break;
    }
    default:
      throw new HalcyonError("config/archive-usage", `usage: ${USAGE}`);
  }
  log.detail(`${verb}: ${formatBytes(sizeBytes)} in ${formatDuration(Date.now() - startedMs)}`);
  return 0;
}
async function writeStreamToFile(body, file) {
  const fd = openSync(file, "w");
  try {
    for await (const chunk of body) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
async function privateStore(env, log) {
  const { StorageTiers } = await import("./chunk-OY3WHWNG.mjs");
  const options = engineOptions(resolveSettings([{ source: "env", vars: env }]), { basePath: "/app", cachePath: "/var/tmp/halcyon-cache", noBuildDependencies: false });
  const store = StorageTiers.create(options.storage, log, { policy: options.transfer }).privateStore;
  if (!store) throw new HalcyonError("config/no-private-storage", "No private bucket is configured", { remedy: "Set HALCYON_AWS_ACCESS_KEY_ID, HALCYON_AWS_SECRET_ACCESS_KEY and HALCYON_S3_BUCKET." });
  return store;
}
export {
  archiveCommand
};
