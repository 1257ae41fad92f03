// Whole build logs compared with files under test/snapshots, as the official buildpacks'
// output tests do: times, sizes, rates, hashes, dates, ports and temp paths are normalised,
// so what remains is what a user reads. A change in output shows up as a diff in review.
// UPDATE_SNAPSHOTS=1 rewrites them; without it, a missing snapshot fails.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './heroku.ts';

const SNAPSHOTS = path.join(REPO_ROOT, 'test', 'snapshots');

export function normalizeLog(text: string): string {
  return text
    .replace(/\/tmp\/halcyon-tests-[^/\s]+\/[^\s'"),]*/g, '<tmp>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<timestamp>')
    .replace(/\d{4}-\d{2}-\d{2}/g, '<date>')
    .replace(/\b\d{2}:\d{2} UTC\b/g, '<hh:mm> UTC')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>')
    .replace(/\b[0-9a-f]{12,64}\b/g, '<hash>')
    .replace(/\b\d+(\.\d+)? (B|kB|MB|GB)\b/g, '<size>')
    .replace(/\b\d+ min \d+ s\b|\b\d+(\.\d+)? s\b|\b\d+ ms\b/g, '<time>')
    .replace(/linux-[a-z]+-[\d.]+-(x86_64|aarch64)/g, '<platform>');
}

/** The log of one step: stdout, then stderr under a marker, normalised. */
export function stepLog(result: { stdout: string; stderr: string; code: number }): string {
  return normalizeLog(`${result.stdout}${result.stderr ? `--- stderr ---\n${result.stderr}` : ''}--- exit ${result.code} ---\n`);
}

export async function assertSnapshot(name: string, actual: string): Promise<void> {
  const file = path.join(SNAPSHOTS, `${name}.txt`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    await mkdir(SNAPSHOTS, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  const expected = await readFile(file, 'utf8').catch(() => undefined);
  assert.ok(expected !== undefined, `no snapshot ${path.relative(REPO_ROOT, file)}: run UPDATE_SNAPSHOTS=1 npm test -- output-snapshots, and review it`);
  assert.equal(actual, expected, `the output differs from ${path.relative(REPO_ROOT, file)} (UPDATE_SNAPSHOTS=1 rewrites it; review the diff)`);
}
