import { chmod, copyFile, cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { RunContext } from '../engine/context.ts';
import type { CabalPackage } from '../haskell/cabal-file.ts';
import { expandDataFiles } from '../haskell/data-files.ts';
import { cabalBuildArgs, cabalInvocation } from '../haskell/plan.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import { sha256Hex } from '../util/hash.ts';
import { writeFileAtomic } from '../util/fs.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { buildDirOf, distDirOf } from './build.ts';
import type { Layer } from './layer.ts';
import { layerPaths } from './paths.ts';

/** What an install archive says about itself; read back on the fast path and by `paths`. */
export interface InstallManifest {
  readonly label: string;
  readonly executables: readonly string[];
  /** Relative to the prefix; undefined when the package has no data files. */
  readonly dataDir: string | undefined;
  /** cabal's Paths module reads the data directory from this variable. */
  readonly dataDirVariable: string;
  /** The archives it was built from, kept in the cache even when the fast path skips them. */
  readonly builtFrom: readonly string[];
}

export const MANIFEST_FILE = '.halcyon-install.json';

export interface InstallLayerInput {
  readonly toolchain: Toolchain;
  readonly app: CabalPackage;
  readonly appDir: string;
  readonly installInputs: string;
  /** Filled in once the other layers are known, before this one is built. */
  builtFrom: string[];
}

/** The inputs that name an install archive: knowable without GHC or cabal, for the fast path. */
export function installInputs(sourceHash: string, toolchain: Pick<Toolchain, 'ghcId'>, prefixPath: string): string {
  return sha256Hex(`${sourceHash}\n${toolchain.ghcId}\n${prefixPath}`);
}

export function installLayer(ctx: RunContext, input: InstallLayerInput): Layer {
  const { toolchain, app } = input;
  const folder = `${ctx.platform}/ghc-${toolchain.ghcVersion}/`;
  return {
    kind: 'install',
    title: `install of ${app.label}`,
    liveDir: layerPaths(ctx.options.basePath).install(app.label),
    key: `${folder}halcyon-install-${input.installInputs.slice(0, 12)}-${app.label}.tar.zst`,
    inputs: input.installInputs,
    isDependency: false,
    supersedes: (other) => new RegExp(`^${escapeRegExp(folder)}halcyon-install-[0-9a-f]{12}-${escapeRegExp(app.label)}\\.tar\\.zst$`).test(other),
    build: (buildCtx) => assembleInstall(buildCtx, input),
  };
}

async function assembleInstall(ctx: RunContext, input: InstallLayerInput): Promise<void> {
  const { app, toolchain } = input;
  const liveDir = layerPaths(ctx.options.basePath).install(app.label);
  const buildDir = buildDirOf(ctx, app.label);
  await rm(liveDir, { recursive: true, force: true });
  await mkdir(path.join(liveDir, 'bin'), { recursive: true });
  const cabal = cabalInvocation(ctx, toolchain);
  for (const exe of app.executables) {
    const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, 'list-bin', `exe:${exe}`, ...cabalBuildArgs(toolchain, distDirOf(buildDir))], {
      cwd: buildDir,
      env: cabal.env,
      prependPath: cabal.prependPath,
      quiet: true,
    });
    const binary = result.stdout.trim().split('\n').pop() ?? '';
    if (result.exitCode !== 0 || !binary.startsWith('/')) {
      throw new HalcyonError('build-failed', `cabal could not locate the built executable ${exe}`, {
        remedy: `Check that "executable ${exe}" is buildable (no buildable: False) in ${app.cabalFile}. cabal said:\n${result.tail}`,
      });
    }
    const target = path.join(liveDir, 'bin', exe);
    await copyFile(binary, target);
    await chmod(target, 0o755);
    // Symbols are most of a GHC executable's size and nothing at run time needs them.
    await ctx.exec('strip', ['--strip-unneeded', target], { quiet: true });
  }
  const dataFiles = await expandDataFiles(path.join(buildDir, app.packageDir), app.dataDir, app.dataFiles);
  const dataDir = dataFiles.length > 0 ? `share/${app.label}` : undefined;
  for (const relPath of dataFiles) {
    const from = path.join(buildDir, app.packageDir, app.dataDir, relPath);
    const to = path.join(liveDir, dataDir ?? '', relPath);
    await mkdir(path.dirname(to), { recursive: true });
    await cp(from, to, { preserveTimestamps: true });
  }
  const manifest: InstallManifest = {
    label: app.label,
    executables: app.executables,
    dataDir,
    dataDirVariable: `${app.name.replace(/-/g, '_')}_datadir`,
    builtFrom: input.builtFrom,
  };
  await writeFileAtomic(path.join(liveDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(installDir: string): Promise<InstallManifest> {
  const text = await readFile(path.join(installDir, MANIFEST_FILE), 'utf8');
  return JSON.parse(text) as InstallManifest;
}
