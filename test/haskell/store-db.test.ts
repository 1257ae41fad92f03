import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { completeUnits, dropUnregisteredUnits, isExecutableUnit } from '../../src/haskell/store-db.ts';
import { tempDir } from '../helpers/heroku.ts';

const HASH = 'a'.repeat(64);

test('a store stopped part-way keeps its registered libraries and installed executables, and loses the rest', async () => {
  const store = path.join(await tempDir('store-db'), 'ghc-9.0.2');
  const units = { registered: `aeson-2.0.3.0-${HASH}`, exe: `hsc2hs-0.68.7-e-hsc2hs-${HASH}`, unregistered: `vector-0.12.3.1-${HASH}` };
  for (const unit of Object.values(units)) await mkdir(path.join(store, unit, 'lib'), { recursive: true });
  await mkdir(path.join(store, 'package.db'));
  await writeFile(path.join(store, 'package.db', `${units.registered}.conf`), 'name: aeson\n');
  await mkdir(path.join(store, 'incoming', 'new-1234'), { recursive: true });
  assert.equal(isExecutableUnit(units.exe), true);
  assert.equal(isExecutableUnit(units.registered), false);
  assert.deepEqual([...(await completeUnits(store))].sort(), [units.registered, units.exe].sort());
  assert.deepEqual(await dropUnregisteredUnits(store), [units.unregistered]);
  assert.deepEqual((await readdir(store)).sort(), [units.registered, units.exe, 'package.db'].sort());
});
