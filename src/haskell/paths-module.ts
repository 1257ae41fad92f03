import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The data directory cabal compiled into a package's Paths_ module (it generates one for
 * every component, used or not), read from the build directory: the place its data files
 * must be at run time, since nothing sets `<pkg>_datadir` there.
 */
export async function compiledDataDir(distDir: string, packageName: string, label: string): Promise<string | undefined> {
  const moduleName = `Paths_${packageName.replace(/-/g, '_')}.hs`;
  for (const file of await findFiles(path.join(distDir, 'build'), moduleName, label)) {
    const text = await readFile(file, 'utf8');
    const match = /^datadir\s*=\s*"((?:[^"\\]|\\.)*)"/m.exec(text);
    if (match?.[1] !== undefined) return decodeHaskellString(match[1]);
  }
  return undefined;
}

/** Paths_ files under the `label` (name-version) folder of a dist-newstyle build tree. */
async function findFiles(dir: string, name: string, label: string, insidePackage = false, depth = 0): Promise<string[]> {
  if (depth > 10) return [];
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findFiles(full, name, label, insidePackage || entry.name === label, depth + 1)));
    else if (insidePackage && entry.name === name) found.push(full);
  }
  return found;
}

/** Haskell string escapes as `show` writes them for a FilePath: `\\`, `\"`, decimal `\1234`, and `\&`. */
export function decodeHaskellString(text: string): string {
  return text.replace(/\\(\d+|&|.)/g, (_, escape: string) => {
    if (escape === '&') return '';
    if (/^\d+$/.test(escape)) return String.fromCodePoint(Number(escape));
    return escape === 'n' ? '\n' : escape === 't' ? '\t' : escape;
  });
}
