import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);

// src/util/interrupt.ts
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
var cleanups = /* @__PURE__ */ new Set();
function onInterrupt(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
var SETTLE_MS = 50;
function runInterruptCleanups() {
  const all = [...cleanups].reverse();
  cleanups.clear();
  let undone = false;
  for (const round of [0, 1]) {
    if (round === 1 && all.length > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
    for (const cleanup of all) {
      try {
        if (cleanup() !== false && round === 0) undone = true;
      } catch {
      }
    }
  }
  return undone;
}
function removeTempFamily(temp) {
  const dir = path.dirname(temp);
  const base = path.basename(temp);
  let names = [];
  try {
    names = readdirSync(dir).filter((name) => name === base || name.startsWith(`${base}.`));
  } catch {
    return false;
  }
  for (const name of names) rmSync(path.join(dir, name), { recursive: true, force: true });
  return names.length > 0;
}

export {
  onInterrupt,
  runInterruptCleanups,
  removeTempFamily
};
