// The Node bootstrap of bin/compile, bin/build, bin/restore and bin/halcyon (bin/lib/node.sh),
// run as Heroku would run them: the real scripts, copied into a temp buildpack with a fake
// dist/halcyon.mjs, a scrubbed environment, and a PATH of symlinks to just the tools the shims
// need, so the machine's own node is invisible unless a test puts one there. Node is "fetched"
// from a loopback HTTP server holding a fake Node tarball whose bin/node wraps the real node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdtemp,
  mkdir,
  rm,
  writeFile,
  readFile,
  readdir,
  symlink,
  access,
  cp,
  chmod,
  stat,
  copyFile,
} from 'node:fs/promises';
import { constants, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../helpers/http-server.ts';
import { run } from '../helpers/heroku.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arch = process.arch === 'arm64' ? 'linux-arm64' : 'linux-x64';
const otherArch = arch === 'linux-x64' ? 'linux-arm64' : 'linux-x64';
const FAKE_VERSION = '24.99.0';
const fakeTop = `node-v${FAKE_VERSION}-${arch}`;
const fakeRel = `v${FAKE_VERSION}/${fakeTop}.tar.gz`;
const BASE_TOOLS = ['sh', 'dirname', 'uname', 'mkdir', 'mv', 'rm', 'cat', 'tar', 'gzip'];

async function findTool(name: string): Promise<string | undefined> {
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
  return undefined;
}

async function requireTool(name: string): Promise<string> {
  const found = await findTool(name);
  if (!found) throw new Error(`required tool not found on PATH: ${name}`);
  return found;
}

/** A dir of symlinks to exactly these tools (plus `extra` name -> target), to use as PATH. */
async function toolDir(tmp: string, tools: string[], extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'tools-'));
  for (const tool of tools) await symlink(await requireTool(tool), path.join(dir, tool));
  for (const [name, target] of Object.entries(extra)) await symlink(target, path.join(dir, name));
  return dir;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function parseDistLine(stdout: string): { argv: string[]; fakeNode: string | null } {
  const line = stdout.split('\n').find((l) => l.startsWith('FAKE-DIST '));
  assert.ok(line, `fake dist did not run; stdout:\n${stdout}`);
  return JSON.parse(line.slice('FAKE-DIST '.length)) as { argv: string[]; fakeNode: string | null };
}

let work: string;
let server: StaticServer;
let tarball: Buffer;
let tarballSha: string;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'halcyon-node-bootstrap-'));

  // A fake Node release: bin/node reports the fake version and otherwise runs the real node,
  // marking the environment so the fake dist can tell which node ran it.
  const src = path.join(work, 'src', fakeTop);
  await mkdir(path.join(src, 'bin'), { recursive: true });
  await mkdir(path.join(src, 'lib', 'node_modules', 'npm'), { recursive: true });
  await writeFile(path.join(src, 'README.md'), 'fake node release\n');
  await writeFile(path.join(src, 'lib', 'node_modules', 'npm', 'package.json'), '{}\n');
  // npm and npx are links into lib/, as in a real release; npm answers --version, echoes the rest.
  await mkdir(path.join(src, 'lib', 'node_modules', 'npm', 'bin'));
  for (const tool of ['npm', 'npx']) {
    const cli = path.join(src, 'lib', 'node_modules', 'npm', 'bin', `${tool}-cli.js`);
    await writeFile(cli, `#!/bin/sh\nif [ "\${1:-}" = --version ]; then echo 10.99.0; exit 0; fi\necho "FAKE-${tool.toUpperCase()} $*"\n`);
    await chmod(cli, 0o755);
    await symlink(`../lib/node_modules/npm/bin/${tool}-cli.js`, path.join(src, 'bin', tool));
  }
  await writeFile(
    path.join(src, 'bin', 'node'),
    [
      '#!/bin/sh',
      `if [ "\${1:-}" = --version ]; then echo v${FAKE_VERSION}; exit 0; fi`,
      `HALCYON_FAKE_NODE=${FAKE_VERSION}; export HALCYON_FAKE_NODE`,
      `exec '${process.execPath}' "$@"`,
      '',
    ].join('\n'),
  );
  await chmod(path.join(src, 'bin', 'node'), 0o755);
  const tgz = path.join(work, `${fakeTop}.tar.gz`);
  execFileSync('tar', ['-czf', tgz, '-C', path.join(work, 'src'), fakeTop]);
  tarball = await readFile(tgz);
  tarballSha = sha256(tarball);

  // Served at /dist/<rel> and, for the mirror tests, at /mirror-b/<rel>.
  for (const prefix of ['dist', 'mirror-b']) {
    const dest = path.join(work, 'www', prefix, fakeRel);
    await mkdir(path.dirname(dest), { recursive: true });
    await copyFile(tgz, dest);
  }
  server = await startStaticServer(path.join(work, 'www'));
});

