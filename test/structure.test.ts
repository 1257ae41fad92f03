// The folder order holds: every import in src/ points down (scripts/check-imports.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, tempDir } from './helpers/heroku.ts';

const check = (srcDir?: string): { status: number | null; out: string } => {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'check-imports.mjs'), ...(srcDir ? [srcDir] : [])], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
};

test('every import in src/ points down the folder order', () => {
  const { status, out } = check();
  assert.equal(status, 0, out);
  assert.match(out, /Imports point down: \d+ imports in \d+ files checked/);
});

test('the check fails on an import that points up, and on a folder with no place in the order', async () => {
  const src = path.join(await tempDir('imports'), 'src');
  await mkdir(path.join(src, 'layers'), { recursive: true });
  await mkdir(path.join(src, 'engine'), { recursive: true });
  await mkdir(path.join(src, 'misc'), { recursive: true });
  await writeFile(path.join(src, 'engine', 'pipeline.ts'), "import { x } from '../layers/layer.ts';\nexport const y = x;\n");
  await writeFile(path.join(src, 'layers', 'layer.ts'), "import type { y } from '../engine/pipeline.ts';\nexport const x = 1;\n");
  await writeFile(path.join(src, 'misc', 'thing.ts'), 'export const z = 1;\n');
  const { status, out } = check(src);
  assert.equal(status, 1);
  assert.match(out, /layers\/layer\.ts imports .*engine\/pipeline\.ts: layers may not import engine/);
  assert.match(out, /the folder misc has no place in the order/);
  assert.doesNotMatch(out, /engine\/pipeline\.ts imports/);
});
