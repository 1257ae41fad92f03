import { lstat, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Debian's multiarch name for this machine: the folder its libraries are in. */
export function multiarchTriplet(arch: string = os.arch()): string {
  if (arch === 'arm64') return 'aarch64-linux-gnu';
  if (arch === 'x64') return 'x86_64-linux-gnu';
  return `${arch}-linux-gnu`;
}

/** Where unpacked packages keep shared libraries, most specific first. */
export function libraryDirs(root: string): string[] {
  const triplet = multiarchTriplet();
  return [path.join(root, 'usr', 'lib', triplet), path.join(root, 'usr', 'lib'), path.join(root, 'lib', triplet), path.join(root, 'lib')];
}

/**
 * The environment that makes unpacked packages under `root` visible to cabal, GHC and the C
 * toolchain at build time: pkg-config files, headers, libraries to link and to load (Template
 * Haskell and configure checks run code).
 */
export interface PackagesEnvironment {
  readonly PKG_CONFIG_PATH: string;
  readonly CPATH: string;
  readonly LIBRARY_PATH: string;
  readonly LD_LIBRARY_PATH: string;
}

export function buildEnvironment(root: string): PackagesEnvironment {
  const triplet = multiarchTriplet();
  const includes = [path.join(root, 'usr', 'include', triplet), path.join(root, 'usr', 'include')];
  return {
    PKG_CONFIG_PATH: [path.join(root, 'usr', 'lib', triplet, 'pkgconfig'), path.join(root, 'usr', 'lib', 'pkgconfig'), path.join(root, 'usr', 'share', 'pkgconfig')].join(':'),
    CPATH: includes.join(':'),
    LIBRARY_PATH: libraryDirs(root).join(':'),
    LD_LIBRARY_PATH: libraryDirs(root).join(':'),
  };
}

/**
 * Makes an unpacked tree work where it will live (`finalRoot`), not where it was unpacked:
 * documentation goes, absolute symlinks become relative ones inside the tree (or go, when
 * they point outside it), and pkg-config files name the tree instead of /usr.
 */
export async function relocateTree(dir: string, finalRoot: string): Promise<void> {
  for (const docs of ['usr/share/doc', 'usr/share/man', 'usr/share/info', 'usr/share/lintian']) await rm(path.join(dir, docs), { recursive: true, force: true });
  await walk(dir, '', async (rel, isLink) => {
    const full = path.join(dir, rel);
    if (isLink) {
      const target = await readlink(full);
      if (!path.isAbsolute(target)) return;
      await rm(full);
      if (await lstat(path.join(dir, target)).catch(() => undefined)) await symlink(path.relative(path.dirname(path.join(dir, rel)), path.join(dir, target)), full);
    } else if (rel.endsWith('.pc') && rel.includes('pkgconfig')) {
      const text = await readFile(full, 'utf8');
      await writeFile(full, text.replace(/^(\w+)=\/usr(?=\/|$)/gm, `$1=${finalRoot}/usr`));
    }
  });
}

async function walk(dir: string, rel: string, visit: (rel: string, isLink: boolean) => Promise<void>): Promise<void> {
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? path.join(rel, entry.name) : entry.name;
    if (entry.isDirectory()) await walk(dir, child, visit);
    else await visit(child, entry.isSymbolicLink());
  }
}

/** Shared libraries (and their version symlinks): what an app needs of the packages at run time. */
export function isSharedLibrary(name: string): boolean {
  return /\.so(\.\d+)*$/.test(name);
}
