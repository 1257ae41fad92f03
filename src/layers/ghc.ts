import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { RunContext } from './context.ts';
import { inventoryDownload, type Toolchain } from '../haskell/toolchain.ts';
import { downloadVerified } from '../util/download.ts';
import { withProgress } from '../util/progress.ts';
import { digestInputs, type Layer } from './layer.ts';
import { layerPaths } from '../config/paths.ts';
import { withTempDir } from '../util/temp.ts';
import { escapeRegExp } from '../util/regexp.ts';

/** GHC: an official binary distribution installed under HALCYON_BASE, or the system's. */
export function ghcLayer(ctx: RunContext, toolchain: Toolchain): Layer {
  const liveDir = layerPaths(ctx.options.basePath).ghc;
  if (toolchain.flavour === 'system') {
    return {
      kind: 'ghc',
      title: `GHC ${toolchain.ghcVersion} (system)`,
      liveDir,
      key: undefined,
      inputs: digestInputs({ ghc: toolchain.ghcId }),
      namedInputs: { ghc: toolchain.ghcId },
      isDependency: true,
      build: async () => undefined,
    };
  }
  const download = ctx.options.ghcBindist ?? inventoryDownload('GHC', toolchain.ghcVersion, ctx.platform);
  const namedInputs = { ghc: toolchain.ghcVersion, 'bindist sha256': download.sha256, base: liveDir };
  const key = `${ctx.layerRoot}/halcyon-ghc-${toolchain.ghcId}.tar.zst`;
  return {
    kind: 'ghc',
    title: `GHC ${toolchain.ghcVersion}`,
    liveDir,
    key,
    inputs: digestInputs(namedInputs),
    namedInputs,
    isDependency: true,
    build: (buildCtx) => installBindist(buildCtx, download, liveDir),
    // Another version's archive: still needed by another app's recent deploys, cleaning's retention keeps it.
    supersedes: (other) => other !== key && new RegExp(`^${escapeRegExp(ctx.layerRoot)}/halcyon-ghc-[^/]+\\.tar\\.zst$`).test(other),
  };
}

async function installBindist(ctx: RunContext, download: { url: string; sha256: string }, liveDir: string): Promise<void> {
  await withTempDir('ghc', async (work) => {
    const file = path.join(work, path.basename(new URL(download.url).pathname) || 'ghc.tar');
    ctx.log.detail(`downloading ${download.url}`);
    await withProgress(ctx.log, `downloading ${path.basename(file)}`, ctx.options.progressIntervalMs, (progress) =>
      downloadVerified(download.url, download.sha256, file, ctx.options.transfer, (done, total) => progress.set(done, total)),
    );
    ctx.log.detail('sha256 verified; unpacking');
    const unpacked = path.join(work, 'src');
    await mkdir(unpacked);
    await run(ctx, 'tar', ['-xf', file, '-C', unpacked], work, 'unpack the GHC binary distribution');
    const top = await findConfigureDir(unpacked);
    await rm(liveDir, { recursive: true, force: true });
    await run(ctx, './configure', [`--prefix=${liveDir}`], top, 'configure the GHC binary distribution');
    await run(ctx, 'make', ['install'], top, 'install the GHC binary distribution');
    await rm(path.join(liveDir, 'share', 'doc'), { recursive: true, force: true });
  });
}

async function findConfigureDir(dir: string): Promise<string> {
  const names = await readdir(dir);
  if (names.includes('configure')) return dir;
  for (const name of names) {
    const nested = path.join(dir, name);
    const inner: string[] = await readdir(nested).catch(() => []);
    if (inner.includes('configure')) return nested;
  }
  throw new HalcyonError('toolchain/bindist-without-configure', 'The GHC binary distribution has no configure script', {
    remedy: 'Use an official GHC binary distribution (.tar.xz from the GHC download page) for HALCYON_GHC_BINDIST_URL.',
  });
}

async function run(ctx: RunContext, file: string, args: string[], cwd: string, what: string): Promise<void> {
  const result = await ctx.exec(file, args, { cwd, quiet: true });
  if (result.exitCode !== 0) {
    throw new HalcyonError('toolchain/bindist-install', `Could not ${what} (${file} exited with ${result.exitCode})`, {
      remedy: `A GHC binary distribution needs gcc, make and libgmp, libffi, libncurses on the machine, and one built\nfor its distribution (see HALCYON_GHC_VERSION, HALCYON_GHC_BINDIST_URL). The last lines of its output:\n${result.tail}`,
    });
  }
}
