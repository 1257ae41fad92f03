import type { RemoteRepo } from '../config/options.ts';
import { DEFAULT_REMOTE_REPO } from '../config/options.ts';

/**
 * The cabal config the layers run with. Written by us, not by cabal's first run, because
 * cabal's own default names the secure Hackage repository and dies offline; with
 * `file+noindex` repositories it then builds without any network.
 */
export function cabalConfigText(cabalDir: string, storeDir: string, repo: RemoteRepo | undefined, jobs: number): string {
  const lines = [`-- Written by halcyon; regenerated on every cabal layer build.`];
  if (repo) {
    lines.push(`repository ${repo.name}`, `  url: ${repo.url}`);
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
