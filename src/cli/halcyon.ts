import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { magicFileLayer } from '../config/magic.ts';
import { engineOptions, type EngineOptions } from '../config/options.ts';
import { lookupVar } from '../config/schema.ts';
import { unknownVariablesWarning } from '../config/unknown.ts';
import { resolveSettings } from '../config/settings.ts';
import { announceStorage, sweepKilledRuns } from '../engine/announce.ts';
import type { RunContext } from '../layers/context.ts';
import { createRunContext } from '../engine/create-context.ts';
import { installTarget, pathsSnippet } from '../engine/paths-snippet.ts';
import { planDeploy } from '../engine/plan.ts';
import { appInputs, resolvePlan, runPipeline, type Goal, type PipelineResult } from '../engine/pipeline.ts';
import { endingError, runRecord, writeBuildData } from '../engine/build-data.ts';
import { buildAndPublish } from '../engine/publish.ts';
import { DeadlineReachedError, HalcyonError } from '../errors.ts';
import { findAppPackage } from '../haskell/cabal-file.ts';
import { constraintLines } from '../haskell/plan.ts';
import type { Logger } from '../log/logger.ts';
import { cleanSuperseded } from '../engine/cache-clean.ts';
import { StorageTiers } from '../storage/tiers.ts';
import { createExec } from '../util/exec.ts';
import { formatDuration } from '../util/format.ts';
import type { ParsedArgs } from './args.ts';
import { HELP_TEXT } from './help.ts';

export interface CliEnvironment {
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** Data a command answers with (label, paths, ...), apart from the log. */
  readonly print: (text: string) => void;
}

/** The halcyon command: the same engine as the buildpack, on any Linux machine with Node. Returns the exit code. */
export async function runHalcyon(args: ParsedArgs, environment: CliEnvironment, log: Logger): Promise<number> {
  const command = args.command ?? 'help';
  if (command === 'help') {
    environment.print(HELP_TEXT);
    return 0;
  }
  const appDir = path.resolve(environment.cwd, args.positional[0] ?? '.');
  switch (command) {
    case 'label':
      environment.print(`${(await findAppPackage(appDir)).label}\n`);
      return 0;
    case 'executable':
      environment.print(`${(await findAppPackage(appDir)).executables[0] ?? ''}\n`);
      return 0;
    case 'paths':
      environment.print(await pathsSnippet(await loadOptions(args, environment, appDir, log)));
      return 0;
    case 'plan':
      return plan(await context(args, environment, appDir, log, { checkWrites: false }), appDir, environment);
    case 'constraints': {
      const ctx = await context(args, environment, appDir, log);
      const resolved = await resolvePlan(ctx, await appInputs(ctx, appDir));
      environment.print(constraintLines(resolved).map((line) => `${line}\n`).join(''));
      return 0;
    }
    case 'install':
    case 'build':
    case 'restore':
      return pipeline(await context(args, environment, appDir, log), appDir, command);
    default:
      throw new HalcyonError('config/unknown-command', `Unknown command: ${command}`, { remedy: 'Run `halcyon help` for the commands.' });
  }
}

