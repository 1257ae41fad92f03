import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  onInterrupt,
  removeTempFamily
} from "./chunk-K36WU7B4.mjs";
import {
  HalcyonError,
  errorMessage
} from "./chunk-IXRDPPGN.mjs";

// src/util/format.ts
var UNITS = ["kB", "MB", "GB", "TB"];
function formatBytes(sizeBytes) {
  if (sizeBytes < 999.5) return `${Math.round(sizeBytes)} B`;
  let value = sizeBytes / 1e3;
  let unit = 0;
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1e3;
    unit += 1;
  }
  return `${value.toFixed(value < 9.95 ? 1 : 0)} ${UNITS[unit] ?? ""}`;
}
function formatDuration(durationMs) {
  if (durationMs < 6e4) return `${(durationMs / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(durationMs / 6e4);
  const seconds = Math.round(durationMs % 6e4 / 1e3);
  return `${minutes} min ${seconds} s`;
}

// src/util/fs.ts
import { randomBytes } from "node:crypto";
import { closeSync, openSync, statfsSync, writeSync } from "node:fs";
import { lstat, mkdir, open, readdir, rename, rm, writeFile, stat, readFile } from "node:fs/promises";
import path from "node:path";
function tempSibling(target) {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  onInterrupt(() => removeTempFamily(temp));
  return temp;
}
async function writeFileAtomic(target, data) {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempSibling(target);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
async function replaceDirectory(freshDir, liveDir) {
  await mkdir(path.dirname(liveDir), { recursive: true });
  const old = tempSibling(liveDir);
  const hadOld = await exists(liveDir);
  if (hadOld) await rename(liveDir, old);
  try {
    await rename(freshDir, liveDir);
  } catch (error) {
    if (hadOld) await rename(old, liveDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
function freeSpaceAt(p) {
  try {
    const fs = statfsSync(p);
    return { bytes: Number(fs.bavail) * Number(fs.bsize), inodes: Number(fs.files) > 0 ? Number(fs.ffree) : void 0 };
  } catch {
    return void 0;
  }
}
function freeBytesAt(p) {
  return freeSpaceAt(p)?.bytes;
}
async function anythingAt(p) {
  return lstat(p).then(
    () => true,
    () => false
  );
}
async function exists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
async function readTextIfExists(p) {
  try {
    return await readFile(p, "utf8");
  } catch {
    return void 0;
  }
}
var TEMP_NAME = /^\..+\.tmp-\d+-[0-9a-f]+$/;
var LEFTOVER_AGE_MS = 60 * 60 * 1e3;
async function sweepLeftovers(dir, nowMs, depth = 3) {
  const removed = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (TEMP_NAME.test(entry.name)) {
      const info = await stat(full).catch(() => void 0);
      if (info && nowMs - info.mtimeMs > LEFTOVER_AGE_MS) {
        await rm(full, { recursive: true, force: true });
        removed.push(full);
      }
    } else if (entry.isDirectory() && depth > 1) {
      removed.push(...await sweepLeftovers(full, nowMs, depth - 1));
    }
  }
  return removed;
}
async function readdirUtf8(dir) {
  const names = [];
  for (const raw of await readdir(dir, { encoding: "buffer" })) {
    const name = raw.toString("utf8");
    if (!Buffer.from(name, "utf8").equals(raw)) throw new NonUtf8NameError(dir, raw);
    names.push(name);
  }
  return names;
}
var NonUtf8NameError = class extends HalcyonError {
  constructor(dir, rawName) {
    super("app/non-utf8-name", `${path.join(dir, escapeBytes(rawName))} has a name that is not valid UTF-8`, {
      remedy: "Rename it with a UTF-8 name (git mv, or mv on the machine that made it)."
    });
    this.dir = dir;
    this.rawName = rawName;
  }
  dir;
  rawName;
};
function escapeBytes(raw) {
  return [...raw].map((byte) => byte >= 32 && byte < 127 && byte !== 92 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`).join("");
}
async function withCleanup(work, cleanup) {
  let result;
  try {
    result = await work();
  } catch (error) {
    await cleanup().catch(() => void 0);
    throw error;
  }
  await cleanup();
  return result;
}
async function writeStreamToFile(body, file, onProgress) {
  const fd = openSync(file, "w");
  let written = 0;
  try {
    for await (const chunk of body) {
      writeSync(fd, chunk);
      written += chunk.length;
      onProgress?.(written);
    }
  } finally {
    closeSync(fd);
  }
}
var APPEND_BUFFER_BYTES = 4 * 1024 * 1024;
async function appendFiles(target, sources) {
  if (sources.length === 0) return;
  const out = await open(target, "a");
  const buffer = Buffer.allocUnsafe(APPEND_BUFFER_BYTES);
  try {
    for (const source of sources) {
      const input = await open(source, "r");
      try {
        for (; ; ) {
          const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
          if (bytesRead === 0) break;
          for (let written = 0; written < bytesRead; ) written += (await out.write(buffer, written, bytesRead - written)).bytesWritten;
        }
      } finally {
        await input.close();
      }
    }
  } finally {
    await out.close();
  }
}

// src/util/hash.ts
import { createHash } from "node:crypto";
import { open as open2 } from "node:fs/promises";

// src/util/wait.ts
var watches = /* @__PURE__ */ new WeakMap();
function watch(promise) {
  let found = watches.get(promise);
  if (!found) {
    const created = { settled: false, waiters: /* @__PURE__ */ new Set() };
    const settle = () => {
      created.settled = true;
      for (const wake of created.waiters) wake();
      created.waiters.clear();
    };
    promise.then(settle, settle);
    watches.set(promise, created);
    found = created;
  }
  return found;
}
function pollPause(ms, settled) {
  const watched = watch(settled);
  if (watched.settled) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      watched.waiters.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    watched.waiters.add(wake);
  });
}

// src/util/follow.ts
async function followFile(handle, finished, pollMs, buffer, onRead) {
  let done = false;
  void finished.finally(() => done = true).catch(() => void 0);
  let position = 0;
  for (; ; ) {
    const last = done;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      onRead(bytesRead);
      position += bytesRead;
    }
    if (last) return position;
    await pollPause(pollMs, finished);
  }
}

