import path from 'node:path';
import type { RunContext } from '../layers/context.ts';
import { findAppPackage, findLocalPackages, type CabalPackage } from '../haskell/cabal-file.ts';
import { computePlan, type AppPlan } from '../haskell/plan.ts';
import { hashSource } from '../haskell/source.ts';
import { resolveToolchain, type Toolchain } from '../haskell/toolchain.ts';
import { hookEnvironment } from '../layers/build.ts';
import { checkHooks, runHook } from '../haskell/hooks.ts';
import { BASE_TREE, readManifest, type InstallManifest } from '../layers/install.ts';
import { LAYERS, type LayerInputs } from '../layers/registry.ts';
import { BuildNeededError, HalcyonError } from '../errors.ts';
import { copyTree } from '../util/copy.ts';
import { exists } from '../util/fs.ts';
import type { Layer, LayerKind } from '../layers/layer.ts';
import { TAG_FILE } from '../layers/layer.ts';
import { resolveLayer, restoreIfAvailable, type ResolvedLayer } from '../layers/resolve.ts';
import { keepCredentialsOut } from '../layers/transfer.ts';
import { journalApp, journalLayer, journalTarget } from '../layers/journal.ts';

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

/** The one install pipeline behind the buildpack hooks, the one-off dyno commands and the CLI: the registry's layers, in order. */
export async function runPipeline(ctx: RunContext, request: PipelineRequest): Promise<PipelineResult> {
  const inputs = await appInputs(ctx, request.appDir);
  const { app, toolchain } = inputs;
  const layers: PipelineResult['layers'] = {};
  journalApp(ctx, app.label);
  const record = (layer: Layer, resolved: ResolvedLayer): void => {
    layers[layer.kind] = { ...resolved, key: layer.key, supersedes: layer.supersedes, layer };
    journalLayer(ctx, layer, resolved);
  };

  const target = request.goal === 'install' ? finalLayer(ctx, inputs) : undefined;
  if (target?.key) journalTarget(ctx, { installKey: target.key, installInputs: target.inputs, installNamedInputs: target.namedInputs, source: inputs.sourceHash });
  if (target && request.fastPath !== false) {
    const fast = target;
    const found = await restoreIfAvailable(ctx, fast);
    if (found) {
      record(fast, found);
      const manifest = await deployInstall(ctx, fast.liveDir, request, toolchain);
      await keepBuiltFrom(ctx, manifest);
      return { app, toolchain, layers, manifest, fastPath: true };
    }
    // Nothing else could make it here: restoring GHC, cabal and the dependencies first would only fail later, naming one of them.
    if (ctx.options.noBuild) throw new BuildNeededError(fast.title, NO_INSTALL_ARCHIVE_REMEDY, { id: 'build-needed/install-archive', message: `No install archive of this source is prebuilt, and nothing may be built here (HALCYON_NO_BUILD): ${fast.key ?? fast.title}` });
  }

  for (const spec of LAYERS) {
    if (spec.stage === 'planned' && inputs.plan === undefined) inputs.plan = await computePlan(ctx, toolchain, request.appDir);
    const layer = spec.make(ctx, inputs);
    if (!layer) continue;
    inputs.made[spec.kind] = layer;
    record(layer, await resolveLayer(ctx, layer));
    if (spec.endsGoal === request.goal) return { app, toolchain, layers, manifest: undefined, fastPath: false };
  }
  // cabal list-bin wrote its caches again: a build machine keeps no credentials at rest either.
  if (inputs.made.build) await keepCredentialsOut(ctx, inputs.made.build);
  const installed = inputs.made.install;
  const manifest = installed ? await deployInstall(ctx, installed.liveDir, request, toolchain) : undefined;
  return { app, toolchain, layers, manifest, fastPath: false };
}

/** What every layer is made from, before the first one: the app, its packages and toolchain, the source's hash. */
export async function appInputs(ctx: RunContext, appDir: string): Promise<MutableInputs> {
  const app = await findAppPackage(appDir);
  ctx.log.step(`App ${app.label}, executable${app.executables.length === 1 ? '' : 's'} ${app.executables.join(', ')}`);
  const hooks = await checkHooks(appDir);
  if (hooks.length > 0) ctx.log.detail(`hooks: ${hooks.map((h) => `.halcyon/${h}`).join(', ')}`);
  return layerInputs(ctx, appDir, app);
}

