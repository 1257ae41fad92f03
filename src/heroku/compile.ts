import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { packDirectory } from '../archive/index.ts';
import { magicFileLayer } from '../config/magic.ts';
import { engineOptions, type EngineOptions } from '../config/options.ts';
import { resolveSettings } from '../config/settings.ts';
import { announceStorage } from '../engine/announce.ts';
import type { RunContext } from '../engine/context.ts';
import { createRunContext } from '../engine/create-context.ts';
import { runPipeline, type PipelineResult } from '../engine/pipeline.ts';
import { BuildNeededError } from '../errors.ts';
import { urlPasswords, type Logger } from '../log/logger.ts';
import { cleanCache, snapshotCache } from '../storage/cache-clean.ts';
import { createExec } from '../util/exec.ts';
import { formatDuration } from '../util/format.ts';
import { VERSION } from '../version.ts';
import { displayValue, isSecretVar, readEnvDir } from './env-dir.ts';
import { buildpackOnlyInstructions } from './instructions.ts';
import { SOURCE_ARCHIVE, installBuildpackIntoSlug, writeProfileScript, writeReleaseInfo } from './slug.ts';
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
  const options = await compileOptions(request, envDir.vars);
  await checkStack(request.cacheDir, options.cachePath, request.processEnv.STACK, log);

  const ctx = await createRunContext({ log, options, exec: createExec(log, { ...request.processEnv, ...envDir.vars }) });
  announceStorage(ctx);
  const before = await snapshotCache(ctx.cache);
  const result = await withPristineSource(request, () => deployOrExplain(ctx, request.buildDir));
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
  return 0;
}

/** Base, prefix and root only from the process; everything else from config vars and .halcyon/ files. */
async function compileOptions(request: CompileRequest, configVars: Readonly<Record<string, string>>): Promise<EngineOptions> {
  const settings = resolveSettings([
    { source: 'env', vars: onlyBaseVars(request.processEnv) },
    { source: 'config var', vars: configVars },
    await magicFileLayer(request.buildDir),
  ]);
  return engineOptions(settings, { basePath: '/app', cachePath: path.join(request.cacheDir, 'halcyon'), noBuildDependencies: true });
}

/** The pipeline's result, or undefined when a layer must be built first (the buildpack alone is deployed). */
async function deployOrExplain(ctx: RunContext, buildDir: string): Promise<PipelineResult | undefined> {
  try {
    // The slug is mounted at the base (/app) at run time: what belongs under the base goes into it.
    return await runPipeline(ctx, { appDir: buildDir, goal: 'install', installTarget: buildDir, baseTarget: () => buildDir });
  } catch (error) {
    if (!(error instanceof BuildNeededError)) throw error;
    ctx.log.warn(error.message, 'Deploying the buildpack only; the steps below build the app.');
    return undefined;
  }
}

/**
 * Archives BUILD_DIR before anything writes into it, so `build` on a one-off dyno hashes
 * exactly what was pushed; the archive and the buildpack go into the slug whatever happens.
 */
async function withPristineSource<T>(request: CompileRequest, work: () => Promise<T>): Promise<T> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'halcyon-compile-'));
  const sourceArchive = path.join(scratch, SOURCE_ARCHIVE);
  try {
    await packDirectory(request.buildDir, sourceArchive, { exclude: (rel) => rel === '.git' || rel.startsWith('.git/') });
    return await work();
  } finally {
    await installBuildpackIntoSlug(request.buildpackDir, request.buildDir, sourceArchive);
    await rm(scratch, { recursive: true, force: true });
  }
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
    for (const password of urlPasswords(value)) log.addSecret(password);
    log.detail(`${name.padEnd(34)} ${displayValue(name, value)}`);
  }
  for (const { name, reason } of envDir.skipped) log.detail(`${name.padEnd(34)} ignored: ${reason}`);
}