after(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

function inventoryLine(sha = tarballSha): string {
  return [
    '# test inventory',
    `${arch} ${FAKE_VERSION} ${sha} ${fakeRel}`,
    `${otherArch} ${FAKE_VERSION} ${'0'.repeat(64)} v${FAKE_VERSION}/node-v${FAKE_VERSION}-${otherArch}.tar.gz`,
    '',
  ].join('\n');
}

interface Fixture {
  tmp: string;
  bp: string;
  app: string;
  cache: string;
  envDir: string;
}

/** A temp buildpack (real bin/, fake dist, given inventory) and an app/cache/env layout. */
async function fixture(inventory: string | null = inventoryLine()): Promise<Fixture> {
  const tmp = await mkdtemp(path.join(work, 'case-'));
  const bp = path.join(tmp, 'buildpack');
  await cp(path.join(repoRoot, 'bin'), path.join(bp, 'bin'), { recursive: true });
  await mkdir(path.join(bp, 'dist'));
  await writeFile(
    path.join(bp, 'dist', 'halcyon.mjs'),
    "console.log('FAKE-DIST ' + JSON.stringify({ argv: process.argv.slice(2), fakeNode: process.env.HALCYON_FAKE_NODE ?? null }));\n",
  );
  await mkdir(path.join(bp, 'inventory'));
  if (inventory === null) {
    await copyFile(path.join(repoRoot, 'inventory', 'node.txt'), path.join(bp, 'inventory', 'node.txt'));
  } else {
    await writeFile(path.join(bp, 'inventory', 'node.txt'), inventory);
  }
  const app = path.join(tmp, 'app');
  await mkdir(app);
  await writeFile(path.join(app, 'app.cabal'), 'name: app\n');
  const cache = path.join(tmp, 'cache');
  const envDir = path.join(tmp, 'env');
  await mkdir(envDir);
  return { tmp, bp, app, cache, envDir };
}

async function listTree(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .sort();
}

const installDir = (f: Fixture) => path.join(f.cache, 'halcyon-node', `node-v${FAKE_VERSION}-${arch}`);

test('compile with no node on PATH fetches the pinned Node into CACHE/halcyon-node and runs dist heroku-compile', async () => {
  const f = await fixture();
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum']);
  assert.equal(existsSync(path.join(PATH, 'node')), false);
  const env = { PATH, HOME: f.tmp, HALCYON_NODE_MIRROR_URL: `${server.url}/dist` };
  const before = server.requests.length;

  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], env);
  assert.equal(r.code, 0, r.stderr);
  const dist = parseDistLine(r.stdout);
  assert.deepEqual(dist.argv, ['heroku-compile', f.app, f.cache, f.envDir]);
  assert.equal(dist.fakeNode, FAKE_VERSION, 'dist must run on the downloaded node');
  assert.match(r.stdout, new RegExp(`^-----> Fetching Node\\.js ${FAKE_VERSION} \\(${arch}\\) for the buildpack$`, 'm'));
  assert.match(r.stdout, /^ {7}verified sha256, cached for the next run$/m);
  assert.deepEqual(server.requests.slice(before), [`/dist/${fakeRel}`]);

  // Only bin/node and the marker are kept; nothing else lingers in the cache.
  assert.deepEqual(await listTree(path.join(f.cache, 'halcyon-node')), [
    `node-v${FAKE_VERSION}-${arch}`,
    `node-v${FAKE_VERSION}-${arch}/.halcyon-sha256`,
    `node-v${FAKE_VERSION}-${arch}/bin`,
    `node-v${FAKE_VERSION}-${arch}/bin/node`,
  ]);
  assert.equal((await readFile(path.join(installDir(f), '.halcyon-sha256'), 'utf8')).trim(), tarballSha);
  assert.ok(((await stat(path.join(installDir(f), 'bin', 'node'))).mode & 0o111) !== 0);
  // Nothing was put into BUILD_DIR.
  assert.deepEqual(await listTree(f.app), ['app.cabal']);

  // Second build on the same cache: no download, same node.
  const again = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], env);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(server.requests.length, before + 1, 'second run must not download again');
  assert.doesNotMatch(again.stdout, /Fetching Node/);
  assert.equal(parseDistLine(again.stdout).fakeNode, FAKE_VERSION);
});

