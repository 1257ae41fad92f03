import { HalcyonError } from '../errors.ts';
import { layerPaths } from '../config/paths.ts';
import type { RunContext } from '../layers/context.ts';
import type { InstallManifest } from '../layers/install.ts';
import type { Layer } from '../layers/layer.ts';
import type { DeployedRelease } from '../layers/releases.ts';
import { restoreIfAvailable } from '../layers/resolve.ts';
import { journalLayer } from '../layers/journal.ts';
import { copyInstall, type PipelineRequest } from './pipeline.ts';

/**
 * A deployed release's install archive, restored from the cache or a bucket and copied into
 * place as it was deployed, never built: undefined when no tier holds it. Its archives stay
 * in the cache, so the release can be kept again by the next push.
 */
export async function restoreDeployedInstall(ctx: RunContext, release: DeployedRelease, title: string, request: Pick<PipelineRequest, 'installTarget' | 'baseTarget'>): Promise<InstallManifest | undefined> {
  const layer: Layer = {
    kind: 'install',
    title,
    liveDir: layerPaths(ctx.options.basePath).install(release.label),
    key: release.installKey,
    inputs: release.installInputs,
    namedInputs: release.installNamedInputs ?? { source: release.source },
    isDependency: false,
    build: () => Promise.reject(new HalcyonError('internal/previous-install-built', 'A deployed install is restored, never built')),
  };
  const restored = await restoreIfAvailable(ctx, layer);
  if (!restored) return undefined;
  // In the build data as this run's install: the next push's rebuild reasons compare with what runs.
  journalLayer(ctx, layer, restored);
  for (const key of release.keys) ctx.cache.keep(key);
  return copyInstall(layer.liveDir, request);
}