// src/util/hash.ts
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function shortHash(data) {
  return sha256Hex(data).slice(0, 12);
}
var DIGEST_READ_BYTES = 4 * 1024 * 1024;
function fileDigest(file) {
  return followingDigest(file, Promise.resolve());
}
function followingDigest(file, finished, pollMs = 15) {
  return followingDigestOfParts([{ file, finished }], pollMs);
}
async function followingDigestOfParts(parts, pollMs = 15, onPartRead = () => void 0) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(DIGEST_READ_BYTES);
  let sizeBytes = 0;
  for (const [index, part] of parts.entries()) {
    sizeBytes += await follow(part.file, part.finished, pollMs, (bytes) => hash.update(buffer.subarray(0, bytes)), buffer);
    onPartRead(index);
  }
  return { sha256: hash.digest("hex"), sizeBytes };
}
async function follow(file, finished, pollMs, onRead, buffer) {
  const handle = await open2(file, "r");
  try {
    return await followFile(handle, finished, pollMs, buffer, onRead);
  } finally {
    await handle.close();
  }
}

// src/archive/errors.ts
var CACHE_REMEDY = "A corrupt or unreadable cache entry is treated as a cache miss and the layer is rebuilt. If this keeps happening, purge the build cache with `heroku builds:cache:purge`.";
var REMEDIES = {
  corrupt: CACHE_REMEDY,
  "unsafe-entry": CACHE_REMEDY,
  "checksum-mismatch": CACHE_REMEDY,
  input: CACHE_REMEDY,
  oversized: CACHE_REMEDY,
  "no-space": "Free up disk space: remove files the build does not need, or purge the build cache with `heroku builds:cache:purge`.",
  io: "Check that the directory exists and that the build can read and write it.",
  "unsupported-source": "Layer directories may only contain relative symlinks that stay inside the directory. Make the link relative, or copy the file instead (for `cabal install`, use `--install-method=copy`)."
};
var ArchiveError = class extends HalcyonError {
  reason;
  constructor(message, options = {}) {
    const reason = options.reason ?? "corrupt";
    super(`archive/${reason}`, message, { remedy: options.remedy ?? REMEDIES[reason], cause: options.cause });
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "ArchiveError";
    this.reason = reason;
  }
};
function errnoCode(error) {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return void 0;
}
function ioError(action, target, error) {
  if (error instanceof ArchiveError) return error;
  const code = errnoCode(error);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new ArchiveError(`no space left on device while trying to ${action} ${target}`, {
      reason: "no-space",
      cause: error
    });
  }
  return new ArchiveError(`cannot ${action} ${target}: ${errorMessage(error)}`, { reason: "io", cause: error });
}
function isErrno(error, code) {
  return errnoCode(error) === code;
}

// src/archive/extract.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, open as open4, rm as rm3, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";

// src/archive/cleanup.ts
import { chmod, readdir as readdir2, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";
async function removeTree(dir) {
  try {
    await rm2(dir, { recursive: true, force: true });
  } catch {
    await makeDirectoriesWritable(dir);
    await rm2(dir, { recursive: true, force: true });
  }
}
async function makeDirectoriesWritable(dir) {
  await chmod(dir, 448).catch(() => void 0);
  const entries = await readdir2(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory()) await makeDirectoriesWritable(path2.join(dir, entry.name));
  }
}

