// An archive is extracted at most once per run: a tagless one (not ours, or damaged) costs one
// extraction, not one per lookup (the fast path, then the full pipeline, then the starts).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { packDirectory } from '../../src/archive/index.ts';
import type { Layer } from '../../src/layers/layer.ts';
import { resolveLayer, restoreIfAvailable } from '../../src/layers/resolve.ts';
import { engineOptionsFor, testRun } from '../helpers/engine.ts';
import { tempDir } from '../helpers/heroku.ts';

test('a tagless archive in the cache is extracted once, though the fast path and the full lookup both look for it', async () => {
  const work = await tempDir('extract-once');
  const tree = path.join(work, 'tree');
  await mkdir(tree);
  for (let i = 0; i < 200; i++) await writeFile(path.join(tree, `f${i}`), `${i}`);
  const { ctx } = await testRun(await engineOptionsFor());
  const key = 'test-platform/ghc-9.0.2/halcyon-install-000000000000-app-1.tar.zst';
  await packDirectory(tree, ctx.cache.pathOf(key));
  let opened = 0;
  const open = ctx.cache.open.bind(ctx.cache);
  ctx.cache.open = async (k: string) => {
    if (k === key) opened += 1;
    return open(k);
  };
  const liveDir = path.join(work, 'live');
  const layer: Layer = {
    kind: 'install',
    title: 'install of app-1',
    liveDir,
    key,
    inputs: 'inputs',
    namedInputs: {},
    isDependency: false,
    build: async () => {
      await mkdir(liveDir, { recursive: true });
      await writeFile(path.join(liveDir, 'built'), 'yes');
    },
  };
  assert.equal(await restoreIfAvailable(ctx, layer), undefined, 'a tagless archive is never a match');
  const resolved = await resolveLayer(ctx, layer);
  assert.equal(resolved.origin, 'built');
  assert.equal(opened, 1, 'extracted once');
});
