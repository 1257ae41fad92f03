import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes } from '../../src/util/format.ts';

test('sizes are printed in SI units: powers of 1000, labelled kB, MB, GB', () => {
  assert.equal(formatBytes(330_300_000), '330 MB');
  assert.equal(formatBytes(45_200_000), '45 MB');
  assert.equal(formatBytes(1_500_000_000), '1.5 GB');
  assert.equal(formatBytes(2_000), '2.0 kB');
  assert.equal(formatBytes(1024), '1.0 kB');
  assert.equal(formatBytes(1024 * 1024), '1.0 MB');
  assert.equal(formatBytes(999), '999 B');
  assert.equal(formatBytes(0), '0 B');
});

test('a size on the edge of the next unit is printed in it, never as 1000 of the smaller one', () => {
  assert.equal(formatBytes(999_600), '1.0 MB');
  assert.equal(formatBytes(999_400), '999 kB');
  assert.equal(formatBytes(999.7), '1.0 kB');
  assert.equal(formatBytes(9_960), '10 kB');
  assert.equal(formatBytes(523.4), '523 B');
});