// src/archive/frame.ts
var SKIPPABLE_MAGIC = 407710302;
var MANIFEST_FRAME_BYTES = 512;
var PAYLOAD_BYTES = MANIFEST_FRAME_BYTES - 8;
function manifestFrame(manifest) {
  const frame = Buffer.alloc(MANIFEST_FRAME_BYTES, 32);
  frame.writeUInt32LE(SKIPPABLE_MAGIC, 0);
  frame.writeUInt32LE(PAYLOAD_BYTES, 4);
  if (manifest) frame.write(JSON.stringify(manifest), 8, "utf8");
  return frame;
}
function readManifestFrame(head) {
  if (head.length < MANIFEST_FRAME_BYTES || head.readUInt32LE(0) !== SKIPPABLE_MAGIC || head.readUInt32LE(4) !== PAYLOAD_BYTES) return void 0;
  try {
    const parsed = JSON.parse(head.subarray(8, MANIFEST_FRAME_BYTES).toString("utf8").trim());
    const valid = parsed.format === 2 && [parsed.tarBytes, parsed.entryCount, parsed.unpackedBytes].every((n) => Number.isSafeInteger(n) && (n ?? -1) >= 0);
    return valid ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/archive/listing-file.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { open as open3, unlink } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";
import { StringDecoder } from "node:string_decoder";
var POLL_INTERVAL_MS = 15;
var READ_BYTES = 256 * 1024;
var ListingFile = class _ListingFile {
  constructor(handle) {
    this.handle = handle;
  }
  handle;
  static async create() {
    const name = path3.join(os.tmpdir(), `halcyon-listing-${randomBytes2(6).toString("hex")}`);
    const handle = await open3(name, "wx+", 384);
    await unlink(name).catch(() => void 0);
    return new _ListingFile(handle);
  }
  /** For the tool's stdout: it appends at the shared offset; this reads at its own positions. */
  get fd() {
    return this.handle.fd;
  }
  /** Each complete line to onLine as it is written, until `finished` settles and the rest is read. */
  async follow(finished, onLine) {
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let partial = "";
    await followFile(this.handle, finished, POLL_INTERVAL_MS, buffer, (bytesRead) => {
      const lines = (partial + decoder.write(buffer.subarray(0, bytesRead))).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    });
    partial += decoder.end();
    if (partial !== "") onLine(partial);
  }
  /** Every line written so far (once the writer has finished). */
  readAll(onLine) {
    return this.follow(Promise.resolve(), onLine);
  }
  close() {
    return this.handle.close();
  }
};

// src/archive/safety.ts
function unsafe(message) {
  return new ArchiveError(message, { reason: "unsafe-entry" });
}
function entrySegments(name) {
  if (name.includes("\0")) throw unsafe(`entry ${JSON.stringify(name)} contains a NUL byte`);
  if (name.startsWith("/")) throw unsafe(`entry ${name} has an absolute path`);
  const segments = name.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) throw unsafe(`entry ${name} escapes the target directory`);
  return segments;
}
function symlinkTargetProblem(linkPath, target) {
  if (target === "") return "has an empty target";
  if (target.includes("\0")) return "has a target containing a NUL byte";
  if (target.startsWith("/")) return `points to the absolute path ${target}`;
  let climbs = 0;
  let descended = false;
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") descended = true;
    else if (descended) return `has a target with '..' after a directory name (${target}), which cannot be checked safely`;
    else climbs += 1;
  }
  const depth = linkPath.split("/").length - 1;
  if (climbs > depth) return `points outside the directory (${target})`;
  return void 0;
}
var ExtractionPlan = class {
  known = /* @__PURE__ */ new Map();
  /**
   * Directories whose every ancestor is a directory too. A recorded path never changes kind
   * (an entry appearing twice is refused), so a chain checked once stays checked.
   */
  directoryChains = /* @__PURE__ */ new Set();
  /** Each symlink's target as stored, for a hardlink to it. */
  symlinkTargets = /* @__PURE__ */ new Map();
  /** Validates one entry against everything extracted before it and records it. Throws ArchiveError if unsafe. */
  admit(header) {
    const kind = entryKind(header);
    const path9 = plainPath(header.name) ?? entrySegments(header.name).join("/");
    if (path9 === "") {
      if (kind === "directory") return void 0;
      throw unsafe(`entry ${header.name} would replace the target directory`);
    }
    const missingParent = this.checkAncestors(path9);
    const existing = this.known.get(path9);
    if (existing !== void 0 && !(existing === "directory" && kind === "directory")) {
      throw unsafe(`entry ${path9} appears twice in the archive`);
    }
    let linkTarget;
    if (kind === "symlink") {
      linkTarget = linkname(header);
      const problem = symlinkTargetProblem(path9, linkTarget);
      if (problem !== void 0) throw unsafe(`symlink ${path9} ${problem}, which escapes the target directory`);
    } else if (kind === "hardlink") {
      const raw = linkname(header);
      let targetSegments;
      try {
        targetSegments = entrySegments(raw);
      } catch {
        throw unsafe(`hardlink ${path9} -> ${raw} escapes the target directory`);
      }
      linkTarget = targetSegments.join("/");
      const targetKind = this.known.get(linkTarget);
      const symlinkTarget = targetKind === "symlink" ? this.symlinkTargets.get(linkTarget) : void 0;
      if (symlinkTarget !== void 0) {
        const problem = symlinkTargetProblem(path9, symlinkTarget);
        if (problem !== void 0) throw unsafe(`hardlink ${path9} -> ${raw} is a symlink that ${problem} from where it stands, which escapes the target directory`);
      } else if (targetKind !== "file" && targetKind !== "hardlink") {
        throw unsafe(`hardlink ${path9} -> ${raw} does not point to a file or symlink extracted earlier from the archive`);
      }
      if (symlinkTarget !== void 0) this.symlinkTargets.set(path9, symlinkTarget);
    }
    if (missingParent !== void 0) {
      for (let slash = path9.indexOf("/"); slash !== -1; slash = path9.indexOf("/", slash + 1)) this.known.set(path9.slice(0, slash), "directory");
    }
    this.known.set(path9, this.symlinkTargets.has(path9) && kind === "hardlink" ? "symlink" : kind);
    if (kind === "symlink" && linkTarget !== void 0) this.symlinkTargets.set(path9, linkTarget);
    return { kind, path: path9, linkTarget, missingParent, alreadyExists: existing !== void 0 };
  }
  /** `path` is normalized: its ancestors are its prefixes up to each '/'. */
  checkAncestors(path9) {
    const lastSlash = path9.lastIndexOf("/");
    const parent = lastSlash === -1 ? "" : path9.slice(0, lastSlash);
    if (parent === "" || this.directoryChains.has(parent)) return void 0;
    for (let slash = path9.indexOf("/"); slash !== -1; slash = path9.indexOf("/", slash + 1)) {
      const ancestor = path9.slice(0, slash);
      const kind = this.known.get(ancestor);
      if (kind === void 0) return parent;
      if (kind === "symlink") throw unsafe(`entry ${path9} would be written through the symlink ${ancestor}`);
      if (kind !== "directory") throw unsafe(`entry ${path9} is inside ${ancestor}, which is not a directory`);
    }
    this.directoryChains.add(parent);
    return void 0;
  }
};
var UNUSUAL_NAME = /^\/|\/\/|(?:^|\/)\.\.?(?:\/|$)|\0/;
function plainPath(name) {
  if (name === "" || UNUSUAL_NAME.test(name)) return void 0;
  return name.endsWith("/") ? name.slice(0, -1) : name;
}
function entryKind(header) {
  switch (header.type) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "directory";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    case null:
    case void 0:
      throw unsafe(`entry ${header.name} has an unknown type`);
    default:
      throw unsafe(`entry ${header.name} is a ${header.type}, which layer archives never contain`);
  }
}
function linkname(header) {
  const value = header.linkname;
  return value ?? "";
}

// src/archive/shell.ts
import { spawn } from "node:child_process";
var STDERR_LIMIT = 16 * 1024;
function runToolPipeline(script, args, options) {
  const stdio = [options.stdin, options.stdout, "pipe", "pipe", ...options.fd4 === void 0 ? [] : [options.fd4]];
  const child = spawn("/bin/bash", ["--norc", "--noprofile", "-c", `set -o pipefail; ${script}; echo "\${PIPESTATUS[*]}" >&3`, "bash", ...args], {
    stdio,
    detached: true,
    // C: tar's listing escapes every byte outside ASCII the same way, whatever the machine's locale.
    env: { PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin", LC_ALL: "C" }
  });
  const forget = onInterrupt(() => killGroup(child.pid));
  let stderr = "";
  let partial = "";
  let statusLine = "";
  const keep = (text) => {
    if (stderr.length < STDERR_LIMIT) stderr += text.slice(0, STDERR_LIMIT - stderr.length);
  };
  child.stderr?.setEncoding("utf8").on("data", (text) => {
    if (!options.stderrLine) return keep(text);
    const lines = (partial + text).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) if (!options.stderrLine(line)) keep(`${line}
`);
  });
  child.stderr?.on("end", () => {
    if (partial !== "" && !options.stderrLine?.(partial)) keep(partial);
  });
  const status = child.stdio[3];
  let statusPartial = "";
  status?.setEncoding("utf8").on("data", (text) => {
    const lines = (statusPartial + text).split("\n");
    statusPartial = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("mark ")) options.onMark?.(line.slice("mark ".length));
      else statusLine += `${line}
`;
    }
  });
  const done = new Promise((resolve, reject) => {
    child.once("error", (error) => reject(isErrno(error, "ENOENT") ? toolsMissing(error) : error));
    child.once("close", (code, signal) => {
      forget();
      statusLine += statusPartial;
      const statuses = statusLine.trim().split(/\s+/).filter(Boolean).map(Number);
      resolve({ statuses: statuses.length > 0 ? statuses : [code ?? (signal ? 137 : 1)], stderr });
    });
  });
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    done,
    kill() {
      if (child.exitCode === null && child.signalCode === null) killGroup(child.pid);
    }
  };
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function toolsMissing(cause) {
  return new HalcyonError("toolchain/archive-tools-missing", `bash is not available to run tar and zstd: ${errorMessage(cause)}`, {
    remedy: "Install them: apt-get install zstd tar bash.",
    cause
  });
}
function toolMessages(stderr) {
  return stderr.split("\n").map((line) => line.replace(/^(?:zstd|tar|head|bash):\s*/, "").replace(/^\/\*stdin\*\\\s*:\s*/, "").trim()).filter((line) => line.length > 0 && !/^Total bytes written/.test(line)).join("; ");
}
function corruptArchive(detail) {
  return new ArchiveError(`archive is truncated or corrupt (${detail})`, { reason: "corrupt" });
}

