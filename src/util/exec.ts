import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { execa } from 'execa';
import type { Logger } from '../log/logger.ts';
import { onInterrupt } from './interrupt.ts';

export interface ExecOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Capture only; do not echo the output into the build log. */
  readonly quiet?: boolean;
  /** Directories to put before the inherited PATH. */
  readonly prependPath?: readonly string[];
  /** Each line of output goes here instead of the build log (which it may condense). */
  readonly onLine?: (line: string) => void;
  /** Every line of output is also appended to this file (the full log, when the build log shows less). */
  readonly logFile?: string;
  /** Aborted: the process and everything it started get SIGTERM, then SIGKILL. */
  readonly signal?: AbortSignal;
}

export interface ExecResult {
  readonly exitCode: number;
  /** stdout alone, for commands whose answer we parse. */
  readonly stdout: string;
  /** The last lines of stdout and stderr interleaved, for error messages. */
  readonly tail: string;
  /** Stopped through `signal`. */
  readonly stopped: boolean;
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
    const logFile = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
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
    const stopping = options.signal ? stopOnAbort(child, options.signal) : undefined;
    // A SIGTERM to this process alone (not its group) would leave cabal and its compilers running.
    const forget = onInterrupt(() => child.pid !== undefined && killTree(child.pid, 'SIGTERM'));
    for await (const line of child.iterable({ from: 'all' })) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      logFile?.write(`${line}\n`);
      if (options.onLine) options.onLine(line);
      else if (!options.quiet) log.detail(line);
    }
    const result = await child;
    forget();
    stopping?.dispose();
    if (logFile) await new Promise<void>((resolve) => logFile.end(resolve));
    const notFound = result.failed && result.exitCode === undefined && !stopping?.stopped;
    if (notFound) tail.push(result.shortMessage ?? `${file}: command not found`);
    return { exitCode: result.exitCode ?? (stopping?.stopped ? 143 : 127), stdout: typeof result.stdout === 'string' ? result.stdout : '', tail: tail.join('\n'), stopped: stopping?.stopped ?? false };
  };
}

const STOP_GRACE_MS = 10_000;

/**
 * On abort: SIGTERM to the child and every process under it (cabal's compilers), SIGKILL to
 * what is left after a grace period. The child stays in our process group, so a Ctrl-C or a
 * dyno's shutdown reaches it as before.
 */
function stopOnAbort(child: { pid?: number | undefined }, signal: AbortSignal): { readonly stopped: boolean; dispose(): void } {
  let stopped = false;
  let forceTimer: NodeJS.Timeout | undefined;
  const onAbort = (): void => {
    stopped = true;
    if (child.pid === undefined) return;
    const pid = child.pid;
    killTree(pid, 'SIGTERM');
    forceTimer = setTimeout(() => killTree(pid, 'SIGKILL'), STOP_GRACE_MS);
    forceTimer.unref();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return {
    get stopped() {
      return stopped;
    },
    dispose() {
      signal.removeEventListener('abort', onAbort);
      if (forceTimer) clearTimeout(forceTimer);
    },
  };
}

/** The process and its descendants, found through /proc, each sent `name`. */
function killTree(rootPid: number, name: NodeJS.Signals): void {
  for (const pid of [rootPid, ...descendantsOf(rootPid)]) {
    try {
      process.kill(pid, name);
    } catch {
      // Gone already.
    }
  }
}

function descendantsOf(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid …: the command name may hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop() ?? -1) ?? []) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
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
