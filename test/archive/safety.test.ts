import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArchiveError } from '../../src/archive/errors.ts';
import { ExtractionPlan, entrySegments, symlinkTargetProblem } from '../../src/archive/safety.ts';
import type { HeaderArgument } from './helpers.ts';

test('symlink targets: relative links that stay inside are fine', () => {
  assert.equal(symlinkTargetProblem('bin/ghc', 'ghc-9.4.7'), undefined);
  assert.equal(symlinkTargetProblem('bin/ghc', '../lib/ghc/bin/ghc'), undefined);
  assert.equal(symlinkTargetProblem('a/b/c', '../../x/./y/'), undefined);
  assert.equal(symlinkTargetProblem('top', '.'), undefined);
});

test('symlink targets: absolute, escaping, empty and ambiguous ones are refused', () => {
  assert.match(symlinkTargetProblem('bin/ghc', '/usr/bin/ghc') ?? '', /absolute/);
  assert.match(symlinkTargetProblem('bin/ghc', '../../ghc') ?? '', /outside/);
  assert.match(symlinkTargetProblem('top', '..') ?? '', /outside/);
  assert.match(symlinkTargetProblem('a/b', 'c/../..') ?? '', /'\.\.' after a directory name/);
  assert.match(symlinkTargetProblem('a', '') ?? '', /empty/);
});

test('entry paths: normalized, and escapes refused', () => {
  assert.deepEqual(entrySegments('./a//b/./c/'), ['a', 'b', 'c']);
  assert.deepEqual(entrySegments('./'), []);
  assert.throws(() => entrySegments('/etc/passwd'), ArchiveError);
  assert.throws(() => entrySegments('a/../../b'), /escapes/);
  assert.throws(() => entrySegments('a/..'), /escapes/);
  assert.throws(() => entrySegments('a\0b'), /NUL/);
});

test('the plan reports missing parents once and tracks what exists', () => {
  const plan = new ExtractionPlan();
  const header = (name: string, type: HeaderArgument['type'], linkname?: string): Parameters<ExtractionPlan['admit']>[0] =>
    ({ name, type, linkname, mode: 0o644, size: 0, mtime: new Date(0) }) as Parameters<ExtractionPlan['admit']>[0];
  assert.equal(plan.admit(header('a/b/c.txt', 'file'))?.missingParent, 'a/b');
  assert.equal(plan.admit(header('a/b/d.txt', 'file'))?.missingParent, undefined);
  const again = plan.admit(header('a/b', 'directory'));
  assert.equal(again?.alreadyExists, true);
  assert.throws(() => plan.admit(header('a/b/c.txt/x', 'file')), /not a directory/);
  assert.equal(plan.admit(header('l', 'link', 'a/b/c.txt'))?.linkTarget, 'a/b/c.txt');
  assert.throws(() => plan.admit(header('l2', 'link', 'a/b')), /does not point to a file/);
});

test('a hardlink to a symlink is a symlink where it stands: admitted where its target stays inside', () => {
  const plan = new ExtractionPlan();
  const header = (name: string, type: HeaderArgument['type'], linkname?: string): Parameters<ExtractionPlan['admit']>[0] =>
    ({ name, type, linkname, mode: 0o644, size: 0, mtime: new Date(0) }) as Parameters<ExtractionPlan['admit']>[0];
  plan.admit(header('lib/ghc/settings', 'file'));
  plan.admit(header('bin/settings', 'symlink', '../lib/ghc/settings'));
  assert.equal(plan.admit(header('bin/settings-again', 'link', 'bin/settings'))?.linkTarget, 'bin/settings');
  assert.throws(() => plan.admit(header('top-settings', 'link', 'bin/settings')), /points outside the directory/);
  assert.throws(() => plan.admit(header('bin/settings-again/x', 'file')), /written through the symlink bin\/settings-again/);
});
