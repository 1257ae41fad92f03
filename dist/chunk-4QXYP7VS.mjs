import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  anythingAt
} from "./chunk-LKZ3LCCS.mjs";
import {
  HalcyonError,
  errorMessage
} from "./chunk-IXRDPPGN.mjs";

// src/cli/archive-paths.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
var FILE_FIX = "Give the path of an archive file.";
var NEW_FILE_FIX = "Give a file (not a directory or a device) in a directory that exists and can be written.";
var NEW_DIR_FIX = "Give a directory that does not exist yet, in one that exists and can be written (remove the old one first to replace it).";
async function statOrUndefined(file) {
  try {
    return await stat(file);
  } catch {
    return void 0;
  }
}
async function readableArchive(file) {
  const resolved = path.resolve(file);
  let found;
  try {
    found = await stat(resolved);
    await access(resolved, constants.R_OK);
  } catch (error) {
    throw new HalcyonError("config/archive-file", `${file} cannot be read: ${errorMessage(error)}`, { remedy: FILE_FIX });
  }
  if (!found.isFile()) throw new HalcyonError("config/archive-file", `${file} is not a regular file`, { remedy: FILE_FIX });
  return found.size;
}
async function newFileDestination(file) {
  const resolved = path.resolve(file);
  await writableParent(resolved, NEW_FILE_FIX);
  const found = await statOrUndefined(resolved);
  if (found && !found.isFile()) throw new HalcyonError("config/archive-file", `${file} cannot be written: it is ${found.isDirectory() ? "a directory" : "not a regular file"}`, { remedy: NEW_FILE_FIX });
  return resolved;
}
async function newDirectoryDestination(dir) {
  const resolved = path.resolve(dir);
  await writableParent(resolved, NEW_DIR_FIX);
  if (await anythingAt(resolved)) throw new HalcyonError("config/archive-directory", `${dir} already exists`, { remedy: NEW_DIR_FIX });
  return resolved;
}
function destinationError(file, error) {
  return new HalcyonError("config/archive-file", `${file} cannot be written: ${errorMessage(error)}`, { remedy: NEW_FILE_FIX });
}
async function writableParent(resolved, remedy) {
  const parent = path.dirname(resolved);
  try {
    if (!(await stat(parent)).isDirectory()) throw new Error(`${parent} is not a directory`);
    await access(parent, constants.W_OK);
  } catch (error) {
    throw new HalcyonError("config/archive-file", `${resolved} cannot be written: ${errorMessage(error)}`, { remedy });
  }
}
function bucketKey(key) {
  const segments = key.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new HalcyonError("config/archive-key", `${JSON.stringify(key)} is not a key halcyon archive uses: it has an empty, "." or ".." segment`, {
      remedy: `Give the object's name in the bucket: names separated by single slashes, with no leading or trailing slash and no "." or ".." among them.`
    });
  }
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) {
    throw new HalcyonError("config/archive-key", `The key ${JSON.stringify(key.slice(0, 60))}\u2026 is ${Buffer.byteLength(key)} bytes long: S3 refuses keys over ${MAX_KEY_BYTES}`, {
      remedy: `Give a key of at most ${MAX_KEY_BYTES} bytes (in UTF-8).`
    });
  }
  return key;
}
var MAX_KEY_BYTES = 1024;

export {
  readableArchive,
  newFileDestination,
  newDirectoryDestination,
  destinationError,
  bucketKey
};
