// The controls real apps need, each through the real front ends: extra OS packages and
// kept dependencies through the Heroku shims on fresh dynos; hooks, extra configure flags,
// extra data files and source-hash ignores through the halcyon command.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { copyApp, editFile } from '../helpers/apps.ts';
import { EXAMPLE_APP, FIXTURE_APPS, HerokuApp, REPO_ROOT, fixturePackageRepo, localPackageRepo, run, runInDyno, runOnDyno, scrubbedEnv, tempDir, type RunResult } from '../helpers/heroku.ts';

let remoteRepo: string;
before(async () => {
  remoteRepo = (await localPackageRepo()).remoteRepo;
});

const BUILDING = { HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_NO_BUILD_DEPENDENCIES: '0' };

describe('HALCYON_EXTRA_OS_PACKAGES (apt, download only, no root)', () => {
  test('a C library through pkg-config: built against the package, its shared library in the slug, found with nothing sourced', async () => {
    const app = await HerokuApp.create({ ...BUILDING, HALCYON_CABAL_REMOTE_REPO: 'none', HALCYON_EXTRA_OS_PACKAGES: 'libyajl-dev' });
    const push = await app.push(path.join(FIXTURE_APPS, 'yajl-ffi'));
    assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
    assert.match(push.compile.stdout, /OS packages: libyajl-dev\n\s+apt-get \(download only\): libyajl-dev\n\s+unpacking 2 packages: libyajl-dev_\S+, libyajl2_/);
    assert.match(push.compile.stdout, /fetched, unpacked and archived: \S+\/halcyon-os-[0-9a-f]{12}\.tar\.zst/);
    const library = path.join(push.buildDir, '.halcyon-layers', 'os', 'usr', 'lib', 'x86_64-linux-gnu', 'libyajl.so.2');
    assert.ok(existsSync(library), 'the shared library is in the slug');
    assert.ok(!existsSync(path.join(push.buildDir, '.halcyon-layers', 'os', 'usr', 'include')), 'headers stay out of the slug');
    // libyajl2 is not on this machine: the app runs only if the slug's copy is found.
    assert.notEqual((await run('sh', ['-c', 'ldconfig -p | grep -q libyajl.so.2'], scrubbedEnv())).code, 0, 'libyajl2 must not be on this machine');
    const direct = await runOnDyno(push.buildDir, '/app/bin/yajl-ffi', [], scrubbedEnv({ HOME: '/app' }));
    assert.equal(direct.code, 0, direct.stderr);
    assert.match(direct.stdout, /^yajl 2\.\d+\.\d+$/m);
    const linked = await runInDyno(push.buildDir, 'ldd /app/bin/yajl-ffi && echo "LD_LIBRARY_PATH=$LD_LIBRARY_PATH"');
    assert.match(linked.stdout, /libyajl\.so\.2 => \/app\/\.halcyon-layers\/os\/usr\/lib\/x86_64-linux-gnu\/libyajl\.so\.2/);
    assert.match(linked.stdout, /LD_LIBRARY_PATH=(\S+:)?\/app\/\.halcyon-layers\/os\/usr\/lib\/x86_64-linux-gnu/);

    const again = await app.push(path.join(FIXTURE_APPS, 'yajl-ffi'));
    assert.equal(again.compile.code, 0, again.compile.stderr);
    assert.doesNotMatch(again.compile.stdout, /apt-get/, 'the layer comes from the cache');
  });

  test('an unknown package is a clear error that builds nothing', async () => {
    const app = await HerokuApp.create({ ...BUILDING, HALCYON_CABAL_REMOTE_REPO: 'none', HALCYON_EXTRA_OS_PACKAGES: 'libyajl-dev libno-such-package-halcyon' });
    const push = await app.push(path.join(FIXTURE_APPS, 'yajl-ffi'));
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /HALCYON_EXTRA_OS_PACKAGES names libno-such-package-halcyon, which apt does not know on this stack/);
    assert.doesNotMatch(push.compile.stderr, /at .*\.(ts|mjs):\d+/, 'no stack trace');
    assert.ok(!(await app.cacheFiles()).some((f) => f.includes('halcyon-os-')));
    assert.ok(!existsSync(path.join(push.base, '.halcyon-layers', 'os')), 'no half-made layer');
  });

  test('a C library whose .pc file is missing is an error naming HALCYON_EXTRA_OS_PACKAGES and the package to add, not an unresolvable dependency', async () => {
    const app = await HerokuApp.create({ ...BUILDING, HALCYON_CABAL_REMOTE_REPO: 'none' });
    const push = await app.push(path.join(FIXTURE_APPS, 'yajl-ffi'));
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /Error: cabal found no pkg-config file for the C library the app's packages need: yajl\.pc\n/);
    assert.match(push.compile.stderr, /Add to HALCYON_EXTRA_OS_PACKAGES \(space-separated\): libyajl-dev \(it provides yajl\.pc\)\./);
    assert.match(push.compile.stderr, /Error id: app\/pkg-config-not-found/);
    assert.doesNotMatch(push.compile.stderr, /could not resolve the dependencies|Check the build-depends/);
  });

  test('a dependency\'s C library no package is known for: the .pc file is named, with how to find its package', async () => {
    const app = await HerokuApp.create({ ...BUILDING, HALCYON_CABAL_REMOTE_REPO: (await fixturePackageRepo()).remoteRepo, HALCYON_EXTRA_OS_PACKAGES: 'libyajl-dev' });
    const source = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await editFile(path.join(source, 'base-only.cabal'), (text) => text.replace('base >=4.12 && <5', 'base >=4.12 && <5, needs-c-lib'));
    const push = await app.push(source);
    assert.equal(push.compile.code, 1, push.compile.stdout);
    assert.match(push.compile.stderr, /Error: cabal found no pkg-config file for the C library the app's packages need: some-lib-that-does-not-exist\.pc\n/);
    assert.match(push.compile.stderr, /Add to HALCYON_EXTRA_OS_PACKAGES \(space-separated\): the Debian\/Ubuntu -dev package that provides some-lib-that-does-not-exist\.pc \(apt-file search some-lib-that-does-not-exist\.pc names it\)\./);
    assert.match(push.compile.stderr, /HALCYON_EXTRA_OS_PACKAGES is now "libyajl-dev": none of them provides it\./);
  });

  test('a malformed package name is refused before anything runs', async () => {
    const app = await HerokuApp.create({ ...BUILDING, HALCYON_EXTRA_OS_PACKAGES: 'libyajl-dev;rm' });
    const push = await app.push(path.join(FIXTURE_APPS, 'yajl-ffi'));
    assert.equal(push.compile.code, 1);
    assert.match(push.compile.stderr, /HALCYON_EXTRA_OS_PACKAGES \(config var\) has "libyajl-dev;rm", which is not a Debian package name/);
  });
});

