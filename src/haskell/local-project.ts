import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { EngineOptions } from '../config/options.ts';
import { layerPaths } from '../config/paths.ts';
import { libraryDirs } from '../os/layout.ts';
import { readTextIfExists, writeFileAtomic } from '../util/fs.ts';

/** The project settings cabal reads after cabal.project. */
export const LOCAL_PROJECT_FILE = 'cabal.project.local';

const HEADER = '-- Added by Halcyon to the build copy, for HALCYON_EXTRA_OS_PACKAGES=';

/**
 * The app's executables find the extra OS packages' shared libraries by themselves, with
 * nothing sourced: their run path names the packages' layer (its place under the base is
 * where they are at run time too). Said for each of the project's own packages, in
 * cabal.project.local: cabal 3.4 gives a command line's --ghc-options (and a top-level
 * program-options) to every package, so they would enter every store unit's id, and adding
 * the first OS package would rebuild every dependency. The header names the packages.
 */
export function localProjectSettings(options: Pick<EngineOptions, 'basePath' | 'extraOsPackages'>, packageNames: readonly string[]): string | undefined {
  if (options.extraOsPackages.length === 0) return undefined;
  const runPath = libraryDirs(layerPaths(options.basePath).os).slice(0, 2).map((dir) => `-optl-Wl,-rpath,${dir}`).join(' ');
  const stanzas = [...new Set(packageNames)].sort().map((name) => `package ${name}\n  ghc-options: ${runPath}\n`);
  return `${HEADER}${options.extraOsPackages.join(' ')}\n${stanzas.join('')}`;
}

export interface LocalProjectSync {
  /** The source change to report: the app's own cabal.project.local, when it changed. */
  readonly changes: string[];
  /** Halcyon's part changed (another set of OS packages, or none): cabal must solve again. */
  readonly settingsChanged: boolean;
}

/**
 * The build copy's cabal.project.local: the app's own, then `settings`; rewritten only when
 * that changes (cabal then reconfigures the app's packages).
 */
export async function syncLocalProject(appDir: string, buildDir: string, settings: string | undefined): Promise<LocalProjectSync> {
  const own = withNewline(await readTextIfExists(path.join(appDir, LOCAL_PROJECT_FILE)));
  const target = path.join(buildDir, LOCAL_PROJECT_FILE);
  const before = split(await readTextIfExists(target));
  const wanted = own === undefined && settings === undefined ? undefined : `${own ?? ''}${settings ?? ''}`;
  if (wanted === undefined) await rm(target, { force: true });
  else if (wanted !== `${before.own ?? ''}${before.settings ?? ''}`) await writeFileAtomic(target, wanted);
  const changes = (before.own ?? '') === (own ?? '') ? [] : [`${own === undefined ? '-' : '*'} ${LOCAL_PROJECT_FILE}`];
  return { changes, settingsChanged: before.settings !== settings };
}

function withNewline(text: string | undefined): string | undefined {
  return text === undefined || text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** A build copy's file: the app's part (all of it, when an older version wrote it) and Halcyon's. */
function split(text: string | undefined): { own: string | undefined; settings: string | undefined } {
  const at = text?.indexOf(HEADER) ?? -1;
  if (text === undefined || at < 0) return { own: text, settings: undefined };
  return { own: at === 0 ? undefined : text.slice(0, at), settings: text.slice(at) };
}
