import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { packDirectory } from '../archive/index.ts';
import { magicFileLayer } from '../config/magic.ts';
import { engineOptions } from '../config/options.ts';
import { resolveSettings } from '../config/settings.ts';
import { announceStorage } from '../engine/announce.ts';
import { createRunContext } from '../engine/create-context.ts';
import { runPipeline, type PipelineResult } from '../engine/pipeline.ts';
import { BuildNeededError, HalcyonError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { cleanCache, snapshotCache } from '../storage/cache-clean.ts';
import { createExec } from '../util/exec.ts';
import { formatDuration } from '../util/format.ts';
import { VERSION } from '../version.ts';
import { displayValue, isSecretVar, readEnvDir } from './env-dir.ts';
import { buildpackOnlyInstructions } from './instructions.ts';
import { installBuildpackIntoSlug, writeProfileScript, writeReleaseInfo } from './slug.ts';
import { checkStack } from './stack.ts';

export interface CompileRequest {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly envDir: string | undefined;
  readonly buildpackDir: string;
  /** The compile process's own environment (HALCYON_BASE may come only from here). */
  readonly processEnv: Readonly<Record<string, string>>;
}

/** bin/compile: returns the exit code. A build that is needed but not allowed deploys the buildpack only, and succeeds. */
export async function herokuCompile(request: CompileRequest, log: Logger): Promise<number> {
  const startedMs = Date.now();
  log.step(`Haskell on Heroku ${VERSION}`);
  const envDir = await readEnvDir(request.envDir);
  reportConfigVars(envDir, log);

  const settings = resolveSettings([
    { source: 'env', vars: onlyBaseVars(request.processEnv) },
    { source: 'config var', vars: envDir.vars },
    await magicFileLayer(request.buildDir),
  ]);
  const options = {
    ...engineOptions(settings, { basePath: '/app', cachePath: '/', noBuildDependencies: true }),
    cachePath: path.join(request.cacheDir, 'halcyon'),
  };
  await checkStack(request.cacheDir, options.cachePath, request.processEnv.STACK, log);

  // Archived before anything writes into BUILD_DIR, so `build` on a one-off dyno hashes exactly this.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'halcyon-compile-'));
  const sourceArchive = path.join(scratch, 'source.tar.zst');
  await packDirectory(request.buildDir, sourceArchive, { exclude: (rel) => rel === '.git' || rel.startsWith('.git/') });

  const exec = createExec(log, { ...request.processEnv, ...envDir.vars });
  const ctx = await createRunContext({ log, options, exec });
  announceStorage(ctx);
  const before = await snapshotCache(ctx.cache);
  let result: PipelineResult | undefined;
  let exitCode = 0;
  try {
    result = await runPipeline(ctx, { appDir: request.buildDir, goal: 'install', installTarget: request.buildDir });
  } catch (error) {
    if (!(error instanceof BuildNeededError)) throw error;
    log.warn(error.message, 'Deploying the buildpack only; the steps below build the app.');
    exitCode = 0;
  } finally {
    await installBuildpackIntoSlug(request.buildpackDir, request.buildDir, sourceArchive);
    await rm(scratch, { recursive: true, force: true });
  }
  await writeProfileScript(request.buildDir, options.prefixPath, options.basePath, result?.manifest);
  await writeReleaseInfo(request.buildDir, result?.manifest);
  await cleanCache(ctx.cache, before, { noClean: options.noCleanCache }, log);

  if (result?.manifest) {
    log.step(`App deployed: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail(`web: bin/${result.manifest.executables[0] ?? ''}`);
    log.detail('To run GHCi on a one-off dyno: heroku run bash, then restore, then cabal repl');
  } else {
    buildpackOnlyInstructions(log, ctx.storage.mode);
  }
  return exitCode;
}

function onlyBaseVars(env: Readonly<Record<string, string>>): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of ['HALCYON_BASE', 'HALCYON_PREFIX', 'HALCYON_ROOT'] as const) {
    const value = env[name];
    if (value !== undefined) vars[name] = value;
  }
  return vars;
}

function reportConfigVars(envDir: Awaited<ReturnType<typeof readEnvDir>>, log: Logger): void {
  const names = Object.keys(envDir.vars);
  if (names.length === 0 && envDir.skipped.length === 0) return;
  log.step('Config vars');
  for (const name of names) {
    const value = envDir.vars[name] ?? '';
    if (isSecretVar(name)) log.addSecret(value);
    log.detail(`${name.padEnd(34)} ${displayValue(name, value)}`);
  }
  for (const { name, reason } of envDir.skipped) log.detail(`${name.padEnd(34)} ignored: ${reason}`);
}

export { HalcyonError };
