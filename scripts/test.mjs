// Runs every test/**/*.test.ts with node's test runner (tsx for TypeScript), but test/slow.
// `--unit` skips test/e2e (the end-to-end runs of the real shims); `--slow` runs test/slow
// alone: the tier too long for every run (npm run test:slow, which CI runs too). Other
// arguments select files: an existing .test.ts path is run as given (test/fixtures included),
// any other argument keeps the collected files whose path contains it. `--no-typecheck` skips
// tsc (the runner's own test runs it on fixtures).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const unitOnly = process.argv.includes('--unit');
const slowTier = process.argv.includes('--slow');
const typecheckFirst = !process.argv.includes('--no-typecheck');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const givenFiles = only.filter((a) => a.endsWith('.test.ts') && existsSync(a));
const filters = only.filter((a) => !givenFiles.includes(a));

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
if (filters.length > 0 || givenFiles.length > 0) files = files.filter((f) => filters.some((o) => f.includes(o)));
files = [...new Set([...files, ...givenFiles])];

if (typecheckFirst) {
  const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);
}

// Every temp file of the run (the tests', the shims', the builds') goes into this run's own
// directory, whose name is unique to the run. Only that directory is checked for leftovers:
// other halcyon processes on the machine (another checkout's tests, a demo, a build) make
// and remove their own entries in the system's temp directory while this run goes on.
const runTmp = mkdtempSync(path.join(os.tmpdir(), 'halcyon-tests-'));
const result = spawnSync(
  process.execPath,
  // The slow tier's files run one at a time: they measure builds against each other.
  ['--import', 'tsx', '--test', `--test-concurrency=${slowTier ? 1 : 2}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, TMPDIR: runTmp, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } },
);
// The tests name their temp entries halcyon-* (and the S3 server's s3rver*); the rest is the
// tools' own (tsx's compile cache, and cabal's and npm's dotfiles: the shims' HOME is here too).
const left = readdirSync(runTmp).filter((name) => /^(halcyon|s3rver)/.test(name));
rmSync(runTmp, { recursive: true, force: true });
if (left.length > 0) {
  console.error(`The tests left ${left.length} entries in their temp directory ${runTmp}: ${left.slice(0, 10).join(', ')}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
