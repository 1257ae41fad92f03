// The registry is the one list of layers: its order, its stages and the environment derived from it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layerPaths } from '../../src/config/paths.ts';
import { pathsSnippet } from '../../src/engine/paths-snippet.ts';
import { LAYERS, LAYER_KINDS, shellEnvironment } from '../../src/layers/registry.ts';
import { engineOptionsFor } from '../helpers/engine.ts';

test('the registry follows LAYER_KINDS, tools before planned before the one final layer', () => {
  assert.deepEqual(LAYERS.map((spec) => spec.kind), [...LAYER_KINDS]);
  const stages = LAYERS.map((spec) => spec.stage);
  assert.deepEqual([...stages].sort((a, b) => ['tools', 'planned', 'final'].indexOf(a) - ['tools', 'planned', 'final'].indexOf(b)), stages);
  assert.equal(stages.filter((s) => s === 'final').length, 1);
  assert.deepEqual(LAYERS.flatMap((s) => (s.endsGoal ? [`${s.endsGoal}:${s.kind}`] : [])), ['restore:deps', 'build:build']);
});

test('the shell environment is each layer\'s contribution, the app first on PATH', async () => {
  const options = { ...(await engineOptionsFor({ basePath: '/app', prefixPath: '/app' })), extraOsPackages: ['libyajl-dev'] };
  const env = new Map(shellEnvironment(layerPaths('/app'), options).map((v) => [v.name, v]));
  assert.deepEqual(env.get('PATH')?.prepend, ['/app/bin', '/app/.halcyon-layers/cabal/bin', '/app/.halcyon-layers/ghc/bin']);
  assert.equal(env.get('CABAL_DIR')?.value, '/app/.halcyon-layers/cabal');
  assert.equal(env.get('LD_LIBRARY_PATH')?.prepend?.[0], '/app/lib');
  assert.ok(env.get('PKG_CONFIG_PATH')?.prepend?.every((dir) => dir.startsWith('/app/.halcyon-layers/os/')));
  const snippet = pathsSnippet(options);
  assert.match(snippet, /^export PATH="\/app\/bin:\/app\/\.halcyon-layers\/cabal\/bin:\/app\/\.halcyon-layers\/ghc\/bin:\$PATH"$/m);
  assert.match(snippet, /^export CPATH="\/app\/\.halcyon-layers\/os\/usr\/include\/\S+:\/app\/\.halcyon-layers\/os\/usr\/include\$\{CPATH:\+:\$CPATH\}"$/m);
  assert.doesNotMatch(pathsSnippet({ ...options, extraOsPackages: [] }), /PKG_CONFIG_PATH|CPATH/);
});
