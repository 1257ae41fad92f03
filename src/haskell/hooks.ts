import { access, constants, lstat } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { Exec } from '../util/exec.ts';

/**
 * Executables in the app's `.halcyon/` folder, run at fixed points. They are part of the
 * source, so changing one changes the build and install keys.
 *
 * - pre-build-hook SOURCE_DIR BUILD_DIR: before `cabal build` of the app, in BUILD_DIR.
 * - post-build-hook SOURCE_DIR BUILD_DIR: after a successful build, in BUILD_DIR.
 * - pre-install-hook SOURCE_DIR INSTALL_DIR DATA_DIR: once the install layer is assembled,
 *   before it is archived (files it adds to INSTALL_DIR, laid out as under the prefix, ship).
 * - post-install-hook SOURCE_DIR INSTALL_TARGET: after the app is installed there (every
 *   install, the fast path's too), in INSTALL_TARGET.
 */
export type HookName = 'pre-build-hook' | 'post-build-hook' | 'pre-install-hook' | 'post-install-hook';

export const HOOK_NAMES: readonly HookName[] = ['pre-build-hook', 'post-build-hook', 'pre-install-hook', 'post-install-hook'];

export function hookPath(appDir: string, name: HookName): string {
  return path.join(appDir, '.halcyon', name);
}

/** Checked before any layer, so a hook that cannot run fails the run before it changes anything. */
export async function checkHooks(appDir: string): Promise<HookName[]> {
  const present: HookName[] = [];
  for (const name of HOOK_NAMES) {
    const file = hookPath(appDir, name);
    const info = await lstat(file).catch(() => undefined);
    if (!info) continue;
    const executable = await access(file, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (!info.isFile() && !info.isSymbolicLink()) throw notRunnable(name, 'it is not a file');
    if (!executable) throw notRunnable(name, 'it is not executable');
    present.push(name);
  }
  return present;
}

function notRunnable(name: HookName, why: string): HalcyonError {
  return new HalcyonError('app/hook-not-runnable', `The hook .halcyon/${name} cannot run: ${why}`, {
    remedy: `Make it an executable file with a #! line, and commit its mode: chmod +x .halcyon/${name} && git update-index --chmod=+x .halcyon/${name}`,
  });
}

export interface HookRun {
  readonly exec: Exec;
  /** Where the hook file is read from (the app, or its copy in the build directory). */
  readonly appDir: string;
  readonly cwd: string;
  readonly args: readonly string[];
  /** What a hook may want to know: HALCYON_BASE, HALCYON_PREFIX, the GHC and cabal versions, the app's label. */
  readonly env: Readonly<Record<string, string>>;
  readonly prependPath?: readonly string[];
  readonly log: { step(text: string): void; detail(text: string): void };
}

/** Runs a hook if the app has it; its output goes to the log; a failure fails the run, naming the hook. */
export async function runHook(name: HookName, run: HookRun): Promise<boolean> {
  const file = hookPath(run.appDir, name);
  if (!(await lstat(file).catch(() => undefined))) return false;
  run.log.detail(`running .halcyon/${name}`);
  const result = await run.exec(file, run.args, { cwd: run.cwd, env: run.env, prependPath: run.prependPath });
  if (result.exitCode !== 0) {
    throw new HalcyonError('build-failed/hook', `The hook .halcyon/${name} failed (exit code ${result.exitCode})`, {
      remedy: `See its output above. It ran in ${run.cwd} as: .halcyon/${name} ${run.args.join(' ')}`,
    });
  }
  return true;
}
