// The shims are POSIX sh and must stay shellcheck-clean. shellcheck is a required dev tool:
// when it is missing this test fails rather than skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entryPoints = ['detect', 'compile', 'test-compile', 'test', 'release', 'report', 'build', 'restore', 'halcyon'].map((n) => `bin/${n}`);
const libraries = ['bin/lib/node.sh'];

function shellcheck(args: string[]) {
  const r = spawnSync('shellcheck', args, { cwd: repoRoot, encoding: 'utf8' });
  if (r.error) {
    assert.fail(`shellcheck could not run (${r.error.message}); it is a required dev tool: install shellcheck`);
  }
  return r;
}

test('shellcheck -s sh passes on every shim and library, together', () => {
  const r = shellcheck(['-s', 'sh', ...entryPoints, ...libraries]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('shellcheck -x -s sh passes on each shim alone (following its sourced library)', () => {
  for (const script of entryPoints) {
    const r = shellcheck(['-x', '-s', 'sh', script]);
    assert.equal(r.status, 0, `${script}:\n${r.stdout}${r.stderr}`);
  }
});

test('every shim is an executable #!/bin/sh script with set -eu that resolves its own buildpack dir', async () => {
  for (const script of entryPoints) {
    const file = path.join(repoRoot, script);
    const mode = (await stat(file)).mode;
    assert.equal(mode & 0o111, 0o111, `${script} is not executable (chmod +x)`);
    const text = await readFile(file, 'utf8');
    assert.ok(text.startsWith('#!/bin/sh\n'), `${script}: first line must be #!/bin/sh`);
    assert.match(text, /^set -eu$/m, `${script}: needs set -eu`);
    if (!['bin/detect', 'bin/release', 'bin/test', 'bin/report'].includes(script)) {
      assert.ok(text.includes('BP_DIR=$(cd "$(dirname "$0")/.." && pwd)'), `${script}: BP_DIR`);
    }
  }
});
