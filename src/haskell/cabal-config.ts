import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RemoteRepo } from '../config/options.ts';
import { DEFAULT_REMOTE_REPO } from '../config/options.ts';

/**
 * The cabal config the layers run with. Written by us, not by cabal's first run, because
 * cabal's own default names the secure Hackage repository and dies offline; with
 * `file+noindex` repositories it then builds without any network.
 */
export function cabalConfigText(cabalDir: string, storeDir: string, repo: RemoteRepo | undefined, jobs: number, credentials: 'with-credentials' | 'without-credentials'): string {
  const lines = [`-- Written by halcyon; regenerated on every cabal layer build.`];
  if (repo) {
    lines.push(`repository ${repo.name}`, `  url: ${credentials === 'with-credentials' ? repo.url : repo.publicUrl}`);
    // Hackage's own repository is secure with the root keys built into cabal.
    if (repo.name === DEFAULT_REMOTE_REPO.name && /^https?:\/\/hackage\.haskell\.org\/?$/.test(repo.url)) lines.push('  secure: True');
  }
  // store-dir here too, so a plain `cabal repl` (one-off dyno, after restore) finds the dependency layer.
  lines.push(`remote-repo-cache: ${cabalDir}/packages`, `store-dir: ${storeDir}`, `jobs: ${jobs}`, '');
  return lines.join('\n');
}

/** `hackage.haskell.org` → `hackage.haskell.org`, a file+noindex repo → `local`: a file-name-safe id. */
export function repoId(repo: RemoteRepo | undefined): string {
  return repo ? repo.name.toLowerCase().replace(/[^a-z0-9.-]/g, '-') : 'none';
}

/**
 * The config file cabal reads in this run. It is the cabal layer's own, unless the package
 * repository URL carries credentials: the layer's config never holds them (it is archived and
 * uploaded), so cabal gets a copy with them, in a private temp directory removed at exit.
 */
export async function runConfigPath(cabalDir: string, storeDir: string, repo: RemoteRepo | undefined, jobs: number): Promise<string> {
  if (!repo || repo.url === repo.publicUrl) return path.join(cabalDir, 'config');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'halcyon-cabal-config-'));
  // At any exit, an interrupt's too (its handler exits): a copy of credentials, not work to undo.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'config');
  await writeFile(file, cabalConfigText(cabalDir, storeDir, repo, jobs, 'with-credentials'), { mode: 0o600 });
  return file;
}
