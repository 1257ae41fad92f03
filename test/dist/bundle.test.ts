// Users fetch the buildpack by git URL and run dist/ as committed: it must match src/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, tempDir } from '../helpers/heroku.ts';
import { VERSION } from '../../src/version.ts';

test('the committed dist/halcyon.mjs is what `npm run build` makes from src/', async () => {
  const fresh = path.join(await tempDir('dist'), 'halcyon.mjs');
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), fresh], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const [committed, rebuilt] = await Promise.all([readFile(path.join(REPO_ROOT, 'dist', 'halcyon.mjs'), 'utf8'), readFile(fresh, 'utf8')]);
  assert.ok(committed === rebuilt, 'dist/ is stale: run `npm run build` and commit dist/');
});

test('src/version.ts matches package.json', async () => {
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});
