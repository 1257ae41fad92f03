// Runs the real shims the way Heroku does: a fresh BUILD_DIR holding the app, a CACHE_DIR
// kept between pushes, an ENV_DIR of config var files, and a scrubbed environment.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_APPS = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');
export const EXAMPLE_APP = path.join(REPO_ROOT, 'examples', 'hello-web');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const madeDirs: string[] = [];
process.once('exit', () => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

/** A temp directory removed when the test file's process exits. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `halcyon-test-${prefix}-`));
  madeDirs.push(dir);
  return dir;
}

/** The only environment a shim sees: what Heroku's compile gives, nothing from this machine. */
export function scrubbedEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: os.tmpdir(),
    // The test run's own temp directory (scripts/test.mjs), so nothing a shim makes outlives the run.
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    LANG: 'C.UTF-8',
    STACK: 'heroku-24',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
}

export function run(file: string, args: readonly string[], env: Record<string, string>, cwd = REPO_ROOT): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** One simulated app on Heroku: the cache and config vars persist across pushes, each push gets a fresh BUILD_DIR and dyno. */
export class HerokuApp {
  private pushes = 0;

  private constructor(
    readonly root: string,
    readonly cacheDir: string,
    readonly envDir: string,
  ) {}

  static async create(configVars: Record<string, string> = {}): Promise<HerokuApp> {
    const root = await tempDir('heroku');
    const app = new HerokuApp(root, path.join(root, 'cache'), path.join(root, 'env'));
    await mkdir(app.cacheDir, { recursive: true });
    await mkdir(app.envDir, { recursive: true });
    await app.setConfig(configVars);
    return app;
  }

  async setConfig(vars: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(vars)) await writeFile(path.join(this.envDir, name), value);
  }

  async unsetConfig(name: string): Promise<void> {
    await rm(path.join(this.envDir, name), { force: true });
  }

  /**
   * `git push heroku main`: detect, then compile into a fresh BUILD_DIR on a fresh compile
   * dyno, whose /app is an empty directory of its own (bind-mounted in a private mount
   * namespace), exactly where Heroku builds: HALCYON_BASE is left at its default, /app.
   */
  async push(sourceDir: string, processEnv: Record<string, string> = {}): Promise<Push> {
    this.pushes += 1;
    const buildDir = path.join(this.root, `build-${this.pushes}`);
    const base = path.join(this.root, `dyno-${this.pushes}`);
    await cp(sourceDir, buildDir, { recursive: true, verbatimSymlinks: true, filter: (src) => !src.includes(`${path.sep}dist-newstyle`) });
    await mkdir(base, { recursive: true });
    const env = scrubbedEnv(processEnv);
    const detect = await run(path.join(REPO_ROOT, 'bin', 'detect'), [buildDir], env);
    const startedMs = Date.now();
    const compile = await runOnDyno(base, path.join(REPO_ROOT, 'bin', 'compile'), [buildDir, this.cacheDir, this.envDir], env);
    const durationMs = Date.now() - startedMs;
    const release = await run(path.join(REPO_ROOT, 'bin', 'release'), [buildDir], env);
    return { buildDir, base, detect, compile, release, durationMs };
  }

  /**
   * A Heroku CI run: the app copied to a fresh dyno, where BUILD_DIR is /app itself;
   * bin/test-compile with the app's cache and config vars, then bin/test on the same dyno
   * with the config vars in the environment and .profile.d sourced.
   */
  async ci(sourceDir: string): Promise<{ dyno: string; testCompile: RunResult; test: RunResult }> {
    this.pushes += 1;
    const dyno = path.join(this.root, `ci-${this.pushes}`);
    await cp(sourceDir, dyno, { recursive: true, verbatimSymlinks: true, filter: (src) => !src.includes(`${path.sep}dist-newstyle`) });
    const testCompile = await runOnDyno(dyno, path.join(REPO_ROOT, 'bin', 'test-compile'), ['/app', this.cacheDir, this.envDir], scrubbedEnv());
    const test = await runInDyno(dyno, `${path.join(REPO_ROOT, 'bin', 'test')} /app ${this.envDir}`, await this.configVars());
    return { dyno, testCompile, test };
  }

  async cacheFiles(): Promise<string[]> {
    return listFiles(this.cacheDir);
  }

  async emptyCache(): Promise<void> {
    await rm(this.cacheDir, { recursive: true, force: true });
    await mkdir(this.cacheDir, { recursive: true });
  }

  async configVars(): Promise<Record<string, string>> {
    const vars: Record<string, string> = {};
    for (const name of await readdir(this.envDir)) vars[name] = await readFile(path.join(this.envDir, name), 'utf8');
    return vars;
  }

  /**
   * `heroku run -s performance-l COMMAND`: a new one-off dyno from the release's slug, its
   * config vars in the environment, .profile.d sourced, no compile cache.
   */
  async runOneOff(slugDir: string, command: string, extraEnv: Record<string, string> = {}): Promise<RunResult> {
    const dyno = path.join(await tempDir('oneoff'), 'app');
    await cp(slugDir, dyno, { recursive: true, verbatimSymlinks: true });
    const cache = await tempDir('oneoff-cache');
    return runInDyno(dyno, command, { ...(await this.configVars()), HALCYON_CACHE: cache, ...extraEnv });
  }
}

