// Runs every test/**/*.test.ts with node's test runner (tsx for TypeScript), but test/slow.
// `--unit` skips test/e2e (the end-to-end runs of the real shims); `--slow` runs test/slow
// alone: the tier too long for every run (npm run test:slow, which CI runs too).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const unitOnly = process.argv.includes('--unit');
const slowTier = process.argv.includes('--slow');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function collect(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : collect(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const slowDir = path.join('test', 'slow');
let files = collect('test').sort().filter((f) => f.startsWith(slowDir) === slowTier);
if (unitOnly) files = files.filter((f) => !f.startsWith(path.join('test', 'e2e')));
if (only.length > 0) files = files.filter((f) => only.some((o) => f.includes(o)));

const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);

// Every temp file of the run (the tests', the shims', the builds') goes into one directory,
// removed at the end; then /tmp is checked for anything the run left outside it.
const systemTmp = os.tmpdir();
const leftovers = () => new Set(readdirSync(systemTmp).filter((name) => /^(halcyon|s3rver)/.test(name)));
const before = leftovers();
const runTmp = mkdtempSync(path.join(systemTmp, 'halcyon-tests-'));
const result = spawnSync(
  process.execPath,
  // The slow tier's files run one at a time: they measure builds against each other.
  ['--import', 'tsx', '--test', `--test-concurrency=${slowTier ? 1 : 2}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, TMPDIR: runTmp, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } },
);
rmSync(runTmp, { recursive: true, force: true });
const left = [...leftovers()].filter((name) => !before.has(name));
if (left.length > 0) {
  console.error(`The tests left ${left.length} entries in ${systemTmp}: ${left.slice(0, 10).join(', ')}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
