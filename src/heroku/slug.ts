import { cp, lstat, mkdir, readlink, realpath, rename, rm } from 'node:fs/promises';
import { HalcyonError } from '../errors.ts';
import { isInside } from '../util/copy.ts';
import path from 'node:path';
import type { InstallManifest } from '../layers/install.ts';
import type { EngineOptions } from '../config/options.ts';
import { layerPaths } from '../config/paths.ts';
import { renderShellEnvironment } from '../engine/paths-snippet.ts';
import { shellEnvironment } from '../layers/registry.ts';
import { writeFileAtomic } from '../util/fs.ts';

// What compile leaves in BUILD_DIR besides the app: the buildpack itself (so the one-off
// dyno commands can run from the slug), the pristine source, a .profile.d script, and the
// release description bin/release prints without needing Node.

export const SLUG_BUILDPACK_DIR = '.buildpack';
export const SOURCE_ARCHIVE = 'source.tar.zst';
const SHIPPED = ['bin', 'dist', 'inventory', 'package.json'];

export async function installBuildpackIntoSlug(buildpackDir: string, buildDir: string, sourceArchive: string | undefined): Promise<void> {
  const target = path.join(buildDir, SLUG_BUILDPACK_DIR);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const name of SHIPPED) {
    await cp(path.join(buildpackDir, name), path.join(target, name), { recursive: true, preserveTimestamps: true });
  }
  if (sourceArchive === undefined) return;
  await rename(sourceArchive, path.join(target, SOURCE_ARCHIVE)).catch(async () => {
    await cp(sourceArchive, path.join(target, SOURCE_ARCHIVE));
  });
}

/**
 * .profile.d: what the registry's layers contribute to a dyno's shell (the app, and after
 * `restore` or with HALCYON_KEEP_DEPENDENCIES, GHC and cabal), plus the one-off commands.
 */
export async function writeProfileScript(buildDir: string, options: Pick<EngineOptions, 'basePath' | 'prefixPath' | 'extraOsPackages'>): Promise<void> {
  const variables = shellEnvironment(layerPaths(options.basePath), options).map((variable) =>
    // The one-off commands (build, restore) after the app's own executables.
    variable.name === 'PATH' ? { ...variable, prepend: [...(variable.prepend ?? []).slice(0, 1), `${options.prefixPath}/${SLUG_BUILDPACK_DIR}/bin`, ...(variable.prepend ?? []).slice(1)] } : variable,
  );
  const lines = ['# Written by the Haskell on Heroku buildpack at compile time.', ...renderShellEnvironment(variables, 'default'), ''];
  await writeFileAtomic(path.join(buildDir, '.profile.d', 'halcyon.sh'), lines.join('\n'));
}

export async function writeReleaseInfo(buildDir: string, manifest: InstallManifest | undefined): Promise<void> {
  const web = manifest?.executables[0];
  const yaml = web ? `---\ndefault_process_types:\n  web: bin/${web}\n` : '--- {}\n';
  await writeFileAtomic(path.join(buildDir, SLUG_BUILDPACK_DIR, 'release.yml'), yaml);
}

/**
 * The slug must run: each executable the release names is a regular executable file inside
 * the slug (an install whose bin/ is a symlink to elsewhere deploys and dangles).
 */
export async function checkSlugExecutables(buildDir: string, manifest: InstallManifest): Promise<void> {
  for (const exe of manifest.executables) {
    const file = path.join(buildDir, 'bin', exe);
    const info = await lstat(file).catch(() => undefined);
    const problem = !info
      ? 'is missing'
      : info.isSymbolicLink()
        ? `is a symlink (to ${await readlink(file)}), which may not resolve on a dyno`
        : !info.isFile()
          ? 'is not a regular file'
          : (info.mode & 0o111) === 0
            ? 'is not executable'
            : !isInside(await realpath(file), await realpath(buildDir))
              ? 'is outside the slug'
              : undefined;
    if (problem) {
      throw new HalcyonError('app/slug-executable', `The slug's bin/${exe}, which the release runs, ${problem}`, {
        remedy: 'Check what the hooks in .halcyon/ do to the install directory (its bin/ must hold the built executables), then push again.',
      });
    }
  }
}