/** The same, quietly (for `halcyon plan`, which says nothing but its table). */
export async function layerInputs(ctx: RunContext, appDir: string, app?: CabalPackage): Promise<MutableInputs> {
  return {
    app: app ?? (await findAppPackage(appDir)),
    packages: await findLocalPackages(appDir),
    appDir,
    toolchain: await resolveToolchain({ options: ctx.options, exec: ctx.exec, appDir, platform: ctx.platform }),
    sourceHash: await hashSource(appDir, ctx.options.extraSourceHashIgnore),
    plan: undefined,
    made: {},
  };
}

export type MutableInputs = { -readonly [K in keyof LayerInputs]: K extends 'made' ? Partial<Record<LayerKind, Layer>> : LayerInputs[K] };

/** The layer keyed by the source alone, looked up first by a deploy. */
function finalLayer(ctx: RunContext, inputs: LayerInputs): Layer {
  const layer = LAYERS.find((spec) => spec.stage === 'final')?.make(ctx, inputs);
  if (!layer) throw new HalcyonError('internal/no-final-layer', 'The layer registry has no final layer');
  return layer;
}

/** Every 'tools' layer resolved, then the install plan: what `halcyon constraints` needs. */
export async function resolvePlan(ctx: RunContext, inputs: MutableInputs): Promise<AppPlan> {
  for (const spec of LAYERS) {
    if (spec.stage !== 'tools') continue;
    const layer = spec.make(ctx, inputs);
    if (!layer) continue;
    inputs.made[spec.kind] = layer;
    await resolveLayer(ctx, layer);
  }
  return computePlan(ctx, inputs.toolchain, inputs.appDir);
}

const NO_INSTALL_ARCHIVE_REMEDY =
  'Install this same source on the build machine, with the same private bucket and HALCYON_PREFIX: halcyon install\n' +
  'uploads its install archive (halcyon build stops before it). On Heroku: heroku run -s performance-l build.\n' +
  'Then run this again. Or unset HALCYON_NO_BUILD.';

/**
 * The fast path skips the other layers; their archives stay in the cache for the next change.
 * Those not in the cache are one line, and only where a source change could use them: a
 * deploy machine (HALCYON_NO_BUILD) builds nothing, so they are nothing to it.
 */
async function keepBuiltFrom(ctx: RunContext, manifest: InstallManifest): Promise<void> {
  ctx.log.detail('fast path: the install layer needs no GHC, cabal or dependencies');
  const present = new Set((await ctx.cache.listAll()).map((o) => o.key));
  const absent: string[] = [];
  for (const key of manifest.builtFrom) {
    ctx.cache.keep(key);
    if (!key.endsWith('.tar.zst')) continue;
    if (present.has(key)) ctx.log.detail(`kept in cache: ${key}`);
    else absent.push(/(?:^|\/)halcyon-([a-z]+)-[^/]*$/.exec(key)?.[1] ?? key);
  }
  if (absent.length > 0 && !ctx.options.noBuild) ctx.log.detail(`not in the cache (fetched from storage when a source change needs them): ${absent.join(', ')}`);
}

/** Copies the install layer into place, then runs the post-install hook. */
async function deployInstall(ctx: RunContext, installDir: string, request: PipelineRequest, toolchain: Toolchain): Promise<InstallManifest> {
  const manifest = await copyInstall(installDir, request);
  const hook = { ...hookEnvironment(ctx, toolchain, manifest.label), appDir: request.appDir, cwd: request.installTarget, args: [request.appDir, request.installTarget] };
  await runHook('post-install-hook', hook);
  return manifest;
}

/** The install layer into place: the prefix part, then what belongs under the base; the layer's own tag stays behind. */
export async function copyInstall(installDir: string, request: Pick<PipelineRequest, 'installTarget' | 'baseTarget'>): Promise<InstallManifest> {
  const manifest = await readManifest(installDir);
  await copyTree(installDir, request.installTarget, (rel) => rel === TAG_FILE || rel === BASE_TREE);
  const baseTree = path.join(installDir, BASE_TREE);
  if (await exists(baseTree)) await copyTree(baseTree, request.baseTarget(manifest.base));
  return manifest;
}