test('a download with the wrong sha256 is refused, deleted, and leaves nothing usable in the cache', async () => {
  const wrong = 'ab'.repeat(32);
  const f = await fixture(inventoryLine(wrong));
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum']);
  const env = { PATH, HOME: f.tmp, HALCYON_NODE_MIRROR_URL: `${server.url}/dist` };

  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], env);
  assert.notEqual(r.code, 0);
  assert.doesNotMatch(r.stdout, /FAKE-DIST/);
  assert.match(r.stderr, /^ !     Error: the Node\.js download does not match its pinned sha256/m);
  assert.ok(r.stderr.includes(`${server.url}/dist/${fakeRel}`), r.stderr);
  assert.match(r.stderr, new RegExp(`^ !     Expected: ${wrong}`, 'm'));
  assert.match(r.stderr, new RegExp(`^ !     Actual: +${tarballSha}$`, 'm'));
  assert.match(r.stderr, /HALCYON_NODE_MIRROR_URL/);
  assert.match(r.stderr, /retry/);
  assert.deepEqual(await listTree(path.join(f.cache, 'halcyon-node')), []);
  assert.deepEqual(await listTree(f.app), ['app.cabal']);

  // The cache is not poisoned: with the right checksum the next build installs normally.
  await writeFile(path.join(f.bp, 'inventory', 'node.txt'), inventoryLine());
  const ok = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], env);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(parseDistLine(ok.stdout).fakeNode, FAKE_VERSION);
});

test('HALCYON_NODE_MIRROR_URL is honoured (trailing slash allowed), from the environment or from ENV_DIR', async () => {
  const f = await fixture();
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum']);
  const before = server.requests.length;
  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], {
    PATH,
    HOME: f.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/mirror-b/`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(server.requests.slice(before), [`/mirror-b/${fakeRel}`]);
  assert.match(r.stdout, new RegExp(`from HALCYON_NODE_MIRROR_URL: ${server.url}/mirror-b$`, 'm'));

  // Heroku does not export config vars to bin/compile: the ENV_DIR file is used.
  const g = await fixture();
  await writeFile(path.join(g.envDir, 'HALCYON_NODE_MIRROR_URL'), `${server.url}/mirror-b`);
  const before2 = server.requests.length;
  const r2 = await run(path.join(g.bp, 'bin', 'compile'), [g.app, g.cache, g.envDir], { PATH, HOME: g.tmp });
  assert.equal(r2.code, 0, r2.stderr);
  assert.deepEqual(server.requests.slice(before2), [`/mirror-b/${fakeRel}`]);
  assert.equal(parseDistLine(r2.stdout).fakeNode, FAKE_VERSION);
});

test('without a mirror the real inventory is fetched from nodejs.org/dist with the documented curl flags', async () => {
  // No network: a fake curl records its arguments and fails like an unreachable host.
  const inventory = await readFile(path.join(repoRoot, 'inventory', 'node.txt'), 'utf8');
  const line = inventory.split('\n').find((l) => l.startsWith(`${arch} `));
  assert.ok(line, `inventory/node.txt has no ${arch} line`);
  const [, version, , rel] = line.split(/\s+/);
  const f = await fixture(null);
  const log = path.join(f.tmp, 'curl-args');
  const fakeCurl = path.join(f.tmp, 'fake-curl');
  await writeFile(fakeCurl, `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\necho 'curl: (6) Could not resolve host' >&2\nexit 6\n`);
  await chmod(fakeCurl, 0o755);
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'sha256sum'], { curl: fakeCurl });

  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], { PATH, HOME: f.tmp });
  assert.notEqual(r.code, 0);
  const url = `https://nodejs.org/dist/${rel}`;
  assert.match(r.stdout, new RegExp(`Fetching Node\\.js ${version!.replace(/\./g, '\\.')} \\(${arch}\\)`));
  assert.match(r.stderr, /^ !     Error: no Node\.js 20 or newer to run the buildpack: there is no node on PATH, and the pinned$/m);
  assert.match(r.stderr, /^ !     - put Node\.js 20 or newer on PATH/m);
  assert.match(r.stderr, /^ !     - make the download reachable: retry, or set HALCYON_NODE_MIRROR_URL/m);
  assert.ok(r.stderr.includes(url), r.stderr);
  const args = (await readFile(log, 'utf8')).split('\n');
  for (const flag of ['--fail', '--silent', '--show-error', '--location', '--connect-timeout', url]) {
    assert.ok(args.includes(flag), `curl was not given ${flag}: ${args.join(' ')}`);
  }
  assert.equal(args[args.indexOf('--retry') + 1], '3');
  assert.equal(args[args.indexOf('--connect-timeout') + 1], '10');
  assert.ok((args[args.indexOf('--output') + 1] ?? '').startsWith(path.join(f.cache, 'halcyon-node', '.tmp.')), 'downloads into a temp dir in the cache');
  assert.deepEqual(await listTree(path.join(f.cache, 'halcyon-node')), []);
});

