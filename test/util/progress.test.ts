import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Logger, memorySink } from '../../src/log/logger.ts';
import { progressLine, reportProgress } from '../../src/util/progress.ts';

test('a progress line says what is done of how much, the rate, and the time left when the total is known', () => {
  assert.equal(progressLine('downloading ghc.tar.zst', 45_000_000, 120_000_000, 3000), 'downloading ghc.tar.zst: 45 MB of 120 MB, 15 MB/s, about 5.0 s left');
  assert.equal(progressLine('archiving store.tar.zst', 10_000_000, undefined, 2000), 'archiving store.tar.zst: 10 MB, 5.0 MB/s');
  assert.equal(progressLine('extracting', 0, 100, 0), 'extracting: 0 B of 100 B, 0 B/s');
});

test('progress is printed at each interval while the work lasts, as plain detail lines, and not after it stops', async () => {
  const sink = memorySink();
  const progress = reportProgress(new Logger(sink), 'uploading x.tar.zst', 20);
  progress.set(1000, 4000);
  for (let waitedMs = 0; sink.out.length < 2 && waitedMs < 5000; waitedMs += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  progress.stop();
  const printed = sink.out.length;
  assert.ok(printed >= 2, `${printed} lines`);
  for (const line of sink.out) assert.match(line, /^ {7}uploading x\.tar\.zst: 1\.0 kB of 4\.0 kB, [\d.]+ [kM]?B\/s, about [\d.]+ s left$/);
  assert.ok(!sink.out.some((line) => line.includes('\r')));
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.equal(sink.out.length, printed, 'nothing after stop');
});
