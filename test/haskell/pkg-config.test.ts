import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingPkgConfigNames } from '../../src/haskell/pkg-config.ts';

// cabal 3.4's words for the yajl-ffi fixture, wrapped where it wraps them; the other lines in
// the same form, with a version range and names holding dashes.
const SOLVER_OUTPUT = `Resolving dependencies...
cabal: Could not resolve dependencies:
[__0] next goal: yajl-ffi (user goal)
[__0] rejecting: yajl-ffi-0.1.0.0 (conflict: pkg-config package yajl-any, not
found in the pkg-config database)
[__1] rejecting: gui-0.1 (conflict: pkg-config package gtk+-3.0->=3.10, not found in the pkg-config database)
[__2] rejecting: x-0.1 (conflict: pkg-config package icu-uc-any, not found in the pkg-config database)
[__2] rejecting: x-0.2 (conflict: pkg-config package icu-uc-any, not found in the pkg-config database)
[__0] fail (backjumping, conflict set: yajl-ffi)`;

test('the pkg-config names cabal\'s solver found missing are read whole, their version ranges apart, each once', () => {
  assert.deepEqual(missingPkgConfigNames(SOLVER_OUTPUT), ['yajl', 'gtk+-3.0', 'icu-uc']);
});

test('a solver failure of another kind names no pkg-config package', () => {
  assert.deepEqual(missingPkgConfigNames('[__0] rejecting: aeson-2.0 (conflict: base==4.15.1.0/installed-4.15.1.0, aeson => base>=4.16)'), []);
});