// src/archive/tar-listing.ts
var LINE = /^([-dlhcbpsC?])([-rwxsStT]{9})\s+\S+\s+(\d+|\d+,\s*\d+)\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? (.*)$/;
var TYPES = { "-": "file", C: "file", d: "directory", l: "symlink", h: "link", c: "character-device", b: "block-device", p: "fifo" };
function parseListingLine(line) {
  const match = LINE.exec(line);
  if (!match) return void 0;
  const [, typeChar = "?", permissions = "", size = "0", rest = ""] = match;
  const type = TYPES[typeChar] ?? "other";
  const separator = type === "symlink" ? " -> " : type === "link" ? " link to " : void 0;
  let name = rest;
  let linkname2;
  if (separator) {
    if (rest.split(separator).length !== 2) {
      throw new ArchiveError(`entry ${JSON.stringify(rest)} cannot be read unambiguously`, { reason: "unsafe-entry" });
    }
    [name = "", linkname2 = ""] = rest.split(separator);
    linkname2 = unescape(linkname2);
  }
  return { name: unescape(name), type, linkname: linkname2, size: /,/.test(size) ? 0 : Number(size), mode: `${typeChar}${permissions}` };
}
var SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92, "?": 63, " ": 32 };
function unescape(text) {
  if (!text.includes("\\")) return text;
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else {
      const next = text.charAt(i + 1);
      bytes.push(SIMPLE_ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function hasSpecialBits(mode) {
  return /[sStT]/.test(mode.slice(1));
}

// src/archive/zstd.ts
function toolMissing(tool, cause) {
  return new HalcyonError(tool === "zstd" ? "toolchain/zstd-missing" : "toolchain/tar-missing", `${tool} is not installed; it is needed to compress and extract layer archives`, {
    remedy: `install ${tool} (apt-get install ${tool})`,
    cause
  });
}

// src/archive/types.ts
var ARCHIVE_MANIFEST = ".halcyon-archive.json";

// src/archive/extract.ts
var ZSTD_DECOMPRESS = "zstd -d -c -q";
function followScript(parts) {
  const waiter = '{ exec -a "halcyon-waiter $2" tail -s 1 -f --pid="$PPID" /dev/null; } </dev/null >/dev/null 2>&1 3>&- & w=$!; disown "$w"';
  const part = `part() { ${waiter}; echo "mark waiter $1 $w" >&3; tail -c +1 -s 0.02 -f --pid="$w" -- "$2" && echo "mark read $1" >&3; }`;
  const follow2 = parts.map((_, index) => `part ${index} "\${${3 + index}}"`).join(" && ");
  return `${part}; { ${follow2}; } | { ulimit -f "$2"; exec ${ZSTD_DECOMPRESS}; } | { ulimit -f "$2"; exec ${TAR_EXTRACT}; }`;
}
var TAR_EXTRACT = 'tar -x -f - -C "$1" --blocking-factor=128 -vv --utc --numeric-owner --no-same-owner --delay-directory-restore --warning=no-timestamp --quoting-style=escape';
async function extractArchive(input, destDir, options = {}) {
  const root = path4.resolve(destDir);
  try {
    await mkdir2(path4.dirname(root), { recursive: true });
    await mkdir2(root, { mode: 511 });
  } catch (error) {
    destroyInput(input);
    if (isErrno(error, "EEXIST")) throw new ArchiveError(`cannot extract into ${root}: it already exists`, { reason: "io", cause: error });
    throw ioError("create the directory", root, error);
  }
  try {
    return await extractInto(input, root, freeSpace(root), "growingParts" in input || (options.hash ?? !("filePath" in input)), options);
  } catch (error) {
    destroyInput(input);
    await removeTree(root);
    if (error instanceof HalcyonError) throw error;
    throw corruptArchive(errorMessage(error));
  }
}
function destroyInput(input) {
  if (input instanceof Readable) input.destroy();
  else if (!("filePath" in input) && !("growingParts" in input)) input.destroy?.();
}
function freeSpace(dir) {
  const free = freeBytesAt(dir);
  if (free === void 0) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor(free - Math.min(256 * 1024 * 1024, free / 20)));
}
function limitsFor(manifest, freeBytes, root) {
  const disk = path4.dirname(root);
  if (!manifest) return { fileBytes: freeBytes, entries: Number.MAX_SAFE_INTEGER, source: `the ${formatSize(freeBytes)} free on the disk`, disk };
  if (manifest.unpackedBytes > freeBytes) {
    throw new ArchiveError(`no space left on the file system holding ${disk}: the archive unpacks to ${formatSize(manifest.unpackedBytes)}, more than the ${formatSize(freeBytes)} free (less a reserve for the build)`, { reason: "no-space" });
  }
  return { fileBytes: manifest.unpackedBytes, entries: manifest.entryCount, source: `its recorded size (${formatSize(manifest.unpackedBytes)} in ${manifest.entryCount} entries)`, disk };
}
async function extractInto(input, root, freeBytes, hash, options) {
  const source = "filePath" in input ? await fileSource(input.filePath) : "growingParts" in input ? await growingSource(input) : await streamSource(input);
  const listingFile = await ListingFile.create();
  try {
    return await extractWith(source, listingFile, root, freeBytes, hash ? { sha256: createHash2("sha256") } : void 0, input, options);
  } finally {
    await source.close();
    await listingFile.close();
  }
}
async function extractWith(source, listingFile, root, freeBytes, hashes, input, { onProgress, onStarted }) {
  const fileHash = hashes && "filePath" in input ? fileDigest(input.filePath) : void 0;
  fileHash?.catch(() => void 0);
  const manifest = readManifestFrame(source.head);
  const limits = limitsFor(manifest, freeBytes, root);
  const growing = "growingParts" in input ? input : void 0;
  const readers = growing ? new PartReaders(growing) : void 0;
  const tools = growing ? runToolPipeline(followScript(growing.growingParts), [root, fileSizeLimit(limits), ...growing.growingParts.map((part) => part.file)], {
    stdin: "ignore",
    stdout: listingFile.fd,
    onMark: (mark) => readers?.marked(mark)
  }) : runToolPipeline(`ulimit -f "$2"; ${ZSTD_DECOMPRESS} | ${TAR_EXTRACT}`, [root, fileSizeLimit(limits)], { stdin: source.fd ?? "pipe", stdout: listingFile.fd });
  const toolsEnded = tools.done.then(
    () => void 0,
    () => void 0
  );
  readers?.endWaitersWith(toolsEnded);
  onStarted?.();
  const growingHash = hashes && growing ? followingDigestOfParts(
    growing.growingParts.map((part) => ({ file: part.file, finished: Promise.race([part.written, toolsEnded]) })),
    void 0,
    (index) => readers?.readBy("hash", index)
  ) : void 0;
  growingHash?.catch(() => void 0);
  const checker = new ListingChecker(limits);
  let failure;
  const fail = (error) => {
    failure ??= error;
    readers?.forgetWaiters();
    tools.kill();
  };
  const feeding = source.fd === void 0 && !growing ? feed(source, tools, hashes).catch(fail) : Promise.resolve(source.sizeBytes);
  const listing = listingFile.follow(tools.done, (line) => {
    checker.check(line);
    onProgress?.(checker.unpackedBytes, manifest?.unpackedBytes);
  }).catch(fail);
  const [fedBytes] = await Promise.all([feeding, listing]);
  const done = await tools.done;
  const { stderr } = done;
  let statuses = done.statuses;
  let sizeBytes = fedBytes;
  if (growing) {
    const [tail = 1, ...rest] = statuses;
    if (tail !== 0 && failure === void 0) failure = inputError(new Error(toolMessages(stderr) || `tail exit ${tail}`));
    statuses = rest;
    sizeBytes = growingHash ? await growingHash.then((digest2) => digest2.sizeBytes, () => 0) : 0;
  }
  if (failure !== void 0) {
    refusedByTar(stderr);
    throw failure;
  }
  outcome(statuses, stderr, limits);
  if (checker.sawOldManifest) await rm3(path4.join(root, ARCHIVE_MANIFEST), { force: true });
  const digest = hashes ? fileHash ? { sha256: (await fileHash).sha256 } : growingHash ? { sha256: (await growingHash).sha256 } : { sha256: hashes.sha256.digest("hex") } : { sha256: "" };
  return { sizeBytes: typeof sizeBytes === "number" ? sizeBytes : 0, ...digest, entryCount: checker.entryCount, unpackedBytes: checker.unpackedBytes };
}
async function fileSource(filePath) {
  let handle;
  try {
    handle = await open4(filePath, "r");
  } catch (error) {
    throw new ArchiveError(`reading the archive failed: ${errorMessage(error)}`, { reason: "input", cause: error });
  }
  const head = Buffer.alloc(MANIFEST_FRAME_BYTES);
  const { bytesRead } = await handle.read(head, 0, MANIFEST_FRAME_BYTES, 0);
  const info = await stat2(filePath);
  return { head: head.subarray(0, bytesRead), fd: handle.fd, sizeBytes: info.size, pending: [], rest: void 0, close: () => handle.close() };
}
async function growingSource(input) {
  const first = input.growingParts[0];
  if (!first) throw inputError(new Error("the download ended without a byte"));
  let ended = false;
  void first.written.finally(() => ended = true);
  for (; ; ) {
    const endedBefore = ended;
    const head = await readHead(first.file);
    if (endedBefore && head.length === 0) throw inputError(new Error("the download ended without a byte"));
    if (head.length >= MANIFEST_FRAME_BYTES || endedBefore) return { head, fd: void 0, sizeBytes: 0, pending: [], rest: void 0, close: async () => void 0 };
    await sleep(HEAD_POLL_MS);
  }
}
var HEAD_POLL_MS = 2;
var PartReaders = class {
  constructor(input) {
    this.input = input;
  }
  input;
  byTools = /* @__PURE__ */ new Set();
  byHash = /* @__PURE__ */ new Set();
  waiters = /* @__PURE__ */ new Set();
  /** Cleared once the waiters' numbers may no longer be theirs: the tools done, or killed. */
  signalling = true;
  told = 0;
  /** A `mark` line of the follow script. */
  marked(mark) {
    const [what, index = "", pid = ""] = mark.split(" ");
    if (what === "read") this.readBy("tools", Number(index));
    const part = this.input.growingParts[Number(index)];
    if (what === "waiter" && part && /^\d+$/.test(pid)) {
      this.waiters.add(Number(pid));
      void part.written.finally(() => this.end(Number(pid)));
    }
  }
  /**
   * Once the tools are done, the waiters left (a tail that stopped early leaves its own, which
   * lasts while Node does) are ended, and none is signalled by its number again.
   */
  endWaitersWith(done) {
    void done.then(() => {
      for (const pid of this.waiters) this.end(pid);
      this.signalling = false;
    });
  }
  /** The tools' process group is being killed, the waiters with it. */
  forgetWaiters() {
    this.signalling = false;
  }
  end(pid) {
    if (!this.signalling || !this.waiters.delete(pid)) return;
    try {
      process.kill(pid, "SIGKILL");
    } catch {
    }
  }
  readBy(reader, index) {
    (reader === "tools" ? this.byTools : this.byHash).add(index);
    while (this.byTools.has(this.told) && this.byHash.has(this.told)) {
      const index2 = this.told;
      this.told += 1;
      this.input.onPartRead?.(index2);
    }
  }
};
async function readHead(file) {
  const handle = await open4(file, "r").catch(() => void 0);
  if (!handle) return Buffer.alloc(0);
  try {
    const head = Buffer.alloc(MANIFEST_FRAME_BYTES);
    const { bytesRead } = await handle.read(head, 0, MANIFEST_FRAME_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function streamSource(input) {
  const iterator = (Symbol.asyncIterator in input ? input : new Readable().wrap(input))[Symbol.asyncIterator]();
  const pending = [];
  let length = 0;
  while (length < MANIFEST_FRAME_BYTES) {
    const next = await iterator.next().catch((error) => {
      throw inputError(error);
    });
    if (next.done === true) break;
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    pending.push(chunk);
    length += chunk.length;
  }
  return { head: Buffer.concat(pending).subarray(0, MANIFEST_FRAME_BYTES), fd: void 0, sizeBytes: 0, pending, rest: iterator, close: async () => void 0 };
}
function inputError(error) {
  return new ArchiveError(`reading the archive failed: ${errorMessage(error)}`, { reason: "input", cause: error });
}
async function feed(source, tools, hashes) {
  const stdin = tools.stdin;
  if (!stdin) return 0;
  let closed = false;
  stdin.on("error", () => closed = true);
  let sizeBytes = 0;
  const write = async (chunk) => {
    hashes?.sha256.update(chunk);
    sizeBytes += chunk.length;
    if (closed) return;
    if (!stdin.write(chunk)) await new Promise((resolve) => stdin.writableNeedDrain && !closed ? stdin.once("drain", resolve).once("close", resolve) : resolve());
  };
  for (const chunk of source.pending) await write(chunk);
  for (; ; ) {
    const next = await source.rest?.next().catch((error) => {
      throw inputError(error);
    });
    if (!next || next.done === true) break;
    await write(typeof next.value === "string" ? Buffer.from(next.value) : next.value);
  }
  stdin.end();
  return sizeBytes;
}
var ListingChecker = class {
  constructor(limits) {
    this.limits = limits;
  }
  limits;
  entryCount = 0;
  unpackedBytes = 0;
  sawOldManifest = false;
  plan = new ExtractionPlan();
  first = true;
  check(line) {
    const entry = parseListingLine(line);
    if (!entry) return;
    const first = this.first;
    this.first = false;
    if (first && entry.type === "file" && entry.name.replace(/^\.\//, "") === ARCHIVE_MANIFEST) {
      this.sawOldManifest = true;
      return;
    }
    if (hasSpecialBits(entry.mode)) throw new ArchiveError(`entry ${entry.name} has a setuid, setgid or sticky bit, which layer archives never carry`, { reason: "unsafe-entry" });
    const admitted = this.plan.admit({ name: entry.name, type: entry.type, linkname: entry.linkname ?? null });
    if (admitted === void 0) return;
    this.entryCount += 1;
    if (entry.type === "file") this.unpackedBytes += entry.size;
    if (this.entryCount > this.limits.entries) throw new ArchiveError(`the archive expands to more than the ${this.limits.entries} entries of ${this.limits.source}`, { reason: "oversized" });
    if (this.unpackedBytes > this.limits.fileBytes) throw oversized(this.limits);
  }
};
function fileSizeLimit(limits) {
  const listingBytes = limits.entries < Number.MAX_SAFE_INTEGER ? limits.entries * 1024 + 1024 * 1024 : 64 * 1024 * 1024;
  const bytes = limits.fileBytes + listingBytes;
  return bytes >= Number.MAX_SAFE_INTEGER ? "unlimited" : String(Math.ceil(bytes / 1024) + 1);
}
function oversized(limits) {
  return new ArchiveError(`the archive expands to more than ${limits.source}`, { reason: "oversized" });
}
var FILE_SIZE_EXCEEDED = 128 + 25;
function outcome(statuses, stderr, limits) {
  const [zstd = 1, tar = 1] = statuses;
  const messages = toolMessages(stderr);
  if (zstd === 127 || tar === 127) throw toolMissing(zstd === 127 ? "zstd" : "tar");
  refusedByTar(stderr);
  if (tar === FILE_SIZE_EXCEEDED) throw oversized(limits);
  if (zstd !== 0 && zstd !== 141) throw corruptArchive(`zstd: ${messages || `exit ${zstd}`}`);
  if (tar === 0) return;
  if (/No space left on device/i.test(messages)) throw new ArchiveError(`no space left on the file system holding ${limits.disk} while extracting the archive (${messages})`, { reason: "no-space" });
  throw corruptArchive(`tar: ${messages || `exit ${tar}`}`);
}
function refusedByTar(stderr) {
  const climbing = /^tar: (.*): Member name contains '\.\.'$/m.exec(stderr);
  if (climbing) throw new ArchiveError(`entry ${climbing[1] ?? ""} escapes the target directory`, { reason: "unsafe-entry" });
  const stripped = /^tar: Removing leading `([^']*)' from (member names|hard link targets)$/m.exec(stderr);
  if (stripped) {
    const prefix = stripped[1] ?? "";
    const problem = stripped[2] === "member names" ? `an entry ${prefix.startsWith("/") ? "has an absolute path" : "escapes the target directory"}` : "a hardlink escapes the target directory";
    throw new ArchiveError(`${problem} (its name began with ${prefix}, which tar removed)`, { reason: "unsafe-entry" });
  }
}
function formatSize(bytes) {
  return bytes >= Number.MAX_SAFE_INTEGER ? "unlimited" : formatBytes(bytes);
}

// src/archive/pack.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { mkdir as mkdir4, open as open5, rename as rename3, rm as rm5, stat as stat4 } from "node:fs/promises";
import path7 from "node:path";

// src/util/copy.ts
import { chmod as chmod2, copyFile, lstat as lstat2, mkdir as mkdir3, readdir as readdir3, readlink, rename as rename2, rm as rm4, stat as stat3, symlink, utimes } from "node:fs/promises";
import path5 from "node:path";
async function copyEntry(from, to, root) {
  await mkdir3(path5.dirname(to), { recursive: true });
  const info = await lstat2(from);
  if (info.isSymbolicLink()) {
    const target = await readlink(from);
    if (!path5.isAbsolute(target) && isInside(path5.resolve(path5.dirname(from), target), root)) {
      await replaceWith(to, (temp) => symlink(target, temp));
      return;
    }
    const resolved = await stat3(from).catch(() => void 0);
    if (!resolved?.isFile()) {
      throw new HalcyonError("app/data-file-symlink", `${from} is a symlink to ${target}, which is not a file${resolved ? "" : " (it dangles)"}`, {
        remedy: "Point it at a file inside the package (a relative link), or replace it by the file itself."
      });
    }
  }
  const source = await stat3(from);
  await replaceWith(to, async (temp) => {
    await copyFile(from, temp);
    await chmod2(temp, source.mode & 511);
    await utimes(temp, source.atime, source.mtime);
  });
}
async function replaceWith(to, write) {
  const temp = tempSibling(to);
  try {
    await write(temp);
    await rename2(temp, to);
  } catch (error) {
    await rm4(temp, { force: true });
    throw error;
  }
}
async function copyTree(from, to, skip = () => false, root = from) {
  let copied = 0;
  const walk = async (rel) => {
    for (const entry of await readdir3(path5.join(from, rel), { withFileTypes: true })) {
      const childRel = rel ? path5.join(rel, entry.name) : entry.name;
      if (skip(childRel)) continue;
      if (entry.isDirectory()) await walk(childRel);
      else {
        await copyEntry(path5.join(from, childRel), path5.join(to, childRel), root);
        copied += 1;
      }
    }
  };
  await walk("");
  return copied;
}
function isInside(candidate, root) {
  const rel = path5.relative(root, candidate);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${path5.sep}`) && !path5.isAbsolute(rel);
}

// src/archive/walk.ts
import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import path6 from "node:path";
async function* walkTree(root, exclude, skip) {
  const pending = [""];
  while (pending.length > 0) {
    const dir = pending.pop() ?? "";
    const batch = readDirectory(root, dir, exclude, skip);
    const subdirs = batch.filter((entry) => entry.kind === "directory");
    for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]?.rel ?? "");
    if (batch.length > 0) yield batch;
  }
}
function readDirectory(root, dir, exclude, skip) {
  const abs = path6.join(root, dir);
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    throw ioError("read the directory", abs, error);
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString("utf8") }));
  for (const { entry, name } of named) {
    if (!Buffer.from(name, "utf8").equals(entry.name)) {
      throw new ArchiveError(`cannot archive ${path6.join(abs, escapeBytes(entry.name))}: its name is not valid UTF-8`, {
        reason: "unsupported-source",
        remedy: "Rename it with a UTF-8 name (git mv, or mv on the machine that made it)."
      });
    }
  }
  named.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const batch = [];
  for (const { entry, name } of named) {
    const rel = dir === "" ? name : `${dir}/${name}`;
    const full = path6.join(root, rel);
    if (skip.has(full) || exclude?.(rel) === true) continue;
    const kind = entry.isDirectory() ? "directory" : entry.isSymbolicLink() ? "symlink" : entry.isFile() ? "file" : kindOf(full);
    if (kind === void 0) continue;
    if (kind === "symlink") checkSymlink(full, rel);
    batch.push({ rel, kind });
  }
  return batch;
}
function kindOf(full) {
  let info;
  try {
    info = lstatSync(full);
  } catch {
    return void 0;
  }
  return info.isDirectory() ? "directory" : info.isFile() ? "file" : void 0;
}
function checkSymlink(full, rel) {
  let target;
  try {
    target = readlinkSync(full);
  } catch (error) {
    throw ioError("read the symlink", full, error);
  }
  const problem = symlinkTargetProblem(rel, target);
  if (problem !== void 0) throw new ArchiveError(`cannot archive the symlink ${full}: it ${problem}`, { reason: "unsupported-source" });
}