describe('HALCYON_KEEP_DEPENDENCIES', () => {
  test('GHC\'s package store and cabal stay in the slug, so cabal needs no restore on a one-off dyno', async () => {
    const app = await HerokuApp.create({ ...BUILDING, HALCYON_CABAL_REMOTE_REPO: remoteRepo, HALCYON_KEEP_DEPENDENCIES: '1' });
    const push = await app.push(EXAMPLE_APP);
    assert.equal(push.compile.code, 0, push.compile.stderr + push.compile.stdout);
    assert.match(push.compile.stdout, /Keeping GHC, cabal and the dependencies in the slug/);
    assert.ok(existsSync(path.join(push.buildDir, '.halcyon-layers', 'cabal', 'config')));
    const oneOff = await runInDyno(push.buildDir, 'ghc-pkg --package-db=/app/.halcyon-layers/store/ghc-9.0.2/package.db list --simple-output && cabal build --dry-run all');
    assert.equal(oneOff.code, 0, oneOff.stderr + oneOff.stdout);
    assert.match(oneOff.stdout, /tiny-http-0\.1\.0\.0/);
    assert.match(oneOff.stdout, /- hello-web-0\.1\.0\.0 \(exe:hello-web\)/);
    assert.doesNotMatch(oneOff.stdout, /- tiny-http/, 'the dependency is in the kept store: nothing to build');
  });
});

