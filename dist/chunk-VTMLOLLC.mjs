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
  for (const round of [0, 1]) {
    if (round === 1 && all.length > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
    for (const cleanup of all) {
      try {
        cleanup();
      } catch {
      }
    }
  }
}
function removeTempFamily(temp) {
  const dir = path.dirname(temp);
  const base = path.basename(temp);
  let names = [];
  try {
    names = readdirSync(dir).filter((name) => name === base || name.startsWith(`${base}.`));
  } catch {
    return;
  }
  for (const name of names) rmSync(path.join(dir, name), { recursive: true, force: true });
}

export {
  onInterrupt,
  runInterruptCleanups,
  removeTempFamily
};