// src/archive/pack.ts
var TAR_CREATE_OPTIONS = [
  "--format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime",
  "--numeric-owner --owner=0 --group=0 --totals",
  // The listing says what each member holds; in UTC and numeric, tar formats it without a
  // timezone or user lookup per member. Into a file: tar flushes it per member, and a pipe
  // would wake its reader 20k times for a cabal store.
  "-vv --utc --quoting-style=escape --index-file=/dev/fd/4",
  // 64 KiB records (a pipe's buffer) rather than tar's 10 KiB: a sixth of the writes.
  "--blocking-factor=128"
].join(" ");
function tarCreate(recurse) {
  return `tar -c -f - -C "$1" ${recurse ? "--sort=name" : "--no-recursion"} --null -T - ${TAR_CREATE_OPTIONS}`;
}
var ZSTD_COMPRESS = "zstd -3 -T0 -q -c";
async function packDirectory(srcDir, destFile, options = {}) {
  const root = path7.resolve(srcDir);
  const dest = path7.resolve(destFile);
  const rootStats = await stat4(root).catch((error) => {
    throw ioError("read the directory", root, error);
  });
  if (!rootStats.isDirectory()) throw new ArchiveError(`cannot pack ${root}: it is not a directory`, { reason: "io" });
  await mkdir4(path7.dirname(dest), { recursive: true }).catch((error) => {
    throw ioError("create the directory for", dest, error);
  });
  const temp = tempSibling(dest);
  try {
    const topLevel = options.exclude === void 0 && !isInside(dest, root) ? topLevelNames(root) : void 0;
    const packed = (topLevel ? await packInto(temp, root, { names: topLevel, recurse: true }, options.onProgress) : void 0) ?? // The archive may be written inside the tree being packed; it must not archive itself.
    await packInto(temp, root, { names: walkTree(root, options.exclude, /* @__PURE__ */ new Set([temp, dest])), recurse: false }, options.onProgress);
    if (packed === void 0) throw new Error("internal: the walk in Node handed over to itself");
    const digest = await fileDigest(temp);
    await rename3(temp, dest).catch((error) => {
      throw ioError("write", dest, error);
    });
    return { ...digest, entryCount: packed.entryCount, unpackedBytes: packed.unpackedBytes };
  } catch (error) {
    await rm5(temp, { force: true });
    if (error instanceof HalcyonError) throw error;
    throw new ArchiveError(`cannot write the archive ${dest}: ${errorMessage(error)}`, { reason: "io", cause: error });
  }
}
function topLevelNames(root) {
  const names = [];
  let raws;
  try {
    raws = readdirSync2(root, { encoding: "buffer" });
  } catch {
    return void 0;
  }
  for (const raw of raws) {
    const name = raw.toString("utf8");
    if (!Buffer.from(name, "utf8").equals(raw)) return void 0;
    names.push(name);
  }
  return [names.sort((a, b) => a < b ? -1 : a > b ? 1 : 0).map((rel) => ({ rel }))];
}
async function packInto(temp, root, source, onProgress) {
  let file;
  try {
    file = await open5(temp, "w");
  } catch (error) {
    throw ioError("write", temp, error);
  }
  try {
    const packed = await compress(root, source, { handle: file, disk: path7.dirname(temp) }, onProgress);
    if (packed === void 0) return void 0;
    await file.write(manifestFrame({ format: 2, tarBytes: packed.tarBytes, entryCount: packed.entryCount, unpackedBytes: packed.unpackedBytes }), 0, MANIFEST_FRAME_BYTES, 0);
    return packed;
  } finally {
    await file.close().catch(() => void 0);
  }
}
async function compress(root, source, into, onProgress) {
  const file = into.handle;
  await file.write(manifestFrame(void 0), 0, MANIFEST_FRAME_BYTES, null);
  const listing = await ListingFile.create();
  const progress = onProgress ? setInterval(() => void file.stat().then((info) => onProgress(info.size), () => void 0), 500) : void 0;
  try {
    const tools = runToolPipeline(`${tarCreate(source.recurse)} | ${ZSTD_COMPRESS}`, [root], { stdin: "pipe", stdout: file.fd, fd4: listing.fd });
    let walkFailure;
    const fed = feedNames(source.names, tools.stdin).catch((error) => {
      walkFailure = error;
      tools.kill();
    });
    const members = new Members(source.recurse);
    let listingFailure;
    const listed = listing.follow(tools.done, (line) => {
      if (!members.add(line)) tools.kill();
    }).catch((error) => {
      listingFailure = error;
      tools.kill();
    });
    const { statuses, stderr } = await tools.done;
    await Promise.all([fed, listed]);
    if (walkFailure !== void 0) throw walkFailure;
    if (listingFailure !== void 0) throw listingFailure;
    if (members.needsWalk) return void 0;
    checkStatuses(root, into.disk, statuses, stderr);
    const total = /Total bytes written: (\d+)/.exec(stderr)?.[1];
    if (total === void 0) throw new ArchiveError(`cannot archive ${root}: tar did not report its size`, { reason: "io" });
    return { tarBytes: Number(total), unpackedBytes: members.unpackedBytes, entryCount: members.entryCount };
  } finally {
    clearInterval(progress);
    await listing.close();
  }
}
var Members = class {
  constructor(walkedByTar) {
    this.walkedByTar = walkedByTar;
  }
  walkedByTar;
  entryCount = 0;
  unpackedBytes = 0;
  needsWalk = false;
  /** False once the walk in Node must take over. */
  add(line) {
    const entry = parseListingLine(line);
    if (!entry) return true;
    this.entryCount += 1;
    if (entry.type === "file") this.unpackedBytes += entry.size;
    if (this.walkedByTar && !asTheWalkWould(entry)) this.needsWalk = true;
    return !this.needsWalk;
  }
};
function asTheWalkWould(entry) {
  if (entry.name.includes("\uFFFD") || (entry.linkname ?? "").includes("\uFFFD")) return false;
  if (entry.type === "symlink") return symlinkTargetProblem(entry.name, entry.linkname ?? "") === void 0;
  return entry.type === "file" || entry.type === "directory" || entry.type === "link";
}
async function feedNames(batches, stdin) {
  if (!stdin) return;
  let gone = false;
  const stop = () => {
    gone = true;
  };
  stdin.on("error", stop).on("close", stop);
  for await (const batch of batches) {
    if (gone) continue;
    if (!stdin.write(Buffer.from(batch.map((entry) => `${entry.rel}\0`).join(""), "utf8")) && !gone) {
      await new Promise((resolve) => stdin.once("drain", resolve).once("close", resolve));
    }
  }
  stdin.end();
}
function checkStatuses(root, disk, statuses, stderr) {
  const [tarStatus = 1, zstdStatus = 1] = statuses;
  if (tarStatus === 127 || zstdStatus === 127) throw toolMissing(zstdStatus === 127 ? "zstd" : "tar");
  if (tarStatus === 0 && zstdStatus === 0) return;
  const detail = toolMessages(stderr) || `tar exit ${tarStatus}, zstd exit ${zstdStatus}`;
  if (/No space left on device/i.test(detail)) throw new ArchiveError(`no space left on the file system holding ${disk} while writing the archive (${detail})`, { reason: "no-space" });
  throw new ArchiveError(`cannot archive ${root}: ${detail}`, { reason: "io" });
}

