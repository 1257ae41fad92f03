import { rm } from 'node:fs/promises';
import type { RunContext } from './context.ts';
import { downloadDebs, unpackDebs } from '../os/apt.ts';
import { relocateTree } from '../os/layout.ts';
import { replaceDirectory, tempSibling, withCleanup } from '../util/fs.ts';
import { digestInputs, type Layer } from './layer.ts';
import { layerPaths } from '../config/paths.ts';
import { withTempDir } from '../util/temp.ts';
import { escapeRegExp } from '../util/regexp.ts';

/**
 * HALCYON_EXTRA_OS_PACKAGES: Debian/Ubuntu packages unpacked into a layer of their own, keyed
 * by the package list and the platform (the stack). Undefined when none are asked for.
 */
export function osPackagesLayer(ctx: RunContext): Layer | undefined {
  const packages = ctx.options.extraOsPackages;
  if (packages.length === 0) return undefined;
  const liveDir = layerPaths(ctx.options.basePath).os;
  // The pkg-config files name the live directory: an archive is valid only there.
  const namedInputs = { packages: packages.join(' '), platform: ctx.platform, base: liveDir };
  const inputs = digestInputs(namedInputs);
  const key = `${ctx.layerRoot}/halcyon-os-${inputs.slice(0, 12)}.tar.zst`;
  return {
    kind: 'os',
    title: `OS packages: ${packages.join(' ')}`,
    liveDir,
    key,
    inputs,
    namedInputs,
    // apt downloads and dpkg-deb unpacks, in seconds: no dependency build, so a push that may
    // not build dependencies fetches it all the same rather than deploy the buildpack alone.
    isDependency: false,
    madeBy: 'download',
    build: (buildCtx) => fetchPackages(buildCtx, packages, liveDir),
    // Another package set's archive: cleaning's retention keeps it while a recent deploy of any app needs it.
    supersedes: (other) => other !== key && new RegExp(`^${escapeRegExp(ctx.layerRoot)}/halcyon-os-[0-9a-f]{12}\\.tar\\.zst$`).test(other),
  };
}

/** Fetched and unpacked beside the live directory, which is replaced only once all went well. */
async function fetchPackages(ctx: RunContext, packages: readonly string[], liveDir: string): Promise<void> {
  const fresh = tempSibling(liveDir);
  await withCleanup(async () => {
    await withTempDir('apt', async (work) => {
      ctx.log.detail(`apt-get (download only): ${packages.join(' ')}`);
      const debs = await downloadDebs(ctx.exec, work, packages);
      ctx.log.detail(`unpacking ${debs.length} ${debs.length === 1 ? 'package' : 'packages'}: ${debs.map((d) => d.slice(d.lastIndexOf('/') + 1).replace(/_[^_]*\.deb$/, '')).join(', ')}`);
      await unpackDebs(ctx.exec, debs, fresh);
    });
    await relocateTree(fresh, liveDir);
    await replaceDirectory(fresh, liveDir);
  }, () => rm(fresh, { recursive: true, force: true }));
}
