import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CabalProgress } from '../../src/haskell/cabal-output.ts';
import { Logger, memorySink } from '../../src/log/logger.ts';

// As cabal 3.4 printed it building the corpus web app's last dependencies (two jobs).
const CABAL_OUTPUT = `Resolving dependencies...
Build profile: -w ghc-9.0.2 -O1
In order, the following will be built (use -v for more details):
 - cryptonite-0.29 (lib) (requires build)
 - hsc2hs-0.68.7 (exe:hsc2hs) (requires build)
 - appar-0.1.8 (all, legacy fallback) (requires download & build)
Starting     cryptonite-0.29 (lib)
Starting     hsc2hs-0.68.7 (exe:hsc2hs)
Building     cryptonite-0.29 (lib)
Building     hsc2hs-0.68.7 (exe:hsc2hs)
Installing   hsc2hs-0.68.7 (exe:hsc2hs)
Completed    hsc2hs-0.68.7 (exe:hsc2hs)
Starting     appar-0.1.8 (all, legacy fallback)
Building     appar-0.1.8 (all, legacy fallback)
[1 of 4] Compiling Text.Appar.Input
Warning: [-Wunused-imports] this stays in the full log
Installing   cryptonite-0.29 (lib)`.split('\n');

test('cabal\'s output for the dependencies becomes one line a unit, with its time, and what is writing to the store is known', () => {
  const sink = memorySink();
  let nowMs = 0;
  const progress = new CabalProgress(new Logger(sink), () => nowMs);
  for (const line of CABAL_OUTPUT) {
    nowMs += 1500;
    progress.line(line);
  }
  assert.equal(progress.plannedCount, 3);
  assert.equal(progress.completedCount, 1);
  assert.equal(progress.installing, 1, 'cryptonite is being installed into the store');
  assert.deepEqual(progress.inFlight().map((u) => u.unit).sort(), ['appar-0.1.8 (all, legacy fallback)', 'cryptonite-0.29']);
  nowMs += 1500;
  progress.line('Completed    cryptonite-0.29 (lib)');
  assert.equal(progress.installing, 0);
  assert.deepEqual(sink.out, [
    '       cabal builds 3 units (a package\'s library, an executable, …), one line each as it completes:',
    '       [1/3] hsc2hs-0.68.7 (exe:hsc2hs) (6.0 s)',
    '       [2/3] cryptonite-0.29 (16.5 s)',
  ]);
});

test('cabal\'s own errors reach the build log as they happen', () => {
  const sink = memorySink();
  const progress = new CabalProgress(new Logger(sink));
  progress.line('Error: cabal: Failed to build network-3.1.2.7 (which is required by exe:app).');
  progress.line('src/Network.hs:10:1: error: parse error');
  assert.deepEqual(sink.out, ['       Error: cabal: Failed to build network-3.1.2.7 (which is required by exe:app).']);
});
