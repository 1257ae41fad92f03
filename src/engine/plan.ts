import { lookupStores, type RunContext } from '../layers/context.ts';
import type { CabalPackage } from '../haskell/cabal-file.ts';
import { computePlan } from '../haskell/plan.ts';
import { readTag, type Layer, type LayerKind } from '../layers/layer.ts';
import { describeStart } from '../layers/resolve.ts';
import { LAYERS } from '../layers/registry.ts';
import { layerInputs } from './pipeline.ts';

/** Where a layer would come from: a tier, or `build`, or `unknown` when it depends on a layer not yet here. */
export type PlannedOrigin = 'live' | 'system' | 'cache' | 'private' | 'public' | 'build' | 'partial' | 'unknown';

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
 * cache or the live directories. Layers made from the install plan need cabal's solver, which
 * runs only when every 'tools' layer is already live (in a temp dir); until then they are
 * `unknown`.
 */
export async function planDeploy(ctx: RunContext, appDir: string): Promise<DeployPlan> {
  const inputs = await layerInputs(ctx, appDir);
  const final = LAYERS.find((spec) => spec.stage === 'final')?.make(ctx, inputs);
  const finalOrigin = final ? await locate(ctx, final) : 'unknown';
  const planned: PlannedLayer[] = [];
  const notLive: string[] = [];
  for (const spec of LAYERS) {
    if (spec.stage === 'final') continue;
    if (spec.stage === 'planned' && inputs.plan === undefined && notLive.length === 0) inputs.plan = await computePlan(ctx, inputs.toolchain, appDir);
    const layer = spec.stage === 'planned' && notLive.length > 0 ? undefined : spec.make(ctx, inputs);
    if (!layer) {
      if (spec.stage === 'planned') planned.push({ kind: spec.kind, title: spec.kind, key: undefined, origin: 'unknown', note: `its key comes from the install plan, which needs ${notLive.join(', ')} live${unplannedBecause(ctx, finalOrigin)}` });
      continue;
    }
    inputs.made[spec.kind] = layer;
    const origin = await locate(ctx, layer);
    if (spec.stage === 'tools' && origin !== 'live' && origin !== 'system') notLive.push(layer.title);
    planned.push(origin === 'build' ? await withStart(ctx, layer) : { kind: layer.kind, title: layer.title, key: layer.key, origin });
  }
  if (final) planned.push({ kind: final.kind, title: final.title, key: final.key, origin: finalOrigin });
  return { app: inputs.app, layers: planned, needsBuild: finalOrigin === 'build' };
}

/**
 * Why the plan is not worked out, and what to do about it: a machine that builds restores the
 * tools first; a deploy machine (building forbidden) is not sent to restore what it should
 * not hold, since it deploys the install archive or nothing.
 */
function unplannedBecause(ctx: RunContext, finalOrigin: PlannedOrigin): string {
  if (!ctx.options.noBuild && !ctx.options.noBuildDependencies) return ' (run halcyon restore)';
  return finalOrigin === 'build' ? ': the build machine works it out (halcyon install there)' : ': not needed, the install archive is found';
}

/**
 * A layer to build, with the archive it would start from when that holds part of it (a
 * dependency archive saved at a deadline, or another plan's): `partial`, `61 of 73 packages`.
 * Only the small lists beside the archives are read.
 */
async function withStart(ctx: RunContext, layer: Layer): Promise<PlannedLayer> {
  const best = (await layer.startingPoints?.(ctx, { sameInputsOnly: false }))?.[0];
  if (!best?.holds) return { kind: layer.kind, title: layer.title, key: layer.key, origin: 'build' };
  return { kind: layer.kind, title: layer.title, key: layer.key, origin: 'partial', note: `${describeStart(best)} in ${best.key}` };
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
