import path from 'node:path';
import type { RunContext } from '../layers/context.ts';
import { findAppPackage, findLocalPackages, type CabalPackage } from '../haskell/cabal-file.ts';
import { computePlan, type AppPlan } from '../haskell/plan.ts';
import { hashSource } from '../haskell/source.ts';
import { resolveToolchain, type Toolchain } from '../haskell/toolchain.ts';
import { buildLayer, hookEnvironment } from '../layers/build.ts';
import { checkHooks, runHook } from '../haskell/hooks.ts';
import { cabalLayer } from '../layers/cabal.ts';
import { depsLayer } from '../layers/deps.ts';
import { ghcLayer } from '../layers/ghc.ts';
import { osPackagesLayer } from '../layers/os-packages.ts';
import { BASE_TREE, installInputs, keyLabel, installLayer, readManifest, type InstallLayerInput, type InstallManifest } from '../layers/install.ts';
import { copyTree } from '../util/copy.ts';
import { exists } from '../util/fs.ts';
import type { Layer, LayerKind } from '../layers/layer.ts';
import { TAG_FILE } from '../layers/layer.ts';
import { resolveLayer, restoreIfAvailable, type ResolvedLayer } from '../layers/resolve.ts';
import { keepCredentialsOut } from '../layers/transfer.ts';

/** How far a run goes: `restore` stops after the dependencies (for cabal repl), `build` after the build. */
export type Goal = 'install' | 'build' | 'restore';

export interface PipelineRequest {
  readonly appDir: string;
  readonly goal: Goal;
  /** Where the installed app goes: ROOT + PREFIX, or the slug on Heroku. */
  readonly installTarget: string;
  /**
   * Where files that belong under the base the app was built at go (dependencies' data
   * files): ROOT + that base, or the slug on Heroku (mounted at the base, /app).
   */
  readonly baseTarget: (builtAtBase: string) => string;
  /** False: resolve every layer even when the install archive alone would do (a one-off build checking the bucket has them all). */
  readonly fastPath?: boolean;
}

export interface PipelineResult {
  readonly app: CabalPackage;
  readonly toolchain: Toolchain;
  readonly layers: Partial<Record<LayerKind, ResolvedLayer & { key: string | undefined; supersedes: Layer['supersedes']; layer: Layer }>>;
  readonly manifest: InstallManifest | undefined;
  readonly fastPath: boolean;
}

