import { chmod, copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { EngineOptions } from '../config/options.ts';
import type { RunContext } from './context.ts';
import type { CabalPackage } from '../haskell/cabal-file.ts';
import { expandDataFiles } from '../haskell/data-files.ts';
import { compiledDataDir } from '../haskell/paths-module.ts';
import { isSharedLibrary, libraryDirs } from '../os/layout.ts';
import { appBuildInvocation, cabalBuildArgs, type StoreUnit } from '../haskell/plan.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import { copyEntry, copyTree, isInside } from '../util/copy.ts';
import { exists, writeFileAtomic } from '../util/fs.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { buildDirOf, distDirOf, hookEnvironment } from './build.ts';
import { runHook } from '../haskell/hooks.ts';
import { digestInputs, type Layer, type NamedInputs } from './layer.ts';
import { layerPaths } from '../config/paths.ts';

/** What an install archive says about itself; read back on the fast path and by `paths`. */
export interface InstallManifest {
  readonly label: string;
  readonly executables: readonly string[];
  /** Where each local package's data files are, relative to the prefix (as compiled into its Paths_ module). */
  readonly dataDirs: readonly string[];
  /**
   * The base the app was built at. Dependencies' data files are read from the store paths
   * compiled into the executable, under this base: BASE_TREE holds them relative to it.
   */
  readonly base: string;
  /** Extra OS packages' library folders, relative to the base (their shared libraries are in BASE_TREE): for LD_LIBRARY_PATH. */
  readonly libraryDirs?: readonly string[];
  /** The archives it was built from, kept in the cache even when the fast path skips them. */
  readonly builtFrom: readonly string[];
}

export const MANIFEST_FILE = '.halcyon-install.json';
/** Inside an install layer: files that belong under the base, not the prefix (dependencies' data files). */
export const BASE_TREE = '.halcyon-base';

export interface InstallLayerInput {
  readonly toolchain: Toolchain;
  readonly app: CabalPackage;
  /** Every package of the project, the app's included: their data files are installed. */
  readonly packages: readonly CabalPackage[];
  readonly appDir: string;
  readonly installInputs: NamedInputs;
  /** Filled in once the other layers are known, before this one is built. */
  builtFrom: string[];
  /** The dependencies as the plan resolved them, filled in with builtFrom: their data files are installed. */
  dependencies: readonly StoreUnit[];
}

/** The inputs that name an install archive: knowable without GHC or cabal, for the fast path. */
export function installInputs(
  sourceHash: string,
  toolchain: Pick<Toolchain, 'ghcId'>,
  options: Pick<EngineOptions, 'prefixPath' | 'extraConfigureFlags' | 'extraDataFiles' | 'extraOsPackages' | 'tests'>,
): NamedInputs {
  return {
    // 2: data files where the compiled paths point (1 relied on a variable set by .profile.d).
    layout: '2',
    source: sourceHash,
    ghc: toolchain.ghcId,
    prefix: options.prefixPath,
    ...(options.extraConfigureFlags.length > 0 ? { 'configure flags': options.extraConfigureFlags.join(' ') } : {}),
    ...(options.extraDataFiles.length > 0 ? { 'extra data files': options.extraDataFiles.join(' ') } : {}),
    ...(options.extraOsPackages.length > 0 ? { 'OS packages': options.extraOsPackages.join(' ') } : {}),
    ...(options.tests ? { tests: 'built' } : {}),
  };
}

/** Test builds (Heroku CI) name their layers apart, so they never clean or replace the deployed app's. */
export function keyLabel(app: Pick<CabalPackage, 'label'>, options: Pick<EngineOptions, 'tests'>): string {
  return options.tests ? `${app.label}-tests` : app.label;
}

export function installLayer(ctx: RunContext, input: InstallLayerInput): Layer {
  const { toolchain, app } = input;
  const folder = `${ctx.platform}/ghc-${toolchain.ghcVersion}/`;
  const label = keyLabel(app, ctx.options);
  return {
    kind: 'install',
    title: `install of ${label}`,
    liveDir: layerPaths(ctx.options.basePath).install(label),
    key: `${folder}halcyon-install-${digestInputs(input.installInputs).slice(0, 12)}-${label}.tar.zst`,
    inputs: digestInputs(input.installInputs),
    namedInputs: input.installInputs,
    isDependency: false,
    supersedes: (other) => new RegExp(`^${escapeRegExp(folder)}halcyon-install-[0-9a-f]{12}-${escapeRegExp(label)}\\.tar\\.zst$`).test(other),
    build: (buildCtx) => assembleInstall(buildCtx, input),
  };
}

async function assembleInstall(ctx: RunContext, input: InstallLayerInput): Promise<void> {
  const { app } = input;
  const liveDir = layerPaths(ctx.options.basePath).install(keyLabel(app, ctx.options));
  await rm(liveDir, { recursive: true, force: true });
  await mkdir(path.join(liveDir, 'bin'), { recursive: true });
  for (const exe of app.executables) await installExecutable(ctx, input, exe, path.join(liveDir, 'bin', exe));
  const dataDirs = await installPackagesData(ctx, input, liveDir);
  const dependencyFiles = await installDependenciesData(ctx, input.dependencies, path.join(liveDir, BASE_TREE));
  if (dependencyFiles > 0) ctx.log.detail(`${dependencyFiles} data ${dependencyFiles === 1 ? 'file' : 'files'} of the dependencies, where their executables look for them`);
  const libraryDirs = await installOsLibraries(ctx, path.join(liveDir, BASE_TREE));
  const manifest: InstallManifest = { label: app.label, executables: app.executables, dataDirs, base: ctx.options.basePath, libraryDirs, builtFrom: input.builtFrom };
  await writeFileAtomic(path.join(liveDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const appDataDir = path.join(liveDir, await dataDirOf(ctx, buildDirOf(ctx, keyLabel(app, ctx.options)), app));
  await runHook('pre-install-hook', { ...hookEnvironment(ctx, input.toolchain, app.label), appDir: input.appDir, cwd: liveDir, args: [input.appDir, liveDir, appDataDir] });
}

async function installExecutable(ctx: RunContext, input: InstallLayerInput, exe: string, target: string): Promise<void> {
  const buildDir = buildDirOf(ctx, keyLabel(input.app, ctx.options));
  const cabal = appBuildInvocation(ctx, input.toolchain);
  const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, 'list-bin', `exe:${exe}`, ...cabalBuildArgs(ctx, input.toolchain, distDirOf(buildDir))], {
    cwd: buildDir,
    env: cabal.env,
    prependPath: cabal.prependPath,
    quiet: true,
  });
  const binary = result.stdout.trim().split('\n').pop() ?? '';
  if (result.exitCode !== 0 || !binary.startsWith('/')) {
    throw new HalcyonError('build-failed/executable-not-found', `cabal could not locate the built executable ${exe}`, {
      remedy: `Check that "executable ${exe}" is buildable (no buildable: False) in ${input.app.cabalFile}. cabal said:\n${result.tail}`,
    });
  }
  await copyFile(binary, target);
  await chmod(target, 0o755);
  // Symbols are most of a GHC executable's size and nothing at run time needs them.
  await ctx.exec('strip', ['--strip-unneeded', target], { quiet: true });
}

/**
 * Each local package's data files go where its Paths_ module looks for them: the build runs
 * with CABAL_DIR set to the prefix, so that is PREFIX/share/<abi>/<name-version>. Relative
 * symlinks among them stay symlinks.
 */
async function installPackagesData(ctx: RunContext, input: InstallLayerInput, liveDir: string): Promise<string[]> {
  const buildDir = buildDirOf(ctx, keyLabel(input.app, ctx.options));
  const dataDirs: string[] = [];
  for (const pkg of input.packages) {
    const packageDir = path.join(buildDir, pkg.packageDir);
    const files = await expandDataFiles(packageDir, pkg.dataDir, pkg.dataFiles);
    if (files.length === 0) continue;
    const relDir = await dataDirOf(ctx, buildDir, pkg);
    const from = path.join(packageDir, pkg.dataDir);
    for (const relPath of files) await copyEntry(path.join(from, relPath), path.join(liveDir, relDir, relPath), from);
    dataDirs.push(relDir);
    ctx.log.detail(`${files.length} data ${files.length === 1 ? 'file' : 'files'} of ${pkg.label} in ${path.join(ctx.options.prefixPath, relDir)}`);
  }
  if (ctx.options.extraDataFiles.length > 0) dataDirs.push(await installExtraDataFiles(ctx, input.app, buildDir, liveDir));
  return [...new Set(dataDirs)];
}

/** HALCYON_EXTRA_DATA_FILES: files of the source, into the app package's data directory, keeping their relative paths. */
async function installExtraDataFiles(ctx: RunContext, app: CabalPackage, buildDir: string, liveDir: string): Promise<string> {
  const files = await expandDataFiles(buildDir, '', ctx.options.extraDataFiles, {
    field: 'HALCYON_EXTRA_DATA_FILES',
    remedy: 'Fix HALCYON_EXTRA_DATA_FILES (or .halcyon/extra-data-files): patterns relative to the app\'s top directory, e.g. static/** or config/*.yaml.',
  });
  const relDir = await dataDirOf(ctx, buildDir, app);
  for (const relPath of files) await copyEntry(path.join(buildDir, relPath), path.join(liveDir, relDir, relPath), buildDir);
  ctx.log.detail(`${files.length} extra data ${files.length === 1 ? 'file' : 'files'} (HALCYON_EXTRA_DATA_FILES) in ${path.join(ctx.options.prefixPath, relDir)}`);
  return relDir;
}

async function dataDirOf(ctx: RunContext, buildDir: string, pkg: CabalPackage): Promise<string> {
  const compiled = await compiledDataDir(distDirOf(buildDir), pkg.name, pkg.label);
  if (compiled && isInside(compiled, ctx.options.prefixPath) && compiled !== ctx.options.prefixPath) return path.relative(ctx.options.prefixPath, compiled);
  throw new HalcyonError('internal/data-dir-outside-prefix', `The Paths_ module of ${pkg.label} looks for its data files in ${compiled ?? 'an unknown place'}, not under ${ctx.options.prefixPath}`, {
    remedy: 'This cabal-install does not place data files as expected (CABAL_DIR as the prefix); please report it with the cabal version.',
  });
}

/**
 * A dependency's Paths_ module reads its data files from the store path compiled into the
 * app (STORE/<compiler>/<unit>/share). They are copied to that path relative to the base,
 * so they are there at run time without the store. Documentation is left out.
 */
async function installDependenciesData(ctx: RunContext, dependencies: readonly StoreUnit[], baseTree: string): Promise<number> {
  const base = ctx.options.basePath;
  const store = layerPaths(base).store;
  let copied = 0;
  for (const compilerDir of await readdir(store, { withFileTypes: true }).catch(() => [])) {
    if (!compilerDir.isDirectory()) continue;
    for (const unit of dependencies) {
      const share = path.join(store, compilerDir.name, unit.id, 'share');
      if (!(await exists(share))) continue;
      copied += await copyTree(share, path.join(baseTree, path.relative(base, share)), (rel) => rel === 'doc' || rel.startsWith(`doc${path.sep}`));
    }
  }
  return copied;
}

/** The extra OS packages' shared libraries, at their layer's path under the base, where the executables' run path points. */
async function installOsLibraries(ctx: RunContext, baseTree: string): Promise<string[]> {
  if (ctx.options.extraOsPackages.length === 0) return [];
  const base = ctx.options.basePath;
  const osRoot = layerPaths(base).os;
  const dirs: string[] = [];
  let copied = 0;
  for (const dir of libraryDirs(osRoot)) {
    const names = await readdir(dir).catch((): string[] => []);
    const libraries = names.filter(isSharedLibrary);
    for (const name of libraries) {
      // A link to a library of the system (which the stack has) is left to the system.
      if (!(await stat(path.join(dir, name)).catch(() => undefined))) continue;
      await copyEntry(path.join(dir, name), path.join(baseTree, path.relative(base, dir), name), osRoot);
      copied += 1;
    }
    if (libraries.length > 0) dirs.push(path.relative(base, dir));
  }
  ctx.log.detail(`${copied} shared ${copied === 1 ? 'library' : 'libraries'} of the extra OS packages, where the executables' run path points`);
  return dirs;
}

export async function readManifest(installDir: string): Promise<InstallManifest> {
  const text = await readFile(path.join(installDir, MANIFEST_FILE), 'utf8');
  return JSON.parse(text) as InstallManifest;
}