interface Halcyon {
  readonly dir: string;
  readonly prefix: string;
  run(args: string[], extra?: Record<string, string>): Promise<RunResult>;
}

async function halcyonMachine(extra: Record<string, string> = {}): Promise<Halcyon> {
  const dir = await tempDir('controls');
  const prefix = path.join(dir, 'prefix');
  const env = scrubbedEnv({
    HALCYON_BASE: path.join(dir, 'base'),
    HALCYON_CACHE: path.join(dir, 'cache'),
    HALCYON_PREFIX: prefix,
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: remoteRepo,
    ...extra,
  });
  return { dir, prefix, run: (args, more = {}) => run(path.join(REPO_ROOT, 'bin', 'halcyon'), args, { ...env, ...more }) };
}

async function writeHook(app: string, name: string, body: string): Promise<void> {
  await mkdir(path.join(app, '.halcyon'), { recursive: true });
  const file = path.join(app, '.halcyon', name);
  await writeFile(file, `#!/bin/sh\nset -e\n${body}\n`);
  await chmod(file, 0o755);
}

describe('hooks in .halcyon/', () => {
  test('each runs at its point with its arguments and environment, its output in the log', async () => {
    const app = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await writeHook(app, 'pre-build-hook', 'echo "pre-build: $# args, in $(pwd), for $HALCYON_APP_LABEL on GHC $HALCYON_GHC_VERSION"; test "$2" = "$(pwd)"; test -f "$1/base-only.cabal"');
    await writeHook(app, 'post-build-hook', 'echo "post-build: $(ls "$2" | grep -c dist-newstyle) build folder"');
    await writeHook(app, 'pre-install-hook', 'echo "pre-install: into $2"; echo made-by-hook > "$2/hook.txt"; mkdir -p "$3"; test -d "$2/bin"');
    await writeHook(app, 'post-install-hook', 'echo "post-install: $2 has $(cat "$2/hook.txt")"');
    const m = await halcyonMachine();
    const result = await m.run(['install', app]);
    assert.equal(result.code, 0, result.stderr + result.stdout);
    const log = result.stdout;
    assert.match(log, /hooks: \.halcyon\/pre-build-hook, \.halcyon\/post-build-hook, \.halcyon\/pre-install-hook, \.halcyon\/post-install-hook/);
    assert.match(log, /pre-build: 2 args, in \S+\/\.halcyon-layers\/build\/base-only-0\.1\.0\.0, for base-only-0\.1\.0\.0 on GHC 9\.0\.2/);
    assert.ok(log.indexOf('pre-build:') < log.indexOf('Compiling Main') && log.indexOf('Compiling Main') < log.indexOf('post-build: 1 build folder'));
    assert.match(log, /pre-install: into \S+\/\.halcyon-layers\/install\/base-only-0\.1\.0\.0/);
    assert.match(log, new RegExp(`post-install: ${m.prefix} has made-by-hook`));
    assert.equal(await readFile(path.join(m.prefix, 'hook.txt'), 'utf8'), 'made-by-hook\n', 'what pre-install adds ships with the app');
  });

  test('a failing hook fails the run, naming it', async () => {
    const app = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await writeHook(app, 'post-build-hook', 'echo "checking the build"; exit 3');
    const result = await (await halcyonMachine()).run(['install', app]);
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /checking the build/);
    assert.match(result.stderr, /The hook \.halcyon\/post-build-hook failed \(exit code 3\)/);
    assert.doesNotMatch(result.stdout, /App installed/);
  });

  test('a hook that is not executable is an error before anything is built', async () => {
    const app = await copyApp(path.join(FIXTURE_APPS, 'base-only'));
    await writeHook(app, 'pre-build-hook', 'echo never');
    await chmod(path.join(app, '.halcyon', 'pre-build-hook'), 0o644);
    const m = await halcyonMachine();
    const result = await m.run(['install', app]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /The hook \.halcyon\/pre-build-hook cannot run: it is not executable/);
    assert.match(result.stderr, /chmod \+x \.halcyon\/pre-build-hook/);
    assert.doesNotMatch(result.stdout, /cabal-install|GHC/);
    assert.deepEqual((await readdir(path.join(m.dir, 'cache')).catch((): string[] => [])).filter((name) => !name.startsWith('.')), [], 'no archive: only the build data records the failure');
  });
});

