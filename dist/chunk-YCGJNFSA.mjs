import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  newDirectoryDestination,
  newFileDestination,
  readableArchive
} from "./chunk-4QXYP7VS.mjs";
import {
  ArchiveError,
  formatBytes,
  formatDuration,
  packDirectory,
  restoreDirectory
} from "./chunk-LKZ3LCCS.mjs";
import "./chunk-K36WU7B4.mjs";
import {
  HalcyonError
} from "./chunk-IXRDPPGN.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/archive-command.ts
var USAGE = "halcyon archive pack DIR FILE | extract FILE DIR | get KEY FILE | put FILE KEY [--sha256 HEX] | restore KEY DIR";
async function archiveCommand(args, env, log) {
  try {
    return await runVerb(args, env, log);
  } catch (error) {
    throw withCommandRemedy(error);
  }
}
var REMADE_REMEDY = "The archive is damaged, or was not made by `halcyon archive pack`: pack it again, or put it again from a sound copy.";
var COMMAND_REMEDIES = {
  corrupt: REMADE_REMEDY,
  "unsafe-entry": REMADE_REMEDY,
  "checksum-mismatch": REMADE_REMEDY,
  input: REMADE_REMEDY,
  oversized: REMADE_REMEDY,
  "no-space": "Free space on the file system named above (df -h shows its bytes free, df -i its inodes), or give a path with room."
};
function withCommandRemedy(error) {
  const remedy = error instanceof ArchiveError ? COMMAND_REMEDIES[error.reason] : void 0;
  return error instanceof ArchiveError && remedy ? new HalcyonError(error.id, error.message, { remedy, cause: error }) : error;
}
async function runVerb(args, env, log) {
  const [verb, first, second, ...rest] = args;
  if (verb === "--help" || verb === "-h" || verb === "help") {
    log.detail(`usage: ${USAGE}`);
    return 0;
  }
  if (!first || !second) throw new HalcyonError("config/archive-usage", `usage: ${USAGE}`);
  const sha256 = knownSha256(verb, rest);
  const startedMs = Date.now();
  let sizeBytes;
  switch (verb) {
    case "pack":
      sizeBytes = (await packDirectory(first, await newFileDestination(second))).sizeBytes;
      break;
    case "extract": {
      await readableArchive(first);
      sizeBytes = (await restoreDirectory({ filePath: first }, await newDirectoryDestination(second), { replace: false })).sizeBytes;
      break;
    }
    case "get":
    case "put":
    case "restore": {
      const { bucketCommand } = await import("./chunk-IO3O3O2G.mjs");
      sizeBytes = await bucketCommand(verb, first, second, env, log, sha256);
      break;
    }
    default:
      throw new HalcyonError("config/archive-usage", `usage: ${USAGE}`);
  }
  log.detail(`${verb}: ${formatBytes(sizeBytes)} in ${formatDuration(Date.now() - startedMs)}`);
  return 0;
}
function knownSha256(verb, rest) {
  if (rest.length === 0) return void 0;
  const [flag, value] = rest;
  if (verb !== "put" || flag !== "--sha256" || rest.length !== 2 || value === void 0 || !/^[0-9a-f]{64}$/i.test(value)) {
    throw new HalcyonError("config/archive-usage", `usage: ${USAGE} (--sha256 takes the archive's sha256, 64 hex digits)`);
  }
  return value.toLowerCase();
}
export {
  archiveCommand
};
