// What an interrupt undoes, and whether it says it undid anything: the CLI's "Stopped" line
// claims a removal only where one happened.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempSibling } from '../../src/util/fs.ts';
import { onInterrupt, runInterruptCleanups } from '../../src/util/interrupt.ts';
import { tempDir } from '../helpers/heroku.ts';

test('an interrupt removes a temp file and all named after it, and says so; with nothing half-written it says nothing was undone', async () => {
  const dir = await tempDir('interrupt');
  const target = path.join(dir, 'layer.tar.zst');
  // A temp name whose file was renamed into place (or never made): nothing to undo.
  tempSibling(target);
  assert.equal(runInterruptCleanups(), false);

  const temp = tempSibling(target);
  writeFileSync(temp, 'half');
  writeFileSync(`${temp}.part1`, 'half');
  writeFileSync(`${temp}.headers`, 'HTTP/1.1 206');
  writeFileSync(target, 'the finished one');
  assert.equal(runInterruptCleanups(), true);
  assert.equal(existsSync(temp) || existsSync(`${temp}.part1`) || existsSync(`${temp}.headers`), false);
  assert.equal(existsSync(target), true, 'what is in place stays');

  // A cleanup taken back (its child exited) is not run; one still registered (a child running) counts as undone.
  let ran = 0;
  onInterrupt(() => void ran++)();
  assert.equal(runInterruptCleanups(), false);
  onInterrupt(() => void ran++);
  assert.equal(runInterruptCleanups(), true);
  assert.equal(ran, 2, 'run twice, a moment apart');
});
