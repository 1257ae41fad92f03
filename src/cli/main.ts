import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HalcyonError, unexpectedError } from '../errors.ts';
import { Logger, type OutputSink } from '../log/logger.ts';
import { runInterruptCleanups } from '../util/interrupt.ts';

// The only module that touches `process`: it turns argv and the environment into calls,
// and results and errors into output and exit codes. Each command's code is imported when it
// runs (the bundle is split), so an archive command never loads the AWS SDK.

const sink: OutputSink = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

function processEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  return env;
}

/** dist/halcyon.mjs sits in <buildpack>/dist. */
function buildpackDir(): string {
  return path.dirname(path.dirname(fileURLToPath(import.meta.url)));
}

// The AWS SDK warns on every start under Node 20 about releases after January 2027; the
// SDK version is pinned, so the warning would only clutter every build log.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Commands whose standard output is data (to pipe or eval) log to stderr. */
const DATA_COMMANDS = new Set(['label', 'executable', 'constraints', 'paths', 'plan', 'help']);

async function halcyonCommand(argv: readonly string[], log: Logger): Promise<number> {
  const { parseArgs } = await import('./args.ts');
  const { runHalcyon } = await import('./halcyon.ts');
  const args = parseArgs(argv);
  const quietLog = DATA_COMMANDS.has(args.command ?? 'help') ? new Logger({ stdout: sink.stderr, stderr: sink.stderr }) : log;
  return runHalcyon(args, { env: processEnv(), cwd: process.cwd(), print: (text) => process.stdout.write(text) }, quietLog);
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  const log = new Logger(sink);
  try {
    switch (command) {
      case 'heroku-compile':
      case 'heroku-test-compile': {
        const [buildDir, cacheDir, envDir] = args;
        const shim = command === 'heroku-compile' ? 'compile' : 'test-compile';
        if (!buildDir || !cacheDir) throw new HalcyonError('config/usage', `usage: bin/${shim} BUILD_DIR CACHE_DIR [ENV_DIR]`);
        const { herokuCompile } = await import('../heroku/compile.ts');
        return await herokuCompile(
          {
            buildDir: path.resolve(buildDir),
            cacheDir: path.resolve(cacheDir),
            envDir: envDir ? path.resolve(envDir) : undefined,
            buildpackDir: buildpackDir(),
            processEnv: processEnv(),
            tests: command === 'heroku-test-compile',
          },
          log,
        );
      }
      case 'heroku-build': {
        const { herokuBuild } = await import('../heroku/one-off.ts');
        return await herokuBuild({ buildpackDir: buildpackDir(), processEnv: processEnv() }, log);
      }
      case 'heroku-restore': {
        const { herokuRestore } = await import('../heroku/one-off.ts');
        return await herokuRestore({ buildpackDir: buildpackDir(), processEnv: processEnv() }, log);
      }
      case 'archive': {
        const { archiveCommand } = await import('./archive-command.ts');
        return await archiveCommand(args, processEnv(), new Logger({ stdout: sink.stderr, stderr: sink.stderr }));
      }
      default:
        return await halcyonCommand(argv, log);
    }
  } catch (caught) {
    const error = withoutWorkingDirectory(caught) ?? caught;
    if (error instanceof HalcyonError) {
      log.error(error.message, error.remedy, error.id);
      return error.exitCode;
    }
    const unexpected = unexpectedError(error);
    log.error(`Internal error: ${unexpected.message}`, unexpected.remedy, unexpected.id);
    if (error instanceof Error && error.stack) log.trace(error.stack);
    return 1;
  }
}

/** A working directory deleted under the shell (seen where a relative path is resolved): the user's to fix, not a bug. */
function withoutWorkingDirectory(error: unknown): HalcyonError | undefined {
  const { code, syscall } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; syscall?: unknown };
  if (code !== 'ENOENT' || syscall !== 'uv_cwd') return undefined;
  return new HalcyonError('config/no-working-directory', 'The current directory no longer exists: it was removed after the shell entered it', {
    remedy: 'cd to a directory that exists (cd "$PWD" if it was made again), or give absolute paths, and run the command again.',
  });
}

const STOP_SIGNALS = [['SIGHUP', 129], ['SIGINT', 130], ['SIGTERM', 143]] as const;

// Interrupted (a closed terminal, Ctrl-C, a dyno's shutdown, a kill): the children that
// would outlive this process are stopped and the temp files not yet in place removed, then
// it exits as a process killed by the signal would (128 + its number).
for (const [signal, exitCode] of STOP_SIGNALS) {
  process.once(signal, () => {
    const undone = runInterruptCleanups();
    process.stderr.write(` !     Stopped (${signal})${undone ? '; what was being written was removed' : ''}.\n`);
    process.exit(exitCode);
  });
}

const result = await main(process.argv.slice(2));
// Done, and said so: a signal while the process winds down stops nothing, and the exit says what happened.
for (const [signal] of STOP_SIGNALS) {
  process.removeAllListeners(signal);
  process.on(signal, () => process.exit(result));
}
process.exitCode = result;