/** The one install pipeline behind the buildpack hooks, the one-off dyno commands and the CLI. */
export async function runPipeline(ctx: RunContext, request: PipelineRequest): Promise<PipelineResult> {
  const app = await findAppPackage(request.appDir);
  ctx.log.step(`App ${app.label}, executable${app.executables.length === 1 ? '' : 's'} ${app.executables.join(', ')}`);
  const hooks = await checkHooks(request.appDir);
  if (hooks.length > 0) ctx.log.detail(`hooks: ${hooks.map((h) => `.halcyon/${h}`).join(', ')}`);
  const toolchain = await resolveToolchain({ options: ctx.options, exec: ctx.exec, appDir: request.appDir, platform: ctx.platform });
  const sourceHash = await hashSource(request.appDir, ctx.options.extraSourceHashIgnore);
  const install: InstallLayerInput = {
    toolchain,
    app,
    appDir: request.appDir,
    packages: await findLocalPackages(request.appDir),
    installInputs: installInputs(sourceHash, toolchain, ctx.options),
    builtFrom: [],
    dependencies: [],
  };
  const layers: PipelineResult['layers'] = {};
  const record = (layer: Layer, resolved: ResolvedLayer): void => {
    layers[layer.kind] = { ...resolved, key: layer.key, supersedes: layer.supersedes, layer };
  };

  if (request.goal === 'install' && request.fastPath !== false) {
    const fast = installLayer(ctx, install);
    const found = await restoreIfAvailable(ctx, fast);
    if (found) {
      record(fast, found);
      const manifest = await deployInstall(ctx, fast.liveDir, request, toolchain);
      await keepBuiltFrom(ctx, manifest);
      return { app, toolchain, layers, manifest, fastPath: true };
    }
  }

  const { ghc, cabal, os, plan } = await prepareTools(ctx, toolchain, request.appDir, record);
  const deps = depsLayer(ctx, { toolchain, plan, label: keyLabel(app, ctx.options), appDir: request.appDir });
  record(deps, await resolveLayer(ctx, deps));
  if (request.goal === 'restore') return { app, toolchain, layers, manifest: undefined, fastPath: false };

  const build = buildLayer(ctx, { toolchain, label: keyLabel(app, ctx.options), appDir: request.appDir, sourceHash, depsInputs: deps.inputs });
  record(build, await resolveLayer(ctx, build));
  if (request.goal === 'build') return { app, toolchain, layers, manifest: undefined, fastPath: false };

  install.dependencies = plan.dependencies;
  install.builtFrom = [ghc, cabal, ...(os ? [os] : []), deps, build].flatMap((l) => [...(l.key ? [l.key] : []), ...(l.sidecars?.().map((s) => s.key) ?? [])]);
  const installed = installLayer(ctx, install);
  record(installed, await resolveLayer(ctx, installed));
  // cabal list-bin wrote its caches again: a build machine keeps no credentials at rest either.
  await keepCredentialsOut(ctx, build);
  const manifest = await deployInstall(ctx, installed.liveDir, request, toolchain);
  return { app, toolchain, layers, manifest, fastPath: false };
}

/** GHC and cabal with its index, and the app's resolved install plan: what everything below needs. */
export async function prepareTools(
  ctx: RunContext,
  toolchain: Toolchain,
  appDir: string,
  record: (layer: Layer, resolved: ResolvedLayer) => void = () => undefined,
): Promise<{ ghc: Layer; cabal: Layer; os: Layer | undefined; plan: AppPlan }> {
  const ghc = ghcLayer(ctx, toolchain);
  record(ghc, await resolveLayer(ctx, ghc));
  const cabal = cabalLayer(ctx, toolchain);
  record(cabal, await resolveLayer(ctx, cabal));
  // Before the plan: cabal's solver asks pkg-config about pkgconfig-depends.
  const os = osPackagesLayer(ctx);
  if (os) record(os, await resolveLayer(ctx, os));
  return { ghc, cabal, os, plan: await computePlan(ctx, toolchain, appDir) };
}

/** The fast path skips the other layers; their archives stay in the cache for the next change. */
async function keepBuiltFrom(ctx: RunContext, manifest: InstallManifest): Promise<void> {
  ctx.log.detail('fast path: the install layer needs no GHC, cabal or dependencies');
  const present = new Set((await ctx.cache.listAll()).map((o) => o.key));
  for (const key of manifest.builtFrom) {
    ctx.cache.keep(key);
    if (key.endsWith('.tar.zst')) ctx.log.detail(present.has(key) ? `kept in cache: ${key}` : `not in cache (fetched from storage only when a source change needs it): ${key}`);
  }
}

/** Copies the install layer into place: the prefix part, then what belongs under the base; the layer's own tag stays behind. */
async function deployInstall(ctx: RunContext, installDir: string, request: PipelineRequest, toolchain: Toolchain): Promise<InstallManifest> {
  const manifest = await readManifest(installDir);
  await copyTree(installDir, request.installTarget, (rel) => rel === TAG_FILE || rel === BASE_TREE);
  const baseTree = path.join(installDir, BASE_TREE);
  if (await exists(baseTree)) await copyTree(baseTree, request.baseTarget(manifest.base));
  const hook = { ...hookEnvironment(ctx, toolchain, manifest.label), appDir: request.appDir, cwd: request.installTarget, args: [request.appDir, request.installTarget] };
  await runHook('post-install-hook', hook);
  return manifest;
}