test('a node >= 20 on PATH is used as is: nothing is downloaded', async () => {
  const major = Number(process.versions.node.split('.')[0]);
  assert.ok(major >= 20, 'the test runner itself must be node >= 20');
  const f = await fixture();
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum'], { node: process.execPath });
  const before = server.requests.length;
  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], {
    PATH,
    HOME: f.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/dist`,
  });
  assert.equal(r.code, 0, r.stderr);
  const dist = parseDistLine(r.stdout);
  assert.deepEqual(dist.argv, ['heroku-compile', f.app, f.cache, f.envDir]);
  assert.equal(dist.fakeNode, null, 'dist must run on the PATH node');
  assert.equal(server.requests.length, before);
  assert.doesNotMatch(r.stdout, /Fetching Node/);
  assert.deepEqual(await listTree(path.join(f.cache, 'halcyon-node')), []);
});

/** A PATH with curl, sha256sum and a node 18 that refuses to run anything. */
async function oldNodePath(f: Fixture): Promise<string> {
  const oldNode = path.join(f.tmp, 'old-node');
  await writeFile(oldNode, "#!/bin/sh\nif [ \"${1:-}\" = --version ]; then echo v18.19.1; exit 0; fi\necho 'old node must not run dist' >&2\nexit 99\n");
  await chmod(oldNode, 0o755);
  return toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum'], { node: oldNode });
}

test('a node older than 20 on PATH is ignored and the pinned Node is fetched', async () => {
  const f = await fixture();
  const PATH = await oldNodePath(f);
  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], {
    PATH,
    HOME: f.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/dist`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(parseDistLine(r.stdout).fakeNode, FAKE_VERSION);
});

test('a node older than 20 on PATH and a download that cannot be reached: the error says which node is too old, and names both fixes', async () => {
  const f = await fixture();
  const PATH = await oldNodePath(f);
  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], { PATH, HOME: f.tmp, HALCYON_NODE_MIRROR_URL: `${server.url}/no-such-mirror` });
  assert.notEqual(r.code, 0);
  assert.doesNotMatch(r.stdout, /FAKE-DIST/);
  const error = r.stderr.split('\n').filter((line) => line.startsWith(' !     ')).map((line) => line.slice(7)).join('\n');
  assert.equal(
    error,
    [
      `Error: no Node.js 20 or newer to run the buildpack: ${path.join(PATH, 'node')} is Node.js 18, and the pinned`,
      `Node.js ${FAKE_VERSION} could not be downloaded from ${server.url}/no-such-mirror/${fakeRel}`,
      'Fix, either of:',
      '- put Node.js 20 or newer on PATH (on Heroku: the heroku/nodejs buildpack, before this one);',
      '- make the download reachable: retry, or set HALCYON_NODE_MIRROR_URL to a reachable mirror',
      '  with the same layout (unset means https://nodejs.org/dist).',
    ].join('\n'),
  );
  assert.deepEqual(await listTree(path.join(f.cache, 'halcyon-node')), []);
});

