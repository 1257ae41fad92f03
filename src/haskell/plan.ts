import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { EngineOptions } from '../config/options.ts';
import type { Exec } from '../util/exec.ts';
import { layerPaths } from '../config/paths.ts';
import { withTempDir } from '../util/temp.ts';
import type { Toolchain } from './toolchain.ts';
import { buildEnvironment } from '../os/layout.ts';
import { missingPkgConfigError, missingPkgConfigNames } from './pkg-config.ts';

/** What cabal commands need of a run: the options, a way to run processes, the config cabal reads. */
export interface CabalContext {
  readonly options: EngineOptions;
  readonly exec: Exec;
  readonly cabalConfig: string;
}

/** A unit cabal would build into the store: a dependency, as the install plan resolved it. */
export interface StoreUnit {
  /** cabal's unit id, e.g. `tiny-http-0.1.0.0-7c1b…`: it encodes version, flags and dependencies. */
  readonly id: string;
  readonly name: string;
  readonly version: string;
}

export interface AppPlan {
  readonly dependencies: readonly StoreUnit[];
}

/** How every cabal command of a run is invoked: one place, so plan, deps and build agree. */
export function cabalInvocation(ctx: CabalContext, toolchain: Toolchain): { bin: string; globalArgs: string[]; env: Record<string, string>; prependPath: readonly string[] } {
  const paths = layerPaths(ctx.options.basePath);
  return {
    bin: toolchain.cabalBin,
    globalArgs: [`--store-dir=${paths.store}`],
    env: { CABAL_DIR: paths.cabal, CABAL_CONFIG: ctx.cabalConfig, GHC_ENVIRONMENT: '-', ...(ctx.options.extraOsPackages.length > 0 ? buildEnvironment(paths.os) : {}) },
    prependPath: toolchain.binDirs,
  };
}

/**
 * How the app's own packages are built and located: cabal compiles a local package's data
 * directory as CABAL_DIR/share/<abi>/<name-version> into its Paths_ module, so CABAL_DIR is
 * the prefix the app is installed at (the config is read from the cabal layer all the same).
 * Only local packages see this; store packages' paths do not depend on it.
 */
export function appBuildInvocation(ctx: CabalContext, toolchain: Toolchain): ReturnType<typeof cabalInvocation> {
  const cabal = cabalInvocation(ctx, toolchain);
  return { ...cabal, env: { ...cabal.env, CABAL_DIR: ctx.options.prefixPath } };
}

/**
 * The arguments every `cabal build` of a run shares, the plan's included: the same extra
 * options and test suites everywhere, since they can change which dependencies are needed.
 */
export function cabalBuildArgs(ctx: CabalContext, toolchain: Toolchain, buildDir: string): string[] {
  return [
    `--with-compiler=${toolchain.ghcBin}`,
    `--builddir=${buildDir}`,
    // The same test options in test-compile's build and bin/test's run, or cabal reconfigures.
    ...(ctx.options.tests ? ['--enable-tests', '--test-show-details=direct'] : []),
    ...ctx.options.extraConfigureFlags,
  ];
}

/** Resolves the install plan without building anything, and without writing into the app. */
export async function computePlan(ctx: CabalContext, toolchain: Toolchain, appDir: string): Promise<AppPlan> {
  const cabal = cabalInvocation(ctx, toolchain);
  return withTempDir('plan', async (scratch) => {
    const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, 'build', '--dry-run', 'all', ...cabalBuildArgs(ctx, toolchain, scratch)], {
      cwd: appDir,
      env: cabal.env,
      prependPath: cabal.prependPath,
      quiet: true,
    });
    if (result.exitCode !== 0) {
      // A .cabal file cabal cannot read is no solver failure: said as what it is, where cabal says.
      const unreadable = /Errors encountered when parsing cabal file (\S+?):?$/m.exec(`${result.stdout}\n${result.tail}`)?.[1];
      if (unreadable !== undefined) {
        throw new HalcyonError('app/cabal-file-syntax', `cabal could not parse ${path.basename(unreadable)}`, {
          remedy: `Fix it where cabal says (line:column below); \`cabal check\` in the project shows the same. cabal said:\n${result.tail}`,
        });
      }
      const noPkgConfig = missingPkgConfigNames(`${result.stdout}\n${result.tail}`);
      if (noPkgConfig.length > 0) throw missingPkgConfigError(noPkgConfig, ctx.options.extraOsPackages, result.tail);
      throw new HalcyonError('app/unresolvable-dependencies', 'cabal could not resolve the dependencies of the app', {
        remedy: `Check the build-depends of the .cabal file and HALCYON_CABAL_REMOTE_REPO. cabal said:\n${result.tail}`,
      });
    }
    return parsePlan(await readFile(path.join(scratch, 'cache', 'plan.json'), 'utf8'));
  });
}

export function parsePlan(json: string): AppPlan {
  const parsed = JSON.parse(json) as { 'install-plan'?: unknown };
  const units = Array.isArray(parsed['install-plan']) ? (parsed['install-plan'] as unknown[]) : [];
  const byId = new Map<string, StoreUnit>();
  for (const unit of units) {
    if (typeof unit !== 'object' || unit === null) continue;
    const u = unit as Record<string, unknown>;
    if (u.type !== 'configured' || u.style !== 'global') continue;
    if (typeof u.id !== 'string' || typeof u['pkg-name'] !== 'string' || typeof u['pkg-version'] !== 'string') continue;
    byId.set(u.id, { id: u.id, name: u['pkg-name'], version: u['pkg-version'] });
  }
  return { dependencies: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** `name-version` lines, the freeze as people read it (and as `.constraints` files hold it). */
export function constraintLines(plan: AppPlan): string[] {
  return [...new Set(plan.dependencies.map((u) => `${u.name}-${u.version}`))].sort();
}
