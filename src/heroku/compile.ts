import { cp, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { packDirectory } from '../archive/index.ts';
import { magicFileLayer } from '../config/magic.ts';
import { engineOptions, type EngineOptions } from '../config/options.ts';
import { resolveSettings } from '../config/settings.ts';
import { announceStorage } from '../engine/announce.ts';
import type { RunContext } from '../layers/context.ts';
import { createRunContext } from '../engine/create-context.ts';
import { endingError, runRecord, writeBuildData } from '../engine/build-data.ts';
import { detectPlatform } from '../engine/platform.ts';
import { runPipeline, type PipelineRequest, type PipelineResult } from '../engine/pipeline.ts';
import { TAG_FILE } from '../layers/layer.ts';
import { layerPaths } from '../config/paths.ts';
import { LAYERS } from '../layers/registry.ts';
import { keysNotFound } from '../layers/resolve.ts';
import { directorySize } from '../layers/size.ts';
import { exists, withCleanup, writeFileAtomic } from '../util/fs.ts';
import { writeTestScript } from './test-script.ts';
import { BuildNeededError, DeadlineReachedError, HalcyonError } from '../errors.ts';
import { urlPasswords, type Logger } from '../log/logger.ts';
import { cleanCache, snapshotCache } from '../storage/cache-clean.ts';
import { createExec } from '../util/exec.ts';
import { makeTempDir } from '../util/temp.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import { VERSION } from '../version.ts';
import { MAX_ENV_VALUE_BYTES, displayValue, isSecretVar, readEnvDir } from './env-dir.ts';
import { unknownVariablesWarning } from '../config/unknown.ts';
import { buildpackOnlyInstructions, deadlineInstructions, replacesRunningAppWarning } from './instructions.ts';
import { SOURCE_ARCHIVE, checkSlugExecutables, installBuildpackIntoSlug, writeProfileScript, writeReleaseInfo } from './slug.ts';
import { checkStack } from './stack.ts';

export interface CompileRequest {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly envDir: string | undefined;
  readonly buildpackDir: string;
  /** The compile process's own environment (HALCYON_BASE may come only from here). */
  readonly processEnv: Readonly<Record<string, string>>;
  /**
   * `test-compile` (Heroku CI): the test suites are built too, their layers keyed apart, and
   * dependencies may be built (CI dynos are big, and a failed setup is a failed test run).
   */
  readonly tests?: boolean;
}

/** bin/compile: returns the exit code. A build that is needed but not allowed deploys the buildpack only, and succeeds. */
export async function herokuCompile(request: CompileRequest, log: Logger): Promise<number> {
  const startedMs = Date.now();
  const summary = { command: request.tests ? 'test-compile' : 'compile', startedMs, stack: request.processEnv.STACK };
  const cachePath = path.join(request.cacheDir, 'halcyon');
  log.step(`Haskell on Heroku ${VERSION}`);
  let ctx: RunContext | undefined;
  let cacheDiscarded: string | undefined;
  // Read before this run changes the cache (or a new stack discards it): whether the release this push replaces runs the app.
  const appRunning = await appDeployed(cachePath);
  try {
    const envDir = await readEnvDir(request.envDir);
    reportConfigVars(envDir, log);
    const options = await compileOptions(request, envDir.vars, startedMs);
    cacheDiscarded = await checkStack(request.cacheDir, options.cachePath, request.processEnv.STACK, log);
    ctx = await createRunContext({ log, options, exec: createExec(log, childEnvironment(request.processEnv, envDir.vars, log)) });
    const ended = await compileInto(ctx, request, startedMs, appRunning);
    if (ended instanceof DeadlineReachedError) {
      await writeBuildData(cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome: 'stopped-at-deadline', error: endingError(ended), cacheDiscarded }));
      if (!request.tests) await recordRelease(cachePath, false);
      return 0;
    }
    const outcome = !ended?.manifest ? 'buildpack-only' : request.tests ? 'built' : 'deployed';
    await writeBuildData(cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome, cacheDiscarded }));
    if (!request.tests) await recordRelease(cachePath, outcome === 'deployed');
    return 0;
  } catch (error) {
    // The build data says how the run ended, with the error's stable id.
    await writeBuildData(cachePath, runRecord(ctx, ctx?.platform ?? (await detectPlatform()), { ...summary, outcome: 'failed', error: endingError(error), cacheDiscarded }));
    throw error;
  }
}

/**
 * Set by a push that deploys the app, cleared by one whose release does not run it; a failed
 * push (no release) leaves it as it was. The build data cannot tell: a failed run is its last.
 */
const APP_DEPLOYED_MARKER = '.halcyon-app-deployed';