export interface Push {
  readonly buildDir: string;
  readonly base: string;
  readonly detect: RunResult;
  readonly compile: RunResult;
  readonly release: RunResult;
  readonly durationMs: number;
}

export async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, childRel)));
    else out.push(childRel);
  }
  return out.sort();
}

/** Runs a program with `dynoDir` mounted at /app, in a private mount namespace (needs root, as CI has). */
export async function runOnDyno(dynoDir: string, file: string, args: readonly string[], env: Record<string, string>): Promise<RunResult> {
  await mkdir('/app', { recursive: true });
  // The dyno's directory is an argument, not a variable: the environment is exactly `env`.
  return run('unshare', ['-m', 'sh', '-c', 'dyno=$1; shift; mount --bind "$dyno" /app && exec "$@"', 'sh', dynoDir, file, ...args], env);
}

/**
 * Runs a command inside the slug as a dyno does: in a private mount namespace with the
 * slug mounted at /app, after sourcing .profile.d. Needs root (unshare -m), as CI has.
 */
export async function runInDyno(slugDir: string, command: string, env: Record<string, string> = {}): Promise<RunResult> {
  const script = `set -e; cd /app; for f in /app/.profile.d/*.sh; do . "$f"; done; ${command}`;
  return runOnDyno(slugDir, 'bash', ['-c', script], scrubbedEnv({ HOME: '/app', ...env }));
}

/** A writable copy of the example package repository (cabal writes its index cache into it). */
export async function localPackageRepo(): Promise<{ dir: string; remoteRepo: string }> {
  const dir = path.join(await tempDir('repo'), 'repo');
  await cp(path.join(REPO_ROOT, 'examples', 'repo'), dir, { recursive: true, filter: (src) => !src.endsWith('noindex.cache') });
  return { dir, remoteRepo: `local:file+noindex://${dir}` };
}

/**
 * The example repository plus the test-only packages in test/fixtures/packages (slow-build,
 * whose compilation takes a set time; needs-c-lib, whose C library no machine has), each
 * packed as cabal's sdist would be.
 */
export async function fixturePackageRepo(): Promise<{ dir: string; remoteRepo: string }> {
  const repo = await localPackageRepo();
  const packages = path.join(REPO_ROOT, 'test', 'fixtures', 'packages');
  for (const name of await readdir(packages)) {
    const packed = await run('tar', ['-czf', path.join(repo.dir, `${name}.tar.gz`), '-C', packages, name], scrubbedEnv());
    if (packed.code !== 0) throw new Error(`tar failed for ${name}: ${packed.stderr}`);
  }
  return repo;
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
