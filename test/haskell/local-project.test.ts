import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { LOCAL_PROJECT_FILE, localProjectSettings, syncLocalProject } from '../../src/haskell/local-project.ts';
import { tempDir } from '../helpers/heroku.ts';

const withOs = (packages: string[]): string | undefined => localProjectSettings({ basePath: '/app', extraOsPackages: packages }, ['app', 'lib']);

test('the run path goes to each of the project\'s own packages, in a stanza of its own, and only with OS packages', () => {
  assert.equal(withOs([]), undefined);
  const settings = withOs(['libyajl-dev']) ?? '';
  assert.match(settings, /^-- .*HALCYON_EXTRA_OS_PACKAGES=libyajl-dev\n/);
  assert.match(settings, /^package app\n  ghc-options: -optl-Wl,-rpath,\/app\/\.halcyon-layers\/os\/usr\/lib\/\S+ -optl-Wl,-rpath,\/app\/\.halcyon-layers\/os\/usr\/lib\n/m);
  assert.match(settings, /^package lib\n  ghc-options: /m);
  assert.doesNotMatch(settings, /^ghc-options|^program-options|package \*/m, 'nothing that reaches the store\'s packages');
});

test('the build copy gets the app\'s own file then Halcyon\'s part; a new set of OS packages is a change of settings, not of source', async () => {
  const app = await tempDir('local-project-app');
  const copy = await tempDir('local-project-copy');
  const target = path.join(copy, LOCAL_PROJECT_FILE);

  assert.deepEqual(await syncLocalProject(app, copy, undefined), { changes: [], settingsChanged: false });
  assert.ok(!existsSync(target));

  assert.deepEqual(await syncLocalProject(app, copy, withOs(['libjansson-dev'])), { changes: [], settingsChanged: true });
  assert.equal(await readFile(target, 'utf8'), withOs(['libjansson-dev']));
  assert.deepEqual(await syncLocalProject(app, copy, withOs(['libjansson-dev'])), { changes: [], settingsChanged: false });
  assert.deepEqual(await syncLocalProject(app, copy, withOs(['libjansson-dev', 'libyajl-dev'])), { changes: [], settingsChanged: true });

  await writeFile(path.join(app, LOCAL_PROJECT_FILE), 'tests: True');
  assert.deepEqual(await syncLocalProject(app, copy, withOs(['libjansson-dev', 'libyajl-dev'])), { changes: [`* ${LOCAL_PROJECT_FILE}`], settingsChanged: false });
  assert.equal(await readFile(target, 'utf8'), `tests: True\n${withOs(['libjansson-dev', 'libyajl-dev'])}`);

  assert.deepEqual(await syncLocalProject(app, copy, undefined), { changes: [], settingsChanged: true });
  assert.equal(await readFile(target, 'utf8'), 'tests: True\n');

  await rm(path.join(app, LOCAL_PROJECT_FILE));
  assert.deepEqual(await syncLocalProject(app, copy, undefined), { changes: [`- ${LOCAL_PROJECT_FILE}`], settingsChanged: false });
  assert.ok(!existsSync(target));
});

test('a build copy an older version made (the app\'s file copied as it is) needs no report, only Halcyon\'s part added', async () => {
  const app = await tempDir('local-project-app');
  const copy = await tempDir('local-project-copy');
  await writeFile(path.join(app, LOCAL_PROJECT_FILE), 'tests: True\n');
  await writeFile(path.join(copy, LOCAL_PROJECT_FILE), 'tests: True\n');
  assert.deepEqual(await syncLocalProject(app, copy, withOs(['libyajl-dev'])), { changes: [], settingsChanged: true });
  assert.equal(await readFile(path.join(copy, LOCAL_PROJECT_FILE), 'utf8'), `tests: True\n${withOs(['libyajl-dev'])}`);
});
