import { rm } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { RunContext } from './context.ts';
import { appBuildInvocation, cabalBuildArgs } from '../haskell/plan.ts';
import { syncSource } from '../haskell/source.ts';
import { LOCAL_PROJECT_FILE, localProjectSettings, syncLocalProject } from '../haskell/local-project.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import { runHook, type HookRun } from '../haskell/hooks.ts';
import { digestInputs, type Layer } from './layer.ts';
import { layerPaths } from '../config/paths.ts';
import { exists } from '../util/fs.ts';

export interface BuildLayerInput {
  readonly toolchain: Toolchain;
  readonly label: string;
  readonly appDir: string;
  /** The project's own packages, the app's included. */
  readonly packageNames: readonly string[];
  readonly sourceHash: string;
  readonly depsInputs: string;
}

/**
 * The app's build directory (a copy of the source plus dist-newstyle), one per app label
 * and overwritten by each build: restoring the previous one and syncing only changed files
 * into it is what makes a push recompile only what changed.
 */
export function buildLayer(ctx: RunContext, input: BuildLayerInput): Layer {
  const { toolchain, label, sourceHash, depsInputs } = input;
  // The prefix is compiled into the Paths_ modules (where data files are read from).
  const namedInputs = {
    source: sourceHash,
    dependencies: depsInputs,
    ghc: toolchain.ghcId,
    cabal: toolchain.cabalId,
    base: ctx.options.basePath,
    prefix: ctx.options.prefixPath,
    ...(ctx.options.extraConfigureFlags.length > 0 ? { 'configure flags': ctx.options.extraConfigureFlags.join(' ') } : {}),
    ...(ctx.options.tests ? { tests: 'built' } : {}),
  };
  return {
    kind: 'build',
    title: `build of ${label}`,
    liveDir: buildDirOf(ctx, label),
    key: `${ctx.layerRoot}/ghc-${toolchain.ghcVersion}/halcyon-build-${label}.tar.zst`,
    inputs: digestInputs(namedInputs),
    namedInputs,
    isDependency: false,
    build: (buildCtx) => buildApp(buildCtx, input),
  };
}

export function buildDirOf(ctx: RunContext, label: string): string {
  return layerPaths(ctx.options.basePath).build(label);
}

/** What every hook gets to know, beside its arguments. */
export function hookEnvironment(ctx: RunContext, toolchain: Toolchain, appLabel: string): Pick<HookRun, 'exec' | 'env' | 'prependPath' | 'log'> {
  return {
    exec: ctx.exec,
    log: ctx.log,
    prependPath: toolchain.binDirs,
    env: {
      HALCYON_BASE: ctx.options.basePath,
      HALCYON_PREFIX: ctx.options.prefixPath,
      HALCYON_APP_LABEL: appLabel,
      HALCYON_GHC_VERSION: toolchain.ghcVersion,
      HALCYON_CABAL_VERSION: toolchain.cabalVersion,
    },
  };
}

async function buildApp(ctx: RunContext, { toolchain, label, appDir, packageNames }: BuildLayerInput): Promise<void> {
  const buildDir = buildDirOf(ctx, label);
  const local = await syncLocalProject(appDir, buildDir, localProjectSettings(ctx.options, packageNames));
  const changes = [...(await syncSource(appDir, buildDir, (relPath) => relPath === LOCAL_PROJECT_FILE)), ...local.changes];
  if (local.settingsChanged) await solveAgain(ctx, buildDir);
  ctx.log.detail(changes.length === 0 ? 'source unchanged' : `${changes.length} source ${changes.length === 1 ? 'file' : 'files'} changed`);
  for (const change of changes.slice(0, 20)) ctx.log.detail(`  ${change}`);
  if (changes.length > 20) ctx.log.detail(`  … and ${changes.length - 20} more`);
  const hook = { ...hookEnvironment(ctx, toolchain, label), appDir: buildDir, cwd: buildDir, args: [appDir, buildDir] };
  await runHook('pre-build-hook', hook);
  const cabal = appBuildInvocation(ctx, toolchain);
  const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, 'build', 'all', ...cabalBuildArgs(ctx, toolchain, distDirOf(buildDir))], {
    cwd: buildDir,
    env: cabal.env,
    prependPath: cabal.prependPath,
  });
  if (result.exitCode !== 0) {
    throw new HalcyonError('build-failed/app', `cabal build failed for ${label}`, {
      remedy: 'Fix the error shown in cabal\'s output above, commit, and push again.',
    });
  }
  await runHook('post-build-hook', hook);
}

/**
 * cabal keeps its solved plan until the project, the .cabal files or the package databases
 * change, but does not watch pkg-config's packages: with another set of extra OS packages,
 * the plan kept would still choose the flags (and units) of the previous set. Only the
 * project's caches go; what is compiled stays, so only what the new plan changes is rebuilt.
 */
async function solveAgain(ctx: RunContext, buildDir: string): Promise<void> {
  const caches = path.join(distDirOf(buildDir), 'cache');
  if (!(await exists(caches))) return;
  await rm(caches, { recursive: true, force: true });
  ctx.log.detail('the extra OS packages changed: cabal solves the plan again');
}

export function distDirOf(buildDir: string): string {
  return path.join(buildDir, 'dist-newstyle');
}
