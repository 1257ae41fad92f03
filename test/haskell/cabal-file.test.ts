import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HalcyonError } from '../../src/errors.ts';
import { findAppPackage, parseCabalFile } from '../../src/haskell/cabal-file.ts';

function appError(pattern: RegExp, remedy?: RegExp): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof HalcyonError, `not a HalcyonError: ${String(error)}`);
    assert.equal(error.code, 'app');
    assert.match(error.message, pattern);
    if (remedy !== undefined) assert.match(error.remedy ?? '', remedy);
    return true;
  };
}

const MINIMAL = `cabal-version: 2.4
name: tiny
version: 1.2.3

executable tiny
  main-is: Main.hs
  build-depends: base
`;

const REALISTIC = `cabal-version:      3.0
-- A realistic package description: comments, common stanzas, conditionals.
Name:               my-web-app
Version:            0.3.1.0
synopsis:           An app
description:
  A long description over several lines.
  .
  name: not-the-name
  version: 9.9
  executable not-an-executable
license:            BSD-3-Clause
build-type:         Simple
extra-source-files: README.md
Data-Dir:           share
Data-Files:         static/css/*.css,
                    static/js/app.js
                    templates/**/*.html
    -- a comment inside a field
                    "file with spaces.txt"

flag dev
  description: Development build
  default:     False
  manual:      True

common shared
  default-language: Haskell2010
  ghc-options:      -Wall
  build-depends:    base >=4.14 && <5,
                    text ^>={1.2, 2.0}

library
  import:           shared
  exposed-modules:  App
  hs-source-dirs:   src
  if impl(ghc >= 9.0)
    ghc-options: -Wno-unused-imports
  else
    build-depends: semigroups

Executable my-web-app
  import:           shared
  main-is:          Main.hs
  hs-source-dirs:   app
  build-depends:    my-web-app
  if flag(dev)
    ghc-options: -O0
    cpp-options: -DDEV
  else
    ghc-options: -O2

executable worker
\tmain-is:        Worker.hs
\tbuild-depends:  base

executable disabled-tool
  main-is:          Tool.hs
  buildable:        False

test-suite spec
  import:           shared
  type:             exitcode-stdio-1.0
  main-is:          Spec.hs

source-repository head
  type:     git
  location: https://example.invalid/my-web-app.git
`;

