import { cp, realpath } from 'node:fs/promises';
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
import { exists, withCleanup } from '../util/fs.ts';
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
import { buildpackOnlyInstructions, deadlineInstructions, describeRelease, previousBuildInstructions } from './instructions.ts';
import { appIdentity, lastDeployInBucket, readDeployState, writeDeployState, type DeployState } from './deploys.ts';
import { restoreDeployedInstall } from '../engine/previous-install.ts';
import { journaled } from '../layers/journal.ts';
import { recordDeployInBucket, type DeployedRelease } from '../layers/releases.ts';
import type { InstallManifest } from '../layers/install.ts';
import type { RunOutcome } from '../layers/build-record.ts';
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

/** bin/compile: returns the exit code. A build that is needed but not allowed deploys the buildpack only (or keeps the previous build), and succeeds. */
export async function herokuCompile(request: CompileRequest, log: Logger): Promise<number> {
  const startedMs = Date.now();
  const summary = { command: request.tests ? 'test-compile' : 'compile', startedMs, stack: request.processEnv.STACK };
  const cachePath = path.join(request.cacheDir, 'halcyon');
  log.step(`Haskell on Heroku ${VERSION}`);
  let ctx: RunContext | undefined;
  let cacheDiscarded: string | undefined;
  // Read before this run changes the cache (or a new stack discards it): the build the running release runs.
  const state = await readDeployState(cachePath);
  try {
    const envDir = await readEnvDir(request.envDir);
    reportConfigVars(envDir, log);
    const options = await compileOptions(request, envDir.vars, startedMs);
    refuseIncompleteStorage(options);
    cacheDiscarded = await checkStack(request.cacheDir, options.cachePath, request.processEnv.STACK, log);
    ctx = await createRunContext({ log, options, exec: createExec(log, childEnvironment(request.processEnv, envDir.vars, log)) });
    const identity = { ...request.processEnv, ...envDir.vars };
    const app = appIdentity(state, identity);
    const lastDeploy = state?.lastDeploy ?? (await lastDeployInBucket(ctx.storage.privateStore, app, identity));
    const ended = await compileInto(ctx, request, startedMs, { app, state, lastDeploy });
    const outcome: RunOutcome = ended.stopped ? 'stopped-at-deadline' : ended.kept ? 'previous-build-kept' : !ended.result?.manifest ? 'buildpack-only' : request.tests ? 'built' : 'deployed';
    await writeBuildData(cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome, ...(ended.stopped ? { error: endingError(ended.stopped) } : {}), cacheDiscarded }));
    if (!request.tests) await rememberPush(ctx, cachePath, { app, lastDeploy: ended.deployed ?? lastDeploy, outcome });
    return 0;
  } catch (error) {
    // The build data says how the run ended, with the error's stable id.
    await writeBuildData(cachePath, runRecord(ctx, ctx?.platform ?? (await detectPlatform()), { ...summary, outcome: 'failed', error: endingError(error), cacheDiscarded }));
    throw error;
  }
}

/** The cache's memory of this push: the build now running, and what was asked for. */
async function rememberPush(ctx: RunContext, cachePath: string, push: { app: string; lastDeploy: DeployedRelease | undefined; outcome: RunOutcome }): Promise<void> {
  const { target } = journaled(ctx);
  const lastPush = target ? { installInputs: target.installInputs, source: target.source, outcome: push.outcome, at: ctx.now.toISOString() } : undefined;
  await writeDeployState(cachePath, { format: 1, app: push.app, ...(push.lastDeploy ? { lastDeploy: push.lastDeploy } : {}), ...(lastPush ? { lastPush } : {}) });
}

/**
 * A push deploying without its bucket would say the layers are not prebuilt when they may be
 * (a mistyped variable name): it fails instead, and the running app stays.
 */
function refuseIncompleteStorage(options: EngineOptions): void {
  const missing = options.storage.incompletePrivate;
  if (missing.length === 0) return;
  throw new HalcyonError('config/incomplete-private-storage', `Private storage is only partly configured: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set`, {
    remedy: `Nothing was deployed: the running app stays. Set ${missing.join(' and ')} (heroku config:set ${missing[0] ?? ''}=...; check the spelling of the names set), or unset the other HALCYON_AWS_*/HALCYON_S3_* config vars to deploy without a private bucket.`,
  });
}

interface CompileEnd {
  readonly result: PipelineResult | undefined;
  readonly stopped: DeadlineReachedError | undefined;
  /** This push deployed the app: the release now running. */
  readonly deployed: DeployedRelease | undefined;
  /** This push could not build, and its slug runs the previous build instead. */
  readonly kept: DeployedRelease | undefined;
}

/** What the cache and bucket know of this app before the push. */
interface PushHistory {
  readonly app: string;
  readonly state: DeployState | undefined;
  readonly lastDeploy: DeployedRelease | undefined;
}