async function appDeployed(cachePath: string): Promise<boolean> {
  return exists(path.join(cachePath, APP_DEPLOYED_MARKER));
}

async function recordRelease(cachePath: string, runsTheApp: boolean): Promise<void> {
  const marker = path.join(cachePath, APP_DEPLOYED_MARKER);
  await (runsTheApp ? writeFileAtomic(marker, '') : rm(marker, { force: true }));
}

/** `replacesRunningApp`: the previous push deployed the app, which a buildpack-only release stops. */
async function compileInto(ctx: RunContext, request: CompileRequest, startedMs: number, replacesRunningApp: boolean): Promise<PipelineResult | DeadlineReachedError | undefined> {
  const { log, options } = ctx;
  announceStorage(ctx);
  const before = await snapshotCache(ctx.cache);
  const ended = await withPristineSource(request, () => (request.tests ? runPipeline(ctx, pipelineRequest(request.buildDir, true)) : deployOrExplain(ctx, request.buildDir)));
  const stopped = ended instanceof DeadlineReachedError ? ended : undefined;
  const result = stopped ? undefined : (ended as PipelineResult | undefined);
  if (!result?.manifest && !stopped) refuseUnprovenMisses(ctx);
  if (result?.manifest && options.keepDependencies) await keepDependencies(ctx, request.buildDir);
  await writeProfileScript(request.buildDir, options);
  if (result?.manifest) await checkSlugExecutables(request.buildDir, result.manifest);
  await writeReleaseInfo(request.buildDir, result?.manifest);
  if (result && request.tests) await writeTestScript(ctx, request.buildDir, result);
  await cleanCache(ctx.cache, before, { noClean: options.noCleanCache }, log);

  if (result && request.tests) {
    log.step(`App and test suites built: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail('bin/test runs them (cabal test)');
  } else if (result?.manifest) {
    log.step(`App deployed: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail(`web: bin/${result.manifest.executables[0] ?? ''}`);
    log.detail('To run GHCi on a one-off dyno: heroku run bash, then restore, then cabal repl');
  } else {
    if (replacesRunningApp && !request.tests) replacesRunningAppWarning(log);
    if (stopped) deadlineInstructions(log, stopped, ctx.storage.mode);
    else buildpackOnlyInstructions(log, ctx.storage.mode, options.storage);
  }
  return stopped ?? result;
}

/**
 * A buildpack-only deploy says the layers are not prebuilt; where the private bucket could
 * not be read, that is unproven (a mistyped endpoint, an outage), and deploying would replace
 * the running app with one that does not run. The push fails instead: the running app stays.
 */
function refuseUnprovenMisses(ctx: RunContext): void {
  const bucket = ctx.storage.privateStore;
  const notFound = keysNotFound(ctx);
  // Only a layer's own archive, found nowhere: a starting point or a sidecar that could not be read changes nothing.
  const unread = [...new Map((bucket?.unreadKeys ?? []).filter((u) => notFound.has(u.key)).map((u) => [u.key, u.reason])).entries()];
  const last = unread.at(-1);
  if (!bucket || !last) return;
  throw new HalcyonError('storage/s3/unreachable', `The private bucket ${bucket.bucket} could not be read for ${unread.length === 1 ? 'a layer' : `${unread.length} layers`} this push needs (${last[1]}), so whether ${unread.length === 1 ? 'it is' : 'they are'} prebuilt is unknown`, {
    remedy: 'Nothing was deployed: the running app stays. Check HALCYON_S3_ENDPOINT and HALCYON_S3_REGION (or the network, or an S3 outage), then push again.',
  });
}

/**
 * Heroku stops a compile after 25 minutes. Its own steps (fetching the buildpacks, other
 * buildpacks before this one, compressing and storing the slug) count too.
 */
const COMPILE_LIMIT_MS = 25 * 60_000;
const HEROKU_STEPS_MS = 3 * 60_000;

/** Base, prefix and root only from the process; everything else from config vars and .halcyon/ files. */
async function compileOptions(request: CompileRequest, configVars: Readonly<Record<string, string>>, startedMs: number): Promise<EngineOptions> {
  const settings = resolveSettings([
    { source: 'env', vars: onlyBaseVars(request.processEnv) },
    { source: 'config var', vars: configVars },
    await magicFileLayer(request.buildDir),
  ]);
  return engineOptions(settings, {
    basePath: '/app',
    cachePath: path.join(request.cacheDir, 'halcyon'),
    noBuildDependencies: request.tests !== true,
    tests: request.tests === true,
    startedMs,
    limit: { durationMs: COMPILE_LIMIT_MS - HEROKU_STEPS_MS, source: 'the Heroku compile limit of 25 minutes, less 3 for Heroku\'s own steps' },
  });
}

/**
 * The pipeline's result; undefined when a layer must be built first, or the stop when the
 * dependencies' build stopped before the deadline: either way the buildpack alone is deployed.
 */
async function deployOrExplain(ctx: RunContext, buildDir: string): Promise<PipelineResult | DeadlineReachedError | undefined> {
  try {
    return await runPipeline(ctx, pipelineRequest(buildDir));
  } catch (error) {
    if (error instanceof DeadlineReachedError) {
      ctx.log.warn(error.message, error.stalled ? `No package finished before the deadline: ${error.stalled}. Deploying the buildpack only; the steps below build the app.` : 'Deploying the buildpack only; push again to continue (the steps are below).');
      return error;
    }
    if (!(error instanceof BuildNeededError)) throw error;
    ctx.log.warn(error.message, 'Deploying the buildpack only; the steps below build the app.');
    return undefined;
  }
}

/** The slug is mounted at the base (/app) at run time: what belongs under the base goes into it too. */
function pipelineRequest(buildDir: string, tests = false): PipelineRequest {
  // bin/test runs the suites in the build directory: test-compile needs it live, not just the install.
  return { appDir: buildDir, goal: 'install', installTarget: buildDir, baseTarget: () => buildDir, fastPath: !tests };
}

/**
 * HALCYON_KEEP_DEPENDENCIES: GHC, cabal, the store and the OS packages, copied into the slug
 * at the same place under /app, so `heroku run cabal repl` needs no restore. Symlinks are
 * kept as they are: they resolve the same way in the slug.
 */
async function keepDependencies(ctx: RunContext, buildDir: string): Promise<void> {
  const layers = layerPaths(ctx.options.basePath);
  ctx.log.step('Keeping GHC, cabal and the dependencies in the slug (HALCYON_KEEP_DEPENDENCIES)');
  for (const dir of LAYERS.flatMap((spec) => spec.keptInSlug?.(layers) ?? [])) {
    if (!(await exists(dir))) continue;
    const target = path.join(buildDir, path.relative(ctx.options.basePath, dir));
    // On Heroku CI the build directory is /app itself: the layers are already in place.
    if ((await realpath(dir)) === (await realpath(target).catch(() => ''))) continue;
    await cp(dir, target, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, filter: (source) => path.basename(source) !== TAG_FILE });
    ctx.log.detail(`${path.relative(buildDir, target)} (${formatBytes(await directorySize(target))})`);
  }
}