describe('parseCabalFile', () => {
  it('reads a minimal package', () => {
    assert.deepEqual(parseCabalFile(MINIMAL, 'tiny.cabal'), {
      name: 'tiny',
      version: '1.2.3',
      label: 'tiny-1.2.3',
      executables: ['tiny'],
      dataFiles: [],
      dataDir: '',
      cabalFile: 'tiny.cabal',
      packageDir: '',
    });
  });

  it('reads a realistic file with common stanzas, conditionals and multi-line data-files', () => {
    const pkg = parseCabalFile(REALISTIC, 'my-web-app.cabal');
    assert.equal(pkg.name, 'my-web-app');
    assert.equal(pkg.version, '0.3.1.0');
    assert.equal(pkg.label, 'my-web-app-0.3.1.0');
    assert.deepEqual(pkg.executables, ['my-web-app', 'worker']);
    assert.deepEqual(pkg.dataFiles, ['static/css/*.css', 'static/js/app.js', 'templates/**/*.html', 'file with spaces.txt']);
    assert.equal(pkg.dataDir, 'share');
  });

  it('takes cabalFile and packageDir from the relative file name', () => {
    const pkg = parseCabalFile(MINIMAL, 'services/web/tiny.cabal');
    assert.equal(pkg.cabalFile, 'services/web/tiny.cabal');
    assert.equal(pkg.packageDir, 'services/web');
  });

  it('copes with CRLF line endings, a byte order mark and no trailing newline', () => {
    const text = `\uFEFF${MINIMAL.trimEnd().replace(/\n/g, '\r\n')}`;
    const pkg = parseCabalFile(text, 'tiny.cabal');
    assert.equal(pkg.label, 'tiny-1.2.3');
    assert.deepEqual(pkg.executables, ['tiny']);
  });

  it('returns no executables for a library-only package (findAppPackage decides)', () => {
    const pkg = parseCabalFile('name: lib\nversion: 1\nlibrary\n  exposed-modules: Lib\n', 'lib.cabal');
    assert.deepEqual(pkg.executables, []);
  });

  it('rejects a file without a name', () => {
    assert.throws(() => parseCabalFile('version: 1.0\n', 'x.cabal'), appError(/x\.cabal has no "name" field/, /name: my-app/));
  });

  it('rejects a file without a version', () => {
    assert.throws(() => parseCabalFile('name: x\n', 'x.cabal'), appError(/x\.cabal has no "version" field/, /version: 0\.1\.0\.0/));
  });

  it('rejects a version that is not numeric and dotted', () => {
    assert.throws(() => parseCabalFile('name: x\nversion: 1.0-beta\n', 'x.cabal'), appError(/version "1\.0-beta" is not a version number/));
    assert.throws(() => parseCabalFile('name: x\nversion: 1..2\n', 'x.cabal'), appError(/is not a version number/));
  });

  it('rejects an invalid package name', () => {
    assert.throws(() => parseCabalFile('name: my_app\nversion: 1\n', 'x.cabal'), appError(/"my_app" is not a valid package name/));
  });

  it('fails clearly on the braces layout', () => {
    const text = 'name: x\nversion: 1\nexecutable x {\n  main-is: Main.hs\n}\n';
    assert.throws(() => parseCabalFile(text, 'x.cabal'), appError(/x\.cabal line 3 uses the \{ \} braces layout/, /indentation layout/));
  });

  it('rejects an executable section without a name', () => {
    assert.throws(() => parseCabalFile('name: x\nversion: 1\nexecutable\n  main-is: Main.hs\n', 'x.cabal'), appError(/line 3: an executable section needs one name/));
  });

  it('treats a non-cabal file as malformed', () => {
    assert.throws(() => parseCabalFile('{"name": "a-json-file"}\n', 'x.cabal'), HalcyonError);
    assert.throws(() => parseCabalFile('', 'empty.cabal'), appError(/empty\.cabal has no "name" field/));
  });
});

