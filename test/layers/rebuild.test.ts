import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeChange } from '../../src/layers/rebuild.ts';

test('a rebuild says which named inputs changed, in one line', () => {
  assert.equal(describeChange({ ghc: '9.8.4', base: '/app' }, { ghc: '9.10.3', base: '/app' }), 'ghc 9.8.4 → 9.10.3');
  assert.equal(
    describeChange({ constraints: 'aeson-2.0.3.0\nbase-compat-0.12.1\ntext-1.2.5.0' }, { constraints: 'aeson-2.1.0.0\ntext-1.2.5.0\nvault-0.3.1.5' }),
    'constraints: aeson 2.0.3.0 → 2.1.0.0, +vault-0.3.1.5, -base-compat-0.12.1',
  );
  assert.equal(describeChange({ source: 'a'.repeat(64) }, { source: 'b'.repeat(64) }), 'source changed');
  assert.equal(describeChange({ index: '2026-11-28' }, { index: '2026-11-29', tests: 'built' }), 'index 2026-11-28 → 2026-11-29; tests added');
  assert.equal(describeChange({ ghc: '9.0.2' }, { ghc: '9.0.2' }), undefined);
  const many = Array.from({ length: 9 }, (_, i) => `p${i}-1.0`).join('\n');
  assert.equal(describeChange({ constraints: '' }, { constraints: many }), 'constraints: +p0-1.0, +p1-1.0, +p2-1.0, +p3-1.0, +p4-1.0 and 4 more');
});
