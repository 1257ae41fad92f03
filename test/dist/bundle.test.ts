// Users fetch the buildpack by git URL and run dist/ as committed: it must match src/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, tempDir } from '../helpers/heroku.ts';
import { VERSION } from '../../src/version.ts';

test('the committed dist/ is what `npm run build` makes from src/', async () => {
  const fresh = path.join(await tempDir('dist'), 'dist');
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), fresh], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const committedDir = path.join(REPO_ROOT, 'dist');
  const names = (await readdir(fresh)).sort();
  assert.deepEqual((await readdir(committedDir)).filter((n) => n.endsWith('.mjs')).sort(), names, 'dist/ is stale: run `npm run build` and commit dist/');
  for (const name of names) {
    const [committed, rebuilt] = await Promise.all([readFile(path.join(committedDir, name), 'utf8'), readFile(path.join(fresh, name), 'utf8')]);
    assert.ok(committed === rebuilt, `dist/${name} is stale: run \`npm run build\` and commit dist/`);
  }
});

test('src/version.ts matches package.json', async () => {
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});