async function makeApp(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'halcyon-cabal-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

function lib(name: string): string {
  return `cabal-version: 2.4\nname: ${name}\nversion: 0.1\n\nlibrary\n  exposed-modules: Lib\n`;
}

function exe(name: string, version = '0.1'): string {
  return `cabal-version: 2.4\nname: ${name}\nversion: ${version}\n\nexecutable ${name}\n  main-is: Main.hs\n`;
}

describe('findAppPackage', () => {
  async function withApp(files: Record<string, string>, body: (dir: string) => Promise<void>): Promise<void> {
    const dir = await makeApp(files);
    try {
      await body(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('finds the single top-level .cabal file', async () => {
    await withApp({ 'web.cabal': exe('web', '1.0'), 'Main.hs': '' }, async (dir) => {
      const pkg = await findAppPackage(dir);
      assert.equal(pkg.label, 'web-1.0');
      assert.equal(pkg.cabalFile, 'web.cabal');
      assert.equal(pkg.packageDir, '');
      assert.deepEqual(pkg.executables, ['web']);
    });
  });

  it('explains that a .cabal file is needed when there is none', async () => {
    await withApp({ 'Main.hs': '' }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/No \.cabal file at the top of the app/, /cabal init/));
    });
  });

  it('points at hpack when the app has a package.yaml', async () => {
    await withApp({ 'package.yaml': 'name: x\n' }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/No \.cabal file/, /hpack/));
    });
  });

  it('rejects several top-level .cabal files', async () => {
    await withApp({ 'a.cabal': exe('a'), 'b.cabal': exe('b') }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/Several \.cabal files at the top of the app: a\.cabal, b\.cabal/, /cabal\.project/));
    });
  });

  it('asks for an executable section when the package has none', async () => {
    await withApp({ 'lib.cabal': lib('lib') }, async (dir) => {
      await assert.rejects(
        findAppPackage(dir),
        appError(/lib-0\.1 \(lib\.cabal\) has no "executable" section/, /Add an executable section to lib\.cabal.*Heroku runs bin\/<executable>/),
      );
    });
  });

  it('passes on parse errors naming the file', async () => {
    await withApp({ 'bad.cabal': 'name: bad\n' }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/bad\.cabal has no "version" field/));
    });
  });

  it('takes the first package with an executable from cabal.project directories', async () => {
    await withApp(
      {
        'cabal.project': 'packages: lib/\n          app/\n          tools\n\npackage app\n  ghc-options: -O2\n',
        'lib/core.cabal': lib('core'),
        'app/server.cabal': exe('server', '2.0'),
        'tools/tool.cabal': exe('tool'),
      },
      async (dir) => {
        const pkg = await findAppPackage(dir);
        assert.equal(pkg.label, 'server-2.0');
        assert.equal(pkg.cabalFile, 'app/server.cabal');
        assert.equal(pkg.packageDir, 'app');
      },
    );
  });

  it('expands globs in cabal.project', async () => {
    await withApp(
      {
        'cabal.project': 'packages: ./libs/*/*.cabal, ./apps/*/\n',
        'libs/a/a.cabal': lib('a'),
        'libs/b/b.cabal': lib('b'),
        'apps/zeta/zeta.cabal': exe('zeta'),
        'apps/alpha/alpha.cabal': exe('alpha'),
      },
      async (dir) => {
        const pkg = await findAppPackage(dir);
        assert.equal(pkg.name, 'alpha');
        assert.equal(pkg.packageDir, 'apps/alpha');
      },
    );
  });

  it('uses cabal.project when the top-level package is a library', async () => {
    await withApp(
      { 'cabal.project': 'packages: .\n  app\n', 'core.cabal': lib('core'), 'app/web.cabal': exe('web') },
      async (dir) => {
        const pkg = await findAppPackage(dir);
        assert.equal(pkg.cabalFile, 'app/web.cabal');
      },
    );
  });

  it("applies cabal's default ./*.cabal when cabal.project has no packages field", async () => {
    await withApp({ 'cabal.project': 'optimization: 2\n', 'a.cabal': lib('a'), 'b.cabal': exe('b') }, async (dir) => {
      assert.equal((await findAppPackage(dir)).cabalFile, 'b.cabal');
    });
    await withApp({ 'cabal.project': 'optimization: 2\n', 'core.cabal': lib('core') }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/core-0\.1 \(core\.cabal\) has no "executable" section/));
    });
  });

  it('names every package when none in cabal.project has an executable', async () => {
    await withApp(
      { 'cabal.project': 'packages: a b\n', 'a/a.cabal': lib('a'), 'b/b.cabal': lib('b') },
      async (dir) => {
        await assert.rejects(findAppPackage(dir), appError(/a-0\.1 \(a\/a\.cabal\), b-0\.1 \(b\/b\.cabal\) have no "executable" section/));
      },
    );
  });

  it('rejects a cabal.project entry that does not exist', async () => {
    await withApp({ 'cabal.project': 'packages: ./missing\n', 'x/x.cabal': exe('x') }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/cabal\.project lists "\.\/missing"/, /packages:/));
    });
  });

  it('rejects cabal.project packages outside the app', async () => {
    await withApp({ 'cabal.project': 'packages: ../elsewhere\n' }, async (dir) => {
      await assert.rejects(findAppPackage(dir), appError(/outside the app directory/));
    });
  });

  it('skips remote packages listed in cabal.project', async () => {
    await withApp(
      { 'cabal.project': 'packages: https://example.invalid/dep-1.0.tar.gz\n          app\n', 'app/web.cabal': exe('web') },
      async (dir) => {
        assert.equal((await findAppPackage(dir)).name, 'web');
      },
    );
  });

  it('reports a missing app directory as an app error', async () => {
    await assert.rejects(findAppPackage(path.join(tmpdir(), 'halcyon-no-such-dir-xyz')), appError(/Cannot read the directory/));
  });

  it('finds the bundled example app', async () => {
    const pkg = await findAppPackage(path.resolve(import.meta.dirname, '../../examples/hello-web'));
    assert.equal(pkg.label, 'hello-web-0.1.0.0');
    assert.deepEqual(pkg.executables, ['hello-web']);
    assert.deepEqual(pkg.dataFiles, ['static/greeting.txt']);
  });
});