async function compileInto(ctx: RunContext, request: CompileRequest, startedMs: number, { app, state, lastDeploy }: PushHistory): Promise<CompileEnd> {
  const { log, options } = ctx;
  announceStorage(ctx);
  const before = await snapshotCache(ctx.cache);
  const ended = await withPristineSource(request, () => (request.tests ? runPipeline(ctx, pipelineRequest(request.buildDir, true)) : deployOrExplain(ctx, request.buildDir, lastDeploy !== undefined)));
  const stopped = ended instanceof DeadlineReachedError ? ended : undefined;
  const result = ended instanceof DeadlineReachedError ? undefined : ended;
  if (!result?.manifest && !stopped) refuseUnprovenMisses(ctx);
  const kept = !result?.manifest && !request.tests && lastDeploy ? await keepPreviousBuild(ctx, lastDeploy, request.buildDir) : undefined;
  const manifest = result?.manifest ?? kept?.manifest;
  if (result?.manifest && options.keepDependencies) await keepDependencies(ctx, request.buildDir);
  await writeProfileScript(request.buildDir, options);
  if (manifest) await checkSlugExecutables(request.buildDir, manifest);
  await writeReleaseInfo(request.buildDir, manifest);
  if (result && request.tests) await writeTestScript(ctx, request.buildDir, result);
  const deployed = result?.manifest && !request.tests ? await recordDeploy(ctx, app, result.manifest, request.processEnv.SOURCE_VERSION) : undefined;
  await cleanCache(ctx.cache, before, { noClean: options.noCleanCache }, log);

  if (result && request.tests) {
    log.step(`App and test suites built: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail('bin/test runs them (cabal test)');
  } else if (result?.manifest) {
    log.step(`App deployed: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail(`web: bin/${result.manifest.executables[0] ?? ''}`);
    log.detail('To run GHCi on a one-off dyno: heroku run bash, then restore, then cabal repl');
  } else {
    if (!stopped) sameAsLastPush(ctx, state);
    if (kept) previousBuildInstructions(log, kept.release, ctx.storage.mode, options.storage, stopped);
    else if (stopped) deadlineInstructions(log, stopped, ctx.storage.mode);
    else buildpackOnlyInstructions(log, ctx.storage.mode, options.storage);
  }
  return { result, stopped, deployed, kept: kept?.release };
}

/**
 * The slug of a push that cannot build the new source runs the build deployed before, so
 * the release serves the previous version instead of stopping the app. The new source is
 * in the slug all the same, for the one-off build. A previous build that no tier holds any
 * more fails the push: releasing the buildpack alone would stop the running app.
 */
async function keepPreviousBuild(ctx: RunContext, release: DeployedRelease, buildDir: string): Promise<{ release: DeployedRelease; manifest: InstallManifest }> {
  const manifest = await restoreDeployedInstall(ctx, release, `Keeping the previous build of the app: ${describeRelease(release)}`, { installTarget: buildDir, baseTarget: () => buildDir });
  if (manifest) return { release, manifest };
  throw new HalcyonError('build-needed/previous-build-gone', `This push cannot build the app, and the build deployed before (${describeRelease(release)}) is in neither the cache nor the bucket any more: releasing the buildpack alone would stop the running app`, {
    remedy: [
      'Nothing was deployed: the running app stays. Either build the dependencies during one push:',
      '  $ heroku config:set HALCYON_NO_BUILD_DEPENDENCIES=0, push again, then heroku config:unset it;',
      'or accept the app stopping until the one-off build: heroku builds:cache:purge -a APP, then push',
      '(the push deploys the buildpack alone, as a first deploy does).',
    ].join('\n'),
  });
}

/** The deploy just made, recorded for the next push (kept running if it cannot build) and for the bucket's cleaning. */
async function recordDeploy(ctx: RunContext, app: string, manifest: InstallManifest, commit: string | undefined): Promise<DeployedRelease | undefined> {
  const { target } = journaled(ctx);
  if (!target) return undefined;
  const release: DeployedRelease = {
    label: manifest.label,
    installKey: target.installKey,
    installInputs: target.installInputs,
    installNamedInputs: target.installNamedInputs,
    source: target.source,
    ...(commit ? { commit } : {}),
    deployedAt: ctx.now.toISOString(),
    executables: manifest.executables,
    keys: [target.installKey, ...manifest.builtFrom],
  };
  await recordDeployInBucket(ctx, app, release);
  return release;
}

/** A push that asks for exactly what the last one asked for, and could not build it either. */
function sameAsLastPush(ctx: RunContext, state: DeployState | undefined): void {
  const { target } = journaled(ctx);
  const last = state?.lastPush;
  // A push after a deadline stop is how the build continues: the same inputs are expected then.
  if (!target || !last || last.installInputs !== target.installInputs || !['buildpack-only', 'previous-build-kept'].includes(last.outcome)) return;
  ctx.log.warn(
    `Nothing has changed since the last push (${last.at.slice(0, 16).replace('T', ' ')} UTC, source ${target.source.slice(0, 12)}), which could not build the app either`,
    'Run the one-off build first (heroku run -s performance-l build), then push again.',
  );
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
 * dependencies' build stopped before the deadline: either way the new source is not deployed,
 * and the release runs the previous build where there is one, else the buildpack alone.
 */
async function deployOrExplain(ctx: RunContext, buildDir: string, keepsPrevious: boolean): Promise<PipelineResult | DeadlineReachedError | undefined> {
  const instead = keepsPrevious ? 'The previous build of the app keeps running' : 'Deploying the buildpack only';
  try {
    return await runPipeline(ctx, pipelineRequest(buildDir));
  } catch (error) {
    if (error instanceof DeadlineReachedError) {
      ctx.log.warn(error.message, error.stalled ? `No package finished before the deadline: ${error.stalled}. ${instead}; the steps below build the app.` : `${instead}; push again to continue (the steps are below).`);
      return error;
    }
    if (!(error instanceof BuildNeededError)) throw error;
    ctx.log.warn(error.message, `${instead}; the steps below build the app.`);
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

