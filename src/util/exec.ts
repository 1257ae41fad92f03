import { execa } from 'execa';
import type { Logger } from '../log/logger.ts';

export interface ExecOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Capture only; do not echo the output into the build log. */
  readonly quiet?: boolean;
  /** Directories to put before the inherited PATH. */
  readonly prependPath?: readonly string[];
}

export interface ExecResult {
  readonly exitCode: number;
  /** stdout alone, for commands whose answer we parse. */
  readonly stdout: string;
  /** The last lines of stdout and stderr interleaved, for error messages. */
  readonly tail: string;
}

/** Runs a command to completion; never throws for a non-zero exit (callers decide what it means). */
export type Exec = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

const TAIL_LINES = 60;

/**
 * Child processes get `baseEnv` (given by the CLI, the only code that reads process.env)
 * plus per-call overrides, and their output streams into the build log as it comes, so a
 * long cabal build shows progress instead of a silent wait.
 */
export function createExec(log: Logger, environment: Readonly<Record<string, string>>): Exec {
  const baseEnv = withoutStorageSecrets(environment);
  return async (file, args, options = {}) => {
    const tail: string[] = [];
    const child = execa(file, [...args], {
      cwd: options.cwd,
      env: { ...baseEnv, ...options.env, ...pathOverride(baseEnv, options.prependPath) },
      extendEnv: false,
      all: true,
      reject: false,
      stdin: 'ignore',
      buffer: { stdout: true, stderr: false, all: false },
      maxBuffer: 64 * 1024 * 1024,
    });
    for await (const line of child.iterable({ from: 'all' })) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (!options.quiet) log.detail(line);
    }
    const result = await child;
    const notFound = result.failed && result.exitCode === undefined;
    if (notFound) tail.push(result.shortMessage ?? `${file}: command not found`);
    return { exitCode: result.exitCode ?? 127, stdout: typeof result.stdout === 'string' ? result.stdout : '', tail: tail.join('\n') };
  };
}

/**
 * The bucket credentials are the buildpack's, not the app's: no Setup.hs or Template Haskell
 * splice of a dependency gets to read them.
 */
function withoutStorageSecrets(environment: Readonly<Record<string, string>>): Record<string, string> {
  const env = { ...environment };
  for (const name of STORAGE_SECRETS) delete env[name];
  return env;
}

const STORAGE_SECRETS = ['HALCYON_AWS_ACCESS_KEY_ID', 'HALCYON_AWS_SECRET_ACCESS_KEY'];

function pathOverride(baseEnv: Readonly<Record<string, string>>, dirs: readonly string[] | undefined): Record<string, string> {
  if (!dirs || dirs.length === 0) return {};
  return { PATH: [...dirs, baseEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin'].join(':') };
}