test('wget is used when curl is absent, shasum when sha256sum is absent', async (t) => {
  const f = await fixture();
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'wget', 'sha256sum']);
  const before = server.requests.length;
  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], {
    PATH,
    HOME: f.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/dist`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(server.requests.slice(before), [`/dist/${fakeRel}`]);
  assert.equal(parseDistLine(r.stdout).fakeNode, FAKE_VERSION);

  if (!(await findTool('shasum'))) {
    t.diagnostic('shasum not installed: fallback not exercised');
    return;
  }
  const g = await fixture();
  const PATH2 = await toolDir(g.tmp, [...BASE_TOOLS, 'curl', 'shasum']);
  const r2 = await run(path.join(g.bp, 'bin', 'compile'), [g.app, g.cache, g.envDir], {
    PATH: PATH2,
    HOME: g.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/dist`,
  });
  assert.equal(r2.code, 0, r2.stderr);
  assert.equal(parseDistLine(r2.stdout).fakeNode, FAKE_VERSION);

  // And a corrupt download is still caught through the fallback hasher.
  await writeFile(path.join(g.bp, 'inventory', 'node.txt'), inventoryLine('cd'.repeat(32)));
  await rm(g.cache, { recursive: true });
  const r3 = await run(path.join(g.bp, 'bin', 'compile'), [g.app, g.cache, g.envDir], {
    PATH: PATH2,
    HOME: g.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/dist`,
  });
  assert.notEqual(r3.code, 0);
  assert.match(r3.stderr, new RegExp(`Actual: +${tarballSha}`));
});

test('leftovers of a killed run are swept; an unverified or old install is replaced', async () => {
  const f = await fixture();
  const nodeCache = path.join(f.cache, 'halcyon-node');
  // A temp dir from a dead process (pid beyond pid_max), a half-installed Node without its
  // marker (as if copied in by hand or cut short), and an older version from a past inventory.
  await mkdir(path.join(nodeCache, '.tmp.999999999', 'unpack'), { recursive: true });
  await writeFile(path.join(nodeCache, '.tmp.999999999', 'partial.tar.gz'), 'partial');
  await mkdir(path.join(installDir(f), 'bin'), { recursive: true });
  await writeFile(path.join(installDir(f), 'bin', 'node'), '#!/bin/sh\necho STALE\n');
  await chmod(path.join(installDir(f), 'bin', 'node'), 0o755);
  await mkdir(path.join(nodeCache, 'node-v20.0.0-linux-x64', 'bin'), { recursive: true });

  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum']);
  const before = server.requests.length;
  const r = await run(path.join(f.bp, 'bin', 'compile'), [f.app, f.cache, f.envDir], {
    PATH,
    HOME: f.tmp,
    HALCYON_NODE_MIRROR_URL: `${server.url}/dist`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(server.requests.length, before + 1);
  assert.equal(parseDistLine(r.stdout).fakeNode, FAKE_VERSION);
  assert.deepEqual(await readdir(nodeCache), [`node-v${FAKE_VERSION}-${arch}`]);
});

test('bin/build, bin/restore and bin/halcyon use HALCYON_NODE_CACHE and pass their arguments on', async () => {
  const f = await fixture();
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum']);
  const nodeCache = path.join(f.tmp, 'dyno-node-cache');
  const env = { PATH, HOME: f.tmp, HALCYON_NODE_CACHE: nodeCache, HALCYON_NODE_MIRROR_URL: `${server.url}/dist` };
  const before = server.requests.length;

  const build = await run(path.join(f.bp, 'bin', 'build'), ['--only', 'deps'], env);
  assert.equal(build.code, 0, build.stderr);
  assert.deepEqual(parseDistLine(build.stdout), { argv: ['heroku-build', '--only', 'deps'], fakeNode: FAKE_VERSION });
  assert.match(build.stdout, /Fetching Node\.js/);
  assert.ok(existsSync(path.join(nodeCache, `node-v${FAKE_VERSION}-${arch}`, 'bin', 'node')));

  const restore = await run(path.join(f.bp, 'bin', 'restore'), [], env);
  assert.equal(restore.code, 0, restore.stderr);
  assert.deepEqual(parseDistLine(restore.stdout), { argv: ['heroku-restore'], fakeNode: FAKE_VERSION });

  const halcyon = await run(path.join(f.bp, 'bin', 'halcyon'), ['layers', 'ls', '--json'], env);
  assert.equal(halcyon.code, 0, halcyon.stderr);
  assert.deepEqual(parseDistLine(halcyon.stdout), { argv: ['layers', 'ls', '--json'], fakeNode: FAKE_VERSION });
  assert.equal(server.requests.length, before + 1, 'one download shared by all three');

  // bin/halcyon keeps stdout clean for pipes: a fresh fetch reports on stderr only.
  const fresh = { ...env, HALCYON_NODE_CACHE: path.join(f.tmp, 'another-cache') };
  const h2 = await run(path.join(f.bp, 'bin', 'halcyon'), ['version'], fresh);
  assert.equal(h2.code, 0, h2.stderr);
  assert.equal(h2.stdout, `FAKE-DIST ${JSON.stringify({ argv: ['version'], fakeNode: FAKE_VERSION })}\n`);
  assert.match(h2.stderr, /Fetching Node\.js/);
  assert.deepEqual(await listTree(f.app), ['app.cabal']);
});

test('compile without BUILD_DIR and CACHE_DIR fails with a clear usage error', async () => {
  const f = await fixture();
  const PATH = await toolDir(f.tmp, [...BASE_TOOLS, 'curl', 'sha256sum']);
  for (const args of [[], [f.app], ['', f.cache], [path.join(f.tmp, 'missing'), f.cache]]) {
    const r = await run(path.join(f.bp, 'bin', 'compile'), args, { PATH, HOME: f.tmp });
    assert.equal(r.code, 1, `args ${JSON.stringify(args)}`);
    assert.doesNotMatch(r.stdout, /FAKE-DIST/);
    assert.match(r.stderr, /^ !     Error: /m);
    assert.match(r.stderr, /Usage: bin\/compile BUILD_DIR CACHE_DIR \[ENV_DIR\]/);
  }
  assert.equal(existsSync(f.cache), false);
});

test('the committed inventory pins a Node 22/24 LTS for linux-x64 and linux-arm64 with a cited source', async () => {
  const text = await readFile(path.join(repoRoot, 'inventory', 'node.txt'), 'utf8');
  assert.match(text, /^# Source: .*heroku\/buildpacks-nodejs/m);
  const entries = text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
  assert.deepEqual(entries.map((e) => e[0]).sort(), ['linux-arm64', 'linux-x64']);
  for (const [a, version, sha, rel, ...rest] of entries) {
    assert.deepEqual(rest, []);
    assert.match(version ?? '', /^(22|24)\.\d+\.\d+$/);
    assert.match(sha ?? '', /^[0-9a-f]{64}$/);
    assert.equal(rel, `v${version}/node-v${version}-${a}.tar.gz`);
  }
  const shas = entries.map((e) => e[2]);
  assert.equal(new Set(shas).size, shas.length, 'each arch has its own archive');
});

// scripts/setup-node.sh (run by scripts/setup.sh) reuses this bootstrap to make sure a
// development machine has Node.js >= 20 and npm, installing the pinned release where not.
const SETUP_TOOLS = [...BASE_TOOLS, 'bash', 'id', 'readlink', 'ln', 'curl', 'sha256sum'];

interface SetupRun {
  code: number;
  stdout: string;
  stderr: string;
  nodeDir: string;
  binDir: string;
}

/** Runs a copy of scripts/setup-node.sh with PATH = the given dirs, the fake release served. */
async function runSetup(pathDirs: (f: { tmp: string; binDir: string }) => Promise<string[]>, mirror = `${server.url}/dist`): Promise<SetupRun> {
  const tmp = await mkdtemp(path.join(work, 'setup-'));
  const repo = path.join(tmp, 'repo');
  await mkdir(path.join(repo, 'scripts'), { recursive: true });
  await copyFile(path.join(repoRoot, 'scripts', 'setup-node.sh'), path.join(repo, 'scripts', 'setup-node.sh'));
  await cp(path.join(repoRoot, 'bin', 'lib'), path.join(repo, 'bin', 'lib'), { recursive: true });
  await mkdir(path.join(repo, 'inventory'));
  await writeFile(path.join(repo, 'inventory', 'node.txt'), inventoryLine());
  const nodeDir = path.join(tmp, 'lib', 'halcyon-node');
  const binDir = path.join(tmp, 'bin');
  const PATH = (await pathDirs({ tmp, binDir })).join(':');
  const env = { PATH, HOME: tmp, HALCYON_NODE_MIRROR_URL: mirror, HALCYON_SETUP_NODE_DIR: nodeDir, HALCYON_SETUP_BIN_DIR: binDir };
  const r = await run(path.join(repo, 'scripts', 'setup-node.sh'), [], env);
  return { ...r, nodeDir, binDir };
}

async function oldNodeDir(tmp: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'debian-'));
  await writeFile(path.join(dir, 'node'), '#!/bin/sh\nif [ "${1:-}" = --version ]; then echo v18.19.0; exit 0; fi\nexit 99\n');
  await chmod(path.join(dir, 'node'), 0o755);
  return dir;
}

test("setup with Debian's Node 18 on PATH installs the pinned Node.js with its npm and links them first on PATH", async () => {
  const before = server.requests.length;
  const r = await runSetup(async ({ tmp, binDir }) => [binDir, await toolDir(tmp, SETUP_TOOLS), await oldNodeDir(tmp)]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(server.requests.slice(before), [`/dist/${fakeRel}`]);
  assert.match(r.stdout, new RegExp(`^-----> Fetching Node\\.js ${FAKE_VERSION} `, 'm'));
  assert.match(r.stdout, /^-----> Node\.js v24\.99\.0 and npm 10\.99\.0 on PATH$/m);
  const release = path.join(r.nodeDir, `node-v${FAKE_VERSION}-${arch}`);
  assert.equal((await readFile(path.join(release, '.halcyon-sha256'), 'utf8')).trim(), tarballSha);
  for (const tool of ['node', 'npm', 'npx']) {
    assert.equal(execFileSync('readlink', [path.join(r.binDir, tool)], { encoding: 'utf8' }).trim(), path.join(release, 'bin', tool));
  }
  assert.equal(execFileSync(path.join(r.binDir, 'npm'), ['ci'], { encoding: 'utf8' }), 'FAKE-NPM ci\n');
});

test('setup with Node >= 20 and npm on PATH downloads and links nothing', async () => {
  const before = server.requests.length;
  const r = await runSetup(async ({ tmp }) => {
    const npm = path.join(tmp, 'npm');
    await writeFile(npm, '#!/bin/sh\necho 10.1.0\n');
    await chmod(npm, 0o755);
    return [await toolDir(tmp, SETUP_TOOLS, { node: process.execPath, npm })];
  });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(server.requests.length, before);
  assert.match(r.stdout, new RegExp(`^-----> Node\\.js v${process.versions.node.replace(/\./g, '\\.')} and npm 10\\.1\\.0 on PATH$`, 'm'));
  assert.equal(existsSync(r.nodeDir), false);
  assert.equal(existsSync(r.binDir), false);
});

test('setup with Node 20 but no npm, the download unreachable, fails naming both fixes', async () => {
  const r = await runSetup(async ({ tmp }) => [await toolDir(tmp, SETUP_TOOLS, { node: process.execPath })], 'http://127.0.0.1:9/dist');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /^ !     Error: no Node\.js 20 or newer to run the buildpack: there is no npm on PATH beside \S+, and the pinned$/m);
  assert.match(r.stderr, /^ !     Fix: put Node\.js 20 or newer, with npm, on PATH; or make the download reachable$/m);
  assert.match(r.stderr, /^ !     \(http:\/\/127\.0\.0\.1:9\/dist, or a mirror of it in HALCYON_NODE_MIRROR_URL\)\.$/m);
  assert.doesNotMatch(r.stdout, /on PATH$/m);
  assert.equal(existsSync(r.binDir), false);
});

test('setup fails, naming the fix, when an older node still comes first on PATH after linking', async () => {
  const r = await runSetup(async ({ tmp, binDir }) => [await oldNodeDir(tmp), await toolDir(tmp, SETUP_TOOLS), binDir]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /^ !     Error: Node\.js is installed in .*, but PATH finds .*\/debian-\w+\/node first\.$/m);
  assert.ok(r.stderr.includes(`Fix: put ${r.binDir} at the front of PATH`), r.stderr);
});
