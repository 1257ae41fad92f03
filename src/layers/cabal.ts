import { chmod, copyFile, mkdir, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import { lookupStores, type RunContext } from './context.ts';
import { cabalConfigText, repoId } from '../haskell/cabal-config.ts';
import { inventoryDownload, type Toolchain } from '../haskell/toolchain.ts';
import { downloadVerified } from '../util/download.ts';
import { withProgress } from '../util/progress.ts';
import { exists, writeFileAtomic } from '../util/fs.ts';
import { digestInputs, type Layer, type StartingPoint } from './layer.ts';
import { isSafeKey } from '../storage/cache-store.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { layerPaths } from '../config/paths.ts';
import type { RemoteRepo } from '../config/options.ts';
import { withTempDir } from '../util/temp.ts';

/**
 * cabal-install with its config and package index. The index changes daily, so the archive
 * is date-stamped (UTC) and `cabal update` runs at most once a day wherever archives are
 * shared; yesterday's archive is the starting point for today's.
 */
export function cabalLayer(ctx: RunContext, toolchain: Toolchain): Layer {
  const liveDir = layerPaths(ctx.options.basePath).cabal;
  const repo = ctx.options.remoteRepo;
  const stem = `${ctx.layerRoot}/halcyon-cabal-${toolchain.cabalId}-${repoId(repo)}`;
  const date = repo ? ctx.now.toISOString().slice(0, 10) : undefined;
  const key = date ? `${stem}-${date}.tar.zst` : `${stem}.tar.zst`;
  // The config names absolute paths under the base (the store, the index cache).
  const namedInputs = { cabal: toolchain.cabalId, repository: repo?.publicUrl ?? 'none', index: date ?? 'none', base: liveDir };
  return {
    kind: 'cabal',
    title: `cabal-install ${toolchain.cabalVersion}${toolchain.flavour === 'system' ? ' (system)' : ''}, ${repo ? `${repo.name} index of ${date}` : 'no package repository'}`,
    liveDir,
    key,
    inputs: digestInputs(namedInputs),
    namedInputs,
    isDependency: true,
    ...(repo ? { unbuilt: { id: 'build-needed/package-index', message: noIndexMessage(toolchain, repo, date ?? '') } } : {}),
    startingPoints: repo ? (c) => olderIndexes(c, stem, key) : undefined,
    supersedes: (other) => datedIndex(stem).test(other) && other < key,
    build: (buildCtx) => buildCabal(buildCtx, toolchain, liveDir),
  };
}

/**
 * What a first run lacks, said as such: the package index cabal update fetches (and, with a
 * downloaded toolchain, the cabal binary kept beside it), not "cabal-install" as if the
 * system's cabal were missing.
 */
function noIndexMessage(toolchain: Toolchain, repo: RemoteRepo, date: string): string {
  const binary = toolchain.flavour === 'system' ? '' : ` (nor cabal-install ${toolchain.cabalVersion}, kept with it)`;
  return `No package index of ${repo.name} (${repo.publicUrl}) is prebuilt, of ${date} or earlier${binary}, and fetching it (cabal update) is not allowed here`;
}

/** This cabal and repository's archive of some day, and nothing else (not a repository whose name extends this one). */
function datedIndex(stem: string): RegExp {
  return new RegExp(`^${escapeRegExp(stem)}-\\d{4}-\\d{2}-\\d{2}\\.tar\\.zst$`);
}

/** Earlier days' archives of the same cabal and repository, newest first. */
async function olderIndexes(ctx: RunContext, stem: string, key: string): Promise<StartingPoint[]> {
  const keys = new Set<string>();
  for (const store of lookupStores(ctx)) {
    for (const object of await store.list(`${stem}-`)) {
      if (datedIndex(stem).test(object.key) && object.key < key && isSafeKey(object.key)) keys.add(object.key);
    }
  }
  return [...keys].sort().reverse().map((older) => ({ key: older }));
}

async function buildCabal(ctx: RunContext, toolchain: Toolchain, liveDir: string): Promise<void> {
  await mkdir(liveDir, { recursive: true });
  if (toolchain.flavour === 'bindist' && !(await exists(toolchain.cabalBin))) await installCabalBinary(ctx, toolchain);
  await writeFileAtomic(path.join(liveDir, 'config'), cabalConfigText(liveDir, layerPaths(ctx.options.basePath).store, ctx.options.remoteRepo, os.availableParallelism(), 'without-credentials'));
  if (!ctx.options.remoteRepo) return;
  ctx.log.detail(`cabal update (${ctx.options.remoteRepo.publicUrl})`);
  const result = await ctx.exec(toolchain.cabalBin, ['update'], {
    env: { CABAL_DIR: liveDir, CABAL_CONFIG: ctx.cabalConfig },
    prependPath: toolchain.binDirs,
    quiet: true,
  });
  if (result.exitCode !== 0) {
    throw new HalcyonError('toolchain/cabal-update', `cabal update failed for ${ctx.options.remoteRepo.publicUrl}`, {
      remedy: `Check HALCYON_CABAL_REMOTE_REPO. cabal said:\n${result.tail}`,
    });
  }
}

async function installCabalBinary(ctx: RunContext, toolchain: Toolchain): Promise<void> {
  const download = inventoryDownload('cabal-install', toolchain.cabalVersion, ctx.platform);
  await withTempDir('cabal', async (work) => {
    const file = path.join(work, path.basename(new URL(download.url).pathname) || 'cabal.tar');
    ctx.log.detail(`downloading ${download.url}`);
    await withProgress(ctx.log, `downloading ${path.basename(file)}`, ctx.options.progressIntervalMs, (progress) =>
      downloadVerified(download.url, download.sha256, file, ctx.options.transfer, (done, total) => progress.set(done, total)),
    );
    const unpacked = path.join(work, 'src');
    await mkdir(unpacked);
    const result = await ctx.exec('tar', ['-xf', file, '-C', unpacked], { quiet: true });
    const binary = await findFile(unpacked, 'cabal');
    if (result.exitCode !== 0 || !binary) {
      throw new HalcyonError('toolchain/cabal-archive', `The cabal-install archive ${download.url} holds no cabal binary`, {
        remedy: 'Set HALCYON_CABAL_VERSION to another version, or HALCYON_SYSTEM_TOOLCHAIN=1 to use cabal on PATH.',
      });
    }
    await mkdir(path.dirname(toolchain.cabalBin), { recursive: true });
    await copyFile(binary, toolchain.cabalBin);
    await chmod(toolchain.cabalBin, 0o755);
  });
}

async function findFile(dir: string, name: string): Promise<string | undefined> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = await findFile(full, name);
      if (found) return found;
    }
  }
  return undefined;
}