async function pipeline(ctx: RunContext, appDir: string, goal: Goal): Promise<number> {
  const startedMs = Date.now();
  const summary = { command: `halcyon ${goal}`, startedMs, stack: undefined };
  announceStorage(ctx);
  await sweepKilledRuns(ctx);
  const request = { appDir, goal, installTarget: installTarget(ctx.options), baseTarget: (base: string) => path.join(ctx.options.rootPath, base) };
  let result: PipelineResult;
  try {
    // A build machine's build is for the bucket: it ends with every layer there, or fails saying which is not.
    result = goal === 'build' && ctx.storage.writable() ? await buildAndPublish(ctx, request) : await runPipeline(ctx, request);
  } catch (error) {
    const stopped = error instanceof DeadlineReachedError;
    await writeBuildData(ctx.options.cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome: stopped ? 'stopped-at-deadline' : 'failed', error: endingError(error) }));
    throw stopped ? error.continueWith(`halcyon ${goal}`) : error;
  }
  await writeBuildData(ctx.options.cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome: goal === 'install' ? 'installed' : goal === 'build' ? 'built' : 'restored' }));
  if (!ctx.options.noCleanCache) await cleanSuperseded(ctx, result.layers);
  const took = formatDuration(Date.now() - startedMs);
  if (goal === 'install') ctx.log.step(`App installed: ${result.app.label} in ${installTarget(ctx.options)} (${took})`);
  if (goal === 'build') ctx.log.step(`App built: ${result.app.label} (${took})`);
  if (goal === 'restore') {
    ctx.log.step(`GHC, cabal and the dependencies of ${result.app.label} restored (${took})`);
    ctx.log.detail('eval "$(halcyon paths)", then cabal repl in the app');
  }
  return 0;
}

async function plan(ctx: RunContext, appDir: string, environment: CliEnvironment): Promise<number> {
  const report = await planDeploy(ctx, appDir);
  environment.print(`${report.app.label} (external storage: ${ctx.storage.describe()})\n`);
  for (const layer of report.layers) {
    const what = layer.origin === 'partial' ? `${layer.note ?? ''}; builds ${layer.key ?? ''}` : (layer.key ?? `(${layer.note ?? 'no archive'})`);
    environment.print(`${layer.kind.padEnd(8)} ${layer.origin.padEnd(8)} ${what}\n`);
  }
  environment.print(report.needsBuild ? needsBuildLine(ctx) : 'A deploy would restore the install archive and build nothing.\n');
  return report.needsBuild ? 2 : 0;
}

/** Where nothing may be built, a deploy without the install archive fails: said so, with where it is made. */
function needsBuildLine(ctx: RunContext): string {
  if (!ctx.options.noBuild) return 'A deploy would build the app (exit code 2).\n';
  return 'A deploy would need the app built, which HALCYON_NO_BUILD forbids here (exit code 2): install this source on the build machine first; halcyon install there uploads the install archive.\n';
}

async function context(args: ParsedArgs, environment: CliEnvironment, appDir: string, log: Logger, storage: { checkWrites?: boolean } = {}): Promise<RunContext> {
  const options = await loadOptions(args, environment, appDir, log);
  return createRunContext({
    log,
    options,
    exec: createExec(log, { ...environment.env }),
    storage: StorageTiers.create(options.storage, log, { ...storage, policy: options.transfer }),
  });
}

/** Flags, then the environment, then `.halcyon/` files in the app, then `.env` in the current directory. */
async function loadOptions(args: ParsedArgs, environment: CliEnvironment, appDir: string, log: Logger): Promise<EngineOptions> {
  const dotenv = await readDotenv(environment.cwd);
  warnUnknown(log, environment.env, 'environment');
  warnUnknown(log, dotenv, '.env');
  const settings = resolveSettings([
    { source: 'flag', vars: args.flags, describe: (name) => args.flagNames.get(name) ?? name },
    { source: 'env', vars: environment.env },
    await magicFileLayer(appDir),
    { source: '.env', vars: dotenv, describe: (name) => `${name} (in .env)` },
  ]);
  const options = engineOptions(settings, { basePath: '/app', cachePath: '/var/tmp/halcyon-cache', noBuildDependencies: false });
  for (const [name, value] of settings.entries()) if (lookupVar(name)?.secret) log.addSecret(value.value);
  return options;
}

async function readDotenv(cwd: string): Promise<Record<string, string>> {
  try {
    return parseDotenv(await readFile(path.join(cwd, '.env'), 'utf8'));
  } catch {
    return {};
  }
}

function warnUnknown(log: Logger, vars: Readonly<Record<string, string>>, where: string): void {
  const unknown = unknownVariablesWarning(Object.keys(vars), where);
  if (unknown) log.warn(unknown.message, unknown.remedy);
}
