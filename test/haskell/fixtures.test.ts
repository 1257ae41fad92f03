// Real builds of the example app and the test fixture apps with the system GHC and cabal,
// offline: dependencies come from a copy of examples/repo used as a `file+noindex`
// repository. Skipped (not failed) on machines without cabal on PATH.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(repoRoot, 'test/fixtures/apps');

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof failure.code !== 'number') throw error;
    return { code: failure.code, stdout: String(failure.stdout ?? ''), stderr: String(failure.stderr ?? '') };
  }
}

async function hasCabal(): Promise<boolean> {
  try {
    await execFileAsync('cabal', ['--numeric-version']);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function fetchWhenUp(url: string, child: ChildProcess, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const cabalAvailable = await hasCabal();

// A required tool: its absence fails the suite (scripts/setup.sh installs it), never skips it.
it('cabal and ghc are installed (scripts/setup.sh)', () => {
  assert.ok(cabalAvailable, 'cabal is not on PATH: run scripts/setup.sh');
});

describe('fixture apps build offline with the system GHC and cabal', () => {
  let work = '';
  let env: NodeJS.ProcessEnv = {};

  /** Copies an app into the work dir, builds it, and returns its directory and build result. */
  async function build(source: string, name: string): Promise<{ dir: string; result: RunResult }> {
    const dir = path.join(work, 'apps', name);
    await cp(source, dir, { recursive: true });
    const result = await run('cabal', ['build', `exe:${name}`], { cwd: dir, env });
    return { dir, result };
  }

  async function listBin(dir: string, name: string): Promise<string> {
    const result = await run('cabal', ['list-bin', `exe:${name}`], { cwd: dir, env });
    assert.equal(result.code, 0, result.stderr);
    return result.stdout.trim();
  }

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'halcyon-fixtures-'));
    // cabal writes noindex.cache into the repository, so it gets a private copy.
    await cp(path.join(repoRoot, 'examples/repo'), path.join(work, 'repo'), { recursive: true });
    await mkdir(path.join(work, 'cabal'));
    await writeFile(
      path.join(work, 'cabal/config'),
      [
        'repository local',
        `  url: file+noindex://${path.join(work, 'repo')}`,
        `remote-repo-cache: ${path.join(work, 'cabal/packages')}`,
        `store-dir: ${path.join(work, 'store')}`,
        '',
      ].join('\n'),
    );
    env = { ...process.env, CABAL_DIR: path.join(work, 'cabal') };
    delete env.CABAL_CONFIG;
    const update = await run('cabal', ['update'], { cwd: work, env });
    assert.equal(update.code, 0, update.stderr);
  });

  after(async () => {
    if (work !== '') await rm(work, { recursive: true, force: true });
  });

  it('hello-web builds, prints its version and serves / with the data file line', async () => {
    const { dir, result } = await build(path.join(repoRoot, 'examples/hello-web'), 'hello-web');
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const bin = await listBin(dir, 'hello-web');

    const version = await run(bin, ['--version'], { cwd: work, env });
    assert.equal(version.stdout, 'hello-web 0.1.0.0\n');

    const port = await freePort();
    const server = spawn(bin, [], {
      cwd: work,
      env: { ...env, PORT: String(port), hello_web_datadir: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const home = await fetchWhenUp(`http://127.0.0.1:${port}/`, server, 10_000);
      assert.equal(home.status, 200);
      assert.equal(
        await home.text(),
        'Hello from Haskell on Heroku!\nThis line was read from a data file installed with the app.\n',
      );
      const missing = await fetch(`http://127.0.0.1:${port}/nope`);
      assert.equal(missing.status, 404);
      await missing.text();
      assert.match(output, new RegExp(`hello-web listening on port ${port}`));
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('base-only builds and runs with its arguments', async () => {
    const { dir, result } = await build(path.join(fixturesDir, 'base-only'), 'base-only');
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const out = await run(await listBin(dir, 'base-only'), ['one', 'two'], { cwd: work, env });
    assert.equal(out.stdout, 'Hello from base-only\nargs: one two\n');
  });

  it('with-greeting builds greeting into the store beside tiny-http and runs', async () => {
    const { dir, result } = await build(path.join(fixturesDir, 'with-greeting'), 'with-greeting');
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const out = await run(await listBin(dir, 'with-greeting'), [], { cwd: work, env });
    assert.equal(out.stdout, 'Hello, Heroku!\ntiny-http status: 200\n');
    const ghcDir = (await readdir(path.join(work, 'store'))).find((name) => name.startsWith('ghc-'));
    assert.ok(ghcDir, 'no ghc-* directory in the store');
    const units = await readdir(path.join(work, 'store', ghcDir));
    assert.ok(units.some((u) => u.startsWith('greeting-0.1.0.0-')), units.join(' '));
    assert.ok(units.some((u) => u.startsWith('tiny-http-0.1.0.0-')), units.join(' '));
  });

  it('broken fails to build with the GHC type error', async () => {
    const { result } = await build(path.join(fixturesDir, 'broken'), 'broken');
    assert.notEqual(result.code, 0);
    const output = result.stdout + result.stderr;
    assert.match(output, /Main\.hs:5:\d+: error/);
    assert.match(output, /Couldn't match/);
  });
});

describe('examples/repo', () => {
  // The tarballs are committed; this catches a package edited without rerunning
  // scripts/make-example-repo.sh.
  for (const name of ['tiny-http', 'greeting']) {
    it(`${name}-0.1.0.0.tar.gz matches examples/packages/${name}`, async (t) => {
      const work = await mkdtemp(path.join(tmpdir(), 'halcyon-repo-'));
      t.after(() => rm(work, { recursive: true, force: true }));
      const tarball = path.join(repoRoot, 'examples/repo', `${name}-0.1.0.0.tar.gz`);
      await execFileAsync('tar', ['-xzf', tarball, '-C', work]);
      const unpacked = path.join(work, `${name}-0.1.0.0`);
      const files = await listFiles(unpacked);
      assert.ok(files.includes(`${name}.cabal`), files.join(' '));
      for (const file of files) {
        const packed = await readFile(path.join(unpacked, file), 'utf8');
        const source = await readFile(path.join(repoRoot, 'examples/packages', name, file), 'utf8');
        assert.equal(packed, source, `${file} differs: run scripts/make-example-repo.sh`);
      }
      const sources = (await listFiles(path.join(repoRoot, 'examples/packages', name))).filter(
        (f) => !f.startsWith('dist-newstyle/'),
      );
      assert.deepEqual(files.sort(), sources.sort(), 'files added or removed: run scripts/make-example-repo.sh');
    });
  }
});

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : Promise.resolve([path.join(prefix, e.name)]))),
  );
  return nested.flat();
}
