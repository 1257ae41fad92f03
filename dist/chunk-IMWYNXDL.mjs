import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  HalcyonError
} from "./chunk-C7SAENDW.mjs";

// src/util/format.ts
function formatBytes(sizeBytes) {
  if (sizeBytes < 1024) return `${sizeBytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = sizeBytes / 1024;
  let unit = "KB";
  for (const next of units.slice(1)) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
}
function formatDuration(durationMs) {
  if (durationMs < 6e4) return `${(durationMs / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(durationMs / 6e4);
  const seconds = Math.round(durationMs % 6e4 / 1e3);
  return `${minutes} min ${seconds} s`;
}

// src/util/fs.ts
import { randomBytes } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, open, readdir, rename, rm, writeFile, stat, readFile } from "node:fs/promises";
import path from "node:path";
function tempSibling(target) {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
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

export {
  formatBytes,
  formatDuration,
  tempSibling,
  writeFileAtomic,
  replaceDirectory,
  exists,
  readTextIfExists,
  sweepLeftovers,
  readdirUtf8,
  escapeBytes,
  withCleanup,
  writeStreamToFile,
  appendFiles,
  pollPause
};