/**
 * Archives BUILD_DIR before anything writes into it, so `build` on a one-off dyno hashes
 * exactly what was pushed; the archive and the buildpack go into the slug whatever happens.
 */
async function withPristineSource<T>(request: CompileRequest, work: () => Promise<T>): Promise<T> {
  const scratch = await makeTempDir('compile');
  const sourceArchive = path.join(scratch.dir, SOURCE_ARCHIVE);
  let archived = false;
  return withCleanup(
    async () => {
      const excluded = (rel: string): boolean => ['.git', '.halcyon-layers'].some((top) => rel === top || rel.startsWith(`${top}/`));
      await packDirectory(request.buildDir, sourceArchive, { exclude: excluded });
      archived = true;
      return work();
    },
    () => withCleanup(() => installBuildpackIntoSlug(request.buildpackDir, request.buildDir, archived ? sourceArchive : undefined), scratch.remove),
  );
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
  for (const { name, reason, warn } of envDir.skipped) {
    if (warn) log.warn(`The config var file ${name} in ENV_DIR is ignored: ${reason}`, 'Set config vars with heroku config:set NAME=VALUE; each is a file in ENV_DIR.');
    else log.detail(`${name.padEnd(34)} ignored: ${reason}`);
  }
  const unknown = unknownVariablesWarning(names, 'config vars');
  if (unknown) log.warn(unknown.message, unknown.remedy.replace('or unset it', 'or heroku config:unset it'));
}

/** Config vars go to build processes (Setup.hs, Template Haskell may read them), but one too long for a process environment cannot. */
function childEnvironment(processEnv: Readonly<Record<string, string>>, configVars: Readonly<Record<string, string>>, log: Logger): Record<string, string> {
  const env: Record<string, string> = { ...processEnv };
  for (const [name, value] of Object.entries(configVars)) {
    if (Buffer.byteLength(value) + name.length + 1 > MAX_ENV_VALUE_BYTES) {
      log.warn(`The config var ${name} is not passed to the build (${Buffer.byteLength(value)} bytes; a process environment takes ${MAX_ENV_VALUE_BYTES + 1} at most per variable)`, 'The app gets it at run time as usual.');
      continue;
    }
    env[name] = value;
  }
  return env;
}

