import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VARIABLES, type VarSpec } from './schema.ts';
import type { SettingLayer } from './settings.ts';

/** `.halcyon/<name>` files in the app: settings that travel with the source (e.g. ghc-version). */
export async function magicFileLayer(appDir: string): Promise<SettingLayer> {
  const dir = path.join(appDir, '.halcyon');
  const vars: Record<string, string> = {};
  const names = new Set(await readdir(dir).catch((): string[] => []));
  const byFile = new Map<string, string>();
  for (const spec of VARIABLES as readonly VarSpec[]) {
    if (spec.magic && names.has(spec.magic)) {
      vars[spec.name] = (await readFile(path.join(dir, spec.magic), 'utf8')).trim();
      byFile.set(spec.name, `.halcyon/${spec.magic}`);
    }
  }
  return { source: 'magic file', vars, describe: (name) => byFile.get(name) ?? name };
}