/** An app reading a file through its Paths_ module, and saying whether a CPP flag was set. */
async function controlsApp(): Promise<string> {
  const app = path.join(await tempDir('controls-app'), 'controls');
  await mkdir(path.join(app, 'config'), { recursive: true });
  await writeFile(
    path.join(app, 'controls.cabal'),
    'cabal-version: 2.4\nname: controls\nversion: 0.1.0.0\nbuild-type: Simple\n\nexecutable controls\n  main-is: Main.hs\n  other-modules: Paths_controls\n  autogen-modules: Paths_controls\n  build-depends: base\n  default-language: Haskell2010\n',
  );
  await writeFile(
    path.join(app, 'Main.hs'),
    '{-# LANGUAGE CPP #-}\nimport Paths_controls (getDataFileName)\nmain :: IO ()\nmain = do\n#ifdef FROM_FLAGS\n  putStrLn "built with FROM_FLAGS"\n#else\n  putStrLn "built without flags"\n#endif\n  getDataFileName "config/app.conf" >>= readFile >>= putStr\n',
  );
  await writeFile(path.join(app, 'config', 'app.conf'), 'setting = from an extra data file\n');
  await writeFile(path.join(app, 'README.md'), 'Docs.\n');
  return app;
}

describe('HALCYON_EXTRA_CONFIGURE_FLAGS, HALCYON_EXTRA_DATA_FILES, HALCYON_EXTRA_SOURCE_HASH_IGNORE', () => {
  test('flags reach the app\'s build, and extra data files are found through Paths_ with nothing set', async () => {
    const app = await controlsApp();
    const m = await halcyonMachine({ HALCYON_EXTRA_DATA_FILES: 'config/*.conf', HALCYON_EXTRA_CONFIGURE_FLAGS: '--ghc-options="-DFROM_FLAGS -Wall"' });
    const result = await m.run(['install', app]);
    assert.equal(result.code, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /1 extra data file \(HALCYON_EXTRA_DATA_FILES\) in \S+\/share\/x86_64-linux-ghc-9\.0\.2\/controls-0\.1\.0\.0/);
    const ran = await run(path.join(m.prefix, 'bin', 'controls'), [], scrubbedEnv());
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(ran.stdout, 'built with FROM_FLAGS\nsetting = from an extra data file\n');
    const plain = await m.run(['plan', app], { HALCYON_EXTRA_CONFIGURE_FLAGS: '' });
    const flagged = await m.run(['plan', app]);
    const key = (r: RunResult): string | undefined => /^install\s+\S+\s+(\S+)$/m.exec(r.stdout)?.[1];
    assert.notEqual(key(plain), key(flagged), 'the flags are part of the install key');
  });

  test('options that move the build are refused, naming the variable', async () => {
    const result = await (await halcyonMachine({ HALCYON_EXTRA_CONFIGURE_FLAGS: '--prefix=/usr/local' })).run(['install', await controlsApp()]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /HALCYON_EXTRA_CONFIGURE_FLAGS \(environment\) has --prefix=\/usr\/local, which the buildpack sets itself/);
  });

  test('an ignored file changes no key; any other change does', async () => {
    const app = await controlsApp();
    const m = await halcyonMachine({ HALCYON_EXTRA_SOURCE_HASH_IGNORE: '*.md docs/' });
    const key = async (): Promise<string | undefined> => /^install\s+\S+\s+(\S+)$/m.exec((await m.run(['plan', app])).stdout)?.[1];
    const before = await key();
    assert.ok(before);
    await editFile(path.join(app, 'README.md'), (t) => `${t}More docs.\n`);
    await mkdir(path.join(app, 'docs'));
    await writeFile(path.join(app, 'docs', 'guide.txt'), 'A guide.\n');
    assert.equal(await key(), before);
    await editFile(path.join(app, 'Main.hs'), (t) => `${t}-- a comment\n`);
    assert.notEqual(await key(), before);
  });
});
