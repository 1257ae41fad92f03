import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

// What a cabal store holds for one compiler: a directory a unit (`aeson-2.0.3.0-<hash>`), and
// the unit's registration in package.db (`<unit id>.conf`). cabal writes a unit into
// `incoming/` first, renames it into place, then registers it: a build stopped part-way can
// leave a unit not yet registered, or a half-written one in `incoming/`.

const NOT_UNITS = new Set(['package.db', 'incoming']);

/** Unit ids registered in the store's package database: the libraries GHC will see. */
export async function registeredUnits(storeGhcDir: string): Promise<Set<string>> {
  const entries = await readdir(path.join(storeGhcDir, 'package.db')).catch(() => []);
  return new Set(entries.filter((name) => name.endsWith('.conf')).map((name) => name.slice(0, -'.conf'.length)));
}

/**
 * An executable's unit (`hsc2hs-0.68.7-e-hsc2hs-<hash>`) is never registered: its directory,
 * renamed into place whole, is all there is of it.
 */
export function isExecutableUnit(unitId: string): boolean {
  return /-e-[^/]+-[0-9a-f]{64}$/.test(unitId);
}

/** The units of the store a build can count on: registered libraries, and executables in place. */
export async function completeUnits(storeGhcDir: string): Promise<Set<string>> {
  const complete = await registeredUnits(storeGhcDir);
  for (const name of await readdir(storeGhcDir).catch(() => [])) if (isExecutableUnit(name)) complete.add(name);
  return complete;
}

/**
 * Makes the store what its package database says: a library's directory not registered, and
 * anything in `incoming/`, is removed (cabal builds those again). Returns what was removed.
 */
export async function dropUnregisteredUnits(storeGhcDir: string): Promise<string[]> {
  const complete = await completeUnits(storeGhcDir);
  const removed: string[] = [];
  for (const name of await readdir(storeGhcDir).catch(() => [])) {
    if (NOT_UNITS.has(name) || name.startsWith('.') || complete.has(name)) continue;
    await rm(path.join(storeGhcDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  await rm(path.join(storeGhcDir, 'incoming'), { recursive: true, force: true });
  return removed;
}
