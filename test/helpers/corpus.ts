// The real-world corpus: real Hackage sdists from Debian's source packages, assembled by
// scripts/corpus.sh (cached, offline once cached), and the apps that build against them.
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, run, scrubbedEnv, tempDir } from './heroku.ts';

export const CORPUS_APPS = path.join(REPO_ROOT, 'test', 'corpus', 'apps');
const SHARED_REPO = process.env.HALCYON_CORPUS_REPO ?? '/var/tmp/halcyon-corpus/repo';

/**
 * A private, writable copy of the corpus repository (cabal writes its index cache into it,
 * and test files run side by side), as a HALCYON_CABAL_REMOTE_REPO value.
 */
export async function corpusRepo(): Promise<{ dir: string; remoteRepo: string }> {
  const assembled = await run('bash', [path.join(REPO_ROOT, 'scripts', 'corpus.sh'), SHARED_REPO], scrubbedEnv({ HOME: '/root' }));
  if (assembled.code !== 0) throw new Error(`scripts/corpus.sh failed:\n${assembled.stdout}\n${assembled.stderr}`);
  const dir = path.join(await tempDir('corpus'), 'repo');
  await cp(SHARED_REPO, dir, { recursive: true });
  await rm(path.join(dir, 'noindex.cache'), { force: true });
  return { dir, remoteRepo: `corpus:file+noindex://${dir}` };
}

/** Sizes and origins of the layers as a run's log reports them: `kind  origin  size`. */
export function layerFigures(log: string): string[] {
  const figures: string[] = [];
  for (const section of log.split(/^-----> /m)) {
    const title = section.split('\n', 1)[0] ?? '';
    const detail = /(?:(built|fetched)(?:, unpacked)? and archived|(from (?:cache|private bucket \S+|public storage))): \S+ \(([\d.]+ (?:B|kB|MB|GB)), ([\d.]+ s|\d+ min \d+ s)\)/.exec(section);
    if (detail) figures.push(`${title}: ${detail[1] ?? detail[2]} ${detail[3]} in ${detail[4]}`);
  }
  return figures;
}
