import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);

// src/util/interrupt.ts
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
var cleanups = /* @__PURE__ */ new Set();
function onInterrupt(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
function runInterruptCleanups() {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
    }
  }
  cleanups.clear();
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
