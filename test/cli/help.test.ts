// `halcyon help` describes every option of the schema and every command the CLI dispatches,
// each on a line of its own: the verbs are read from the dispatchers' source, so a new verb
// or variable without a line here fails this test.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { HELP_TEXT } from '../../src/cli/help.ts';
import { VARIABLES, flagName, type VarSpec } from '../../src/config/schema.ts';
import { REPO_ROOT } from '../helpers/heroku.ts';

const lines = HELP_TEXT.split('\n');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `case 'x':` labels of a source file. */
async function caseLabels(file: string): Promise<string[]> {
  const source = await readFile(path.join(REPO_ROOT, 'src', 'cli', file), 'utf8');
  return [...source.matchAll(/case '([a-z-]+)':/g)].map((m) => m[1] ?? '');
}

test('every option of the schema has a line: its flag and a one-line description', () => {
  for (const spec of VARIABLES as readonly VarSpec[]) {
    assert.ok(spec.summary.length > 10 && spec.summary.length <= 56, `${spec.name}: a summary of 11 to 56 characters`);
    const name = spec.shimOnly ? spec.name : flagName(spec.name);
    const line = lines.find((l) => new RegExp(`^  ${escape(name)}(=[A-Z]+)? `).test(l));
    assert.ok(line, `${name} has no line in halcyon help`);
    assert.ok(line.endsWith(`  ${spec.summary}`), `${name}: ${line}`);
  }
});

test('every command the CLI dispatches, archive and its verbs included, is listed with a description', async () => {
  const verbs = [...(await caseLabels('halcyon.ts')), ...(await caseLabels('main.ts')).filter((v) => !v.startsWith('heroku-')), 'help'];
  assert.ok(verbs.includes('archive') && verbs.includes('install') && verbs.includes('plan'), verbs.join(' '));
  for (const verb of verbs) {
    assert.ok(lines.some((l) => new RegExp(`^  ${verb}( [A-Z[][^ ]*)*( \\.\\.\\.)? {2,}\\S`).test(l)), `${verb} is not listed with a description`);
  }
  for (const verb of await caseLabels('archive-command.ts')) {
    assert.ok(lines.some((l) => new RegExp(`^    archive ${verb} [A-Z ]+ {2,}\\S`).test(l)), `archive ${verb} is not listed with a description`);
  }
});

test('no line of the help is wider than 90 columns', () => {
  for (const line of lines) assert.ok(line.length <= 90, line);
});
