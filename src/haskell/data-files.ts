import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';

/**
 * Expands a package's `data-files` globs (relative to `data-dir`) the way cabal does for
 * the common cases: literal paths, `*` within one path segment, and `**` for any depth.
 */
export async function expandDataFiles(
  packageDir: string,
  dataDir: string,
  patterns: readonly string[],
  origin: { field: string; remedy: string } = { field: 'data-files', remedy: 'Fix the data-files field of the .cabal file (cabal sdist would fail on it too).' },
): Promise<string[]> {
  if (patterns.length === 0) return [];
  const base = path.join(packageDir, dataDir);
  const all = await listFiles(base);
  const found = new Set<string>();
  for (const pattern of patterns) {
    const regex = globToRegex(pattern);
    const matches = all.filter((file) => regex.test(file));
    if (matches.length === 0) {
      throw new HalcyonError('app/data-files-no-match', `${origin.field} pattern "${pattern}" matches no file under ${dataDir || 'the package directory'}`, { remedy: origin.remedy });
    }
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

export function globToRegex(pattern: string): RegExp {
  let source = '';
  const normalized = pattern.replace(/^\.\//, '');
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized[i] ?? '';
    if (normalized.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (char === '*') source += '[^/]*';
    else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'dist-newstyle' && entry.name !== '.git' && !(rel === '' && entry.name === 'dist')) files.push(...(await listFiles(dir, childRel)));
    } else files.push(childRel);
  }
  return files;
}
