import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { hashSource } from '../../src/haskell/source.ts';
import { tempDir } from '../helpers/heroku.ts';

test('build products are not source: dist/ at the top and dist-newstyle anywhere; a static/dist/ is source', async () => {
  const app = await tempDir('src');
  await mkdir(path.join(app, 'dist'), { recursive: true });
  await mkdir(path.join(app, 'static', 'dist'), { recursive: true });
  await mkdir(path.join(app, 'sub', 'dist-newstyle'), { recursive: true });
  await writeFile(path.join(app, 'Main.hs'), 'main = pure ()\n');
  const before = await hashSource(app);
  await writeFile(path.join(app, 'dist', 'setup-config'), 'x');
  await writeFile(path.join(app, 'sub', 'dist-newstyle', 'cache'), 'x');
  assert.equal(await hashSource(app), before);
  await writeFile(path.join(app, 'static', 'dist', 'app.js'), 'console.log(1)');
  assert.notEqual(await hashSource(app), before);
});
