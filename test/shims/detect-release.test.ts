// bin/detect and bin/release, run as Heroku runs them: the real scripts, a scrubbed environment,
// and a PATH with no Node on it (they must be pure shell).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile, symlink, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../helpers/heroku.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const detect = path.join(repoRoot, 'bin', 'detect');
const release = path.join(repoRoot, 'bin', 'release');

async function findTool(name: string): Promise<string> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`required tool not found on PATH: ${name}`);
}

async function withTmp(fn: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'halcyon-shim-'));
  try {
    await fn(tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** PATH holding only the named tools (symlinks), so no node is visible. */
async function toolPath(tmp: string, tools: string[]): Promise<string> {
  const dir = path.join(tmp, 'tools');
  await mkdir(dir, { recursive: true });
  for (const tool of tools) await symlink(await findTool(tool), path.join(dir, tool));
  return dir;
}

test('detect accepts an app with a top-level .cabal file', () =>
  withTmp(async (tmp) => {
    const app = path.join(tmp, 'app');
    await mkdir(app);
    await writeFile(path.join(app, 'foo.cabal'), 'cabal-version: 3.0\nname: foo\n');
    const r = await run(detect, [app], { PATH: await toolPath(tmp, []), HOME: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Haskell\n');
    assert.equal(r.stderr, '');
  }));

test('detect accepts an app with a cabal.project', () =>
  withTmp(async (tmp) => {
    const app = path.join(tmp, 'app');
    await mkdir(path.join(app, 'pkg'), { recursive: true });
    await writeFile(path.join(app, 'cabal.project'), 'packages: pkg\n');
    const r = await run(detect, [app], { PATH: await toolPath(tmp, []), HOME: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Haskell\n');
  }));

test('detect rejects an empty app with exit 1, one reason line on stderr, nothing on stdout', () =>
  withTmp(async (tmp) => {
    const app = path.join(tmp, 'app');
    await mkdir(app);
    const r = await run(detect, [app], { PATH: await toolPath(tmp, []), HOME: tmp });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0] ?? '', /No \.cabal file or cabal\.project at the top of the app/);
    assert.match(lines[0] ?? '', /add your package's \.cabal file/);
  }));

test('detect looks only at the top level, and only at files', () =>
  withTmp(async (tmp) => {
    const app = path.join(tmp, 'app');
    await mkdir(path.join(app, 'sub'), { recursive: true });
    await writeFile(path.join(app, 'sub', 'foo.cabal'), 'name: foo\n');
    await mkdir(path.join(app, 'dir.cabal'));
    await mkdir(path.join(app, 'cabal.project'));
    const r = await run(detect, [app], { PATH: await toolPath(tmp, []), HOME: tmp });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
  }));

test('release prints .buildpack/release.yml verbatim', () =>
  withTmp(async (tmp) => {
    const app = path.join(tmp, 'app');
    await mkdir(path.join(app, '.buildpack'), { recursive: true });
    const yaml = '---\ndefault_process_types:\n  web: ./bin/server --port $PORT\n';
    await writeFile(path.join(app, '.buildpack', 'release.yml'), yaml);
    const r = await run(release, [app], { PATH: await toolPath(tmp, ['cat']), HOME: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, yaml);
    assert.equal(r.stderr, '');
  }));

test('release prints an empty YAML document when compile wrote none', () =>
  withTmp(async (tmp) => {
    const app = path.join(tmp, 'app');
    await mkdir(app);
    const r = await run(release, [app], { PATH: await toolPath(tmp, ['cat']), HOME: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '--- {}\n');
  }));

test('detect and release without BUILD_DIR fail with a usage line', () =>
  withTmp(async (tmp) => {
    const PATH = await toolPath(tmp, []);
    for (const script of [detect, release]) {
      const r = await run(script, [], { PATH, HOME: tmp });
      assert.equal(r.code, 1, script);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Usage: bin\/(detect|release) BUILD_DIR/);
    }
  }));
