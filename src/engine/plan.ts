import { lookupStores, type RunContext } from '../layers/context.ts';
import { findAppPackage, type CabalPackage } from '../haskell/cabal-file.ts';
import { computePlan } from '../haskell/plan.ts';
import { hashSource } from '../haskell/source.ts';
import { resolveToolchain } from '../haskell/toolchain.ts';
import { buildLayer } from '../layers/build.ts';
import { cabalLayer } from '../layers/cabal.ts';
import { depsLayer } from '../layers/deps.ts';
import { ghcLayer } from '../layers/ghc.ts';
import { osPackagesLayer } from '../layers/os-packages.ts';
import { installInputs, installLayer, keyLabel } from '../layers/install.ts';
import { readTag, type Layer, type LayerKind } from '../layers/layer.ts';

/** Where a layer would come from: a tier, or `build`, or `unknown` when it depends on a layer not yet here. */
export type PlannedOrigin = 'live' | 'system' | 'cache' | 'private' | 'public' | 'build' | 'unknown';

export interface PlannedLayer {
  readonly kind: LayerKind;
  readonly title: string;
  readonly key: string | undefined;
  readonly origin: PlannedOrigin;
  readonly note?: string;
}

export interface DeployPlan {
  readonly app: CabalPackage;
  readonly layers: readonly PlannedLayer[];
  /** True when `install` would have to build something (exit code 2 for `halcyon plan`). */
  readonly needsBuild: boolean;
}

/**
 * What `halcyon install` would do, without doing it: no download, no upload, no write to the
 * cache or the live directories. (The dependency key needs cabal's solver, which runs only
 * when the cabal layer is already live, in a temp dir.)
 */
export async function planDeploy(ctx: RunContext, appDir: string): Promise<DeployPlan> {
  const app = await findAppPackage(appDir);
  const toolchain = await resolveToolchain({ options: ctx.options, exec: ctx.exec, appDir, platform: ctx.platform });
  const sourceHash = await hashSource(appDir, ctx.options.extraSourceHashIgnore);
  const install = installLayer(ctx, { toolchain, app, appDir, packages: [], installInputs: installInputs(sourceHash, toolchain, ctx.options), builtFrom: [], dependencies: [] });
  const ghc = ghcLayer(ctx, toolchain);
  const cabal = cabalLayer(ctx, toolchain);
  const planned: PlannedLayer[] = [];
  const installOrigin = await locate(ctx, install);
  const os = osPackagesLayer(ctx);
  for (const layer of [ghc, cabal, ...(os ? [os] : [])]) planned.push({ kind: layer.kind, title: layer.title, key: layer.key, origin: layer.key ? await locate(ctx, layer) : 'system' });

  const cabalLive = (await readTag(cabal.liveDir))?.key === cabal.key;
  const ghcReady = ghc.key === undefined || (await readTag(ghc.liveDir))?.key === ghc.key;
  const osReady = os === undefined || (await readTag(os.liveDir))?.key === os.key;
  if (cabalLive && ghcReady && osReady) {
    const plan = await computePlan(ctx, toolchain, appDir);
    const deps = depsLayer(ctx, { toolchain, plan, label: keyLabel(app, ctx.options), appDir });
    planned.push({ kind: 'deps', title: deps.title, key: deps.key, origin: await locate(ctx, deps) });
    const build = buildLayer(ctx, { toolchain, label: keyLabel(app, ctx.options), appDir, sourceHash, depsInputs: deps.inputs });
    planned.push({ kind: 'build', title: build.title, key: build.key, origin: await locate(ctx, build) });
  } else {
    const note = `its key comes from the install plan, which needs the cabal layer${os ? ' and the OS packages' : ''} live (run halcyon restore)`;
    planned.push({ kind: 'deps', title: 'dependencies', key: undefined, origin: 'unknown', note });
    planned.push({ kind: 'build', title: `build of ${app.label}`, key: undefined, origin: 'unknown', note: 'depends on the dependencies' });
  }
  planned.push({ kind: 'install', title: install.title, key: install.key, origin: installOrigin });
  return { app, layers: planned, needsBuild: installOrigin === 'build' };
}

/** The first place the layer's archive is: the live directory, then each tier, else `build`. */
async function locate(ctx: RunContext, layer: Layer): Promise<PlannedOrigin> {
  if (layer.key === undefined) return 'system';
  const tag = await readTag(layer.liveDir);
  if (tag?.key === layer.key && tag.inputs === layer.inputs) return 'live';
  for (const store of lookupStores(ctx)) {
    if ((await store.list(layer.key)).some((o) => o.key === layer.key)) return store.tier;
  }
  return 'build';
}
