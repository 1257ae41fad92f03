// Every error the code raises has a stable id of its own: a category, then a name.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './helpers/heroku.ts';

async function sources(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sources(full)));
    else if (entry.name.endsWith('.ts')) files.push(full);
  }
  return files;
}

test('error ids are well formed and each names one kind of failure', async () => {
  const seen = new Map<string, string>();
  for (const file of await sources(path.join(REPO_ROOT, 'src'))) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/new HalcyonError\(\s*'([^']+)'|'((?:config|app|archive|storage|toolchain|build-failed|build-needed|download|internal)\/[a-z0-9/-]+)'/g)) {
      const id = match[1] ?? match[2] ?? '';
      assert.match(id, /^(config|app|archive|storage|toolchain|build-failed|build-needed|download|internal)\/[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, `${path.relative(REPO_ROOT, file)}: ${id}`);
      const where = path.relative(REPO_ROOT, file);
      const earlier = seen.get(id);
      assert.ok(earlier === undefined || earlier === where, `${id} is used in ${earlier} and ${where}`);
      seen.set(id, where);
    }
  }
  assert.ok(seen.size >= 70, `${seen.size} ids`);
});