// src/archive/restore.ts
import { rename as rename4 } from "node:fs/promises";
import path8 from "node:path";
async function restoreDirectory(input, liveDir, options = {}) {
  const live = path8.resolve(liveDir);
  const temp = tempSibling(live);
  const { onProgress, onStarted } = options;
  const stats = await extractArchive(input, temp, {
    hash: options.expectedSha256 !== void 0 || !("filePath" in input),
    ...onProgress ? { onProgress } : {},
    ...onStarted ? { onStarted } : {}
  });
  try {
    const expected = (await options.expectedSha256)?.toLowerCase();
    if (expected !== void 0 && expected !== stats.sha256) {
      throw new ArchiveError(`archive checksum mismatch: expected sha256 ${expected}, got ${stats.sha256}`, {
        reason: "checksum-mismatch"
      });
    }
    if (options.replace === false) await putInPlace(temp, live);
    else {
      await replaceDirectory(temp, live).catch((error) => {
        throw ioError("replace the directory", live, error);
      });
    }
  } catch (error) {
    await removeTree(temp);
    throw error;
  }
  return stats;
}
async function putInPlace(temp, live) {
  if (await anythingAt(live)) {
    throw new ArchiveError(`${live} appeared while the archive was extracted; nothing was replaced`, { reason: "io", remedy: "Remove it, or give another directory, and run the command again." });
  }
  await rename4(temp, live).catch((error) => {
    throw ioError("put in place the directory", live, error);
  });
}

export {
  formatBytes,
  formatDuration,
  tempSibling,
  writeFileAtomic,
  replaceDirectory,
  freeSpaceAt,
  freeBytesAt,
  anythingAt,
  exists,
  readTextIfExists,
  sweepLeftovers,
  readdirUtf8,
  withCleanup,
  writeStreamToFile,
  appendFiles,
  pollPause,
  sha256Hex,
  shortHash,
  fileDigest,
  ArchiveError,
  extractArchive,
  copyEntry,
  copyTree,
  isInside,
  packDirectory,
  restoreDirectory
};
