// The reference and app.json are checked against the one schema, so neither can drift.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { renderReference } from '../../src/config/reference.ts';
import { VARIABLES, lookupVar, type VarSpec } from '../../src/config/schema.ts';
import { resolveSettings } from '../../src/config/settings.ts';
import { REPO_ROOT } from '../helpers/heroku.ts';

test('docs/reference.md is what `npm run docs` makes from the schema', async () => {
  const committed = await readFile(path.join(REPO_ROOT, 'docs', 'reference.md'), 'utf8');
  assert.ok(committed === renderReference(), 'docs/reference.md is stale: run `npm run docs` and commit it');
});

test('the reference documents every variable with its aliases and default', () => {
  const reference = renderReference();
  for (const spec of VARIABLES as readonly VarSpec[]) {
    assert.ok(reference.includes(`### \`${spec.name}\``), spec.name);
    for (const alias of spec.aliases ?? []) assert.ok(reference.includes(`\`${alias}\``), alias);
    assert.ok(spec.doc.length > 20, `${spec.name} needs a real description`);
  }
});

interface AppJson {
  buildpacks: { url: string }[];
  env: Record<string, { description: string; required?: boolean; value?: string }>;
  environments?: { test?: { env?: Record<string, string>; scripts?: Record<string, string> } };
}

test('app.json: the buildpack, and config vars that the schema knows, accepts and documents', async () => {
  const app = JSON.parse(await readFile(path.join(REPO_ROOT, 'app.json'), 'utf8')) as AppJson;
  assert.equal(app.buildpacks.length, 1);
  for (const [name, entry] of Object.entries(app.env)) {
    const spec = lookupVar(name);
    assert.ok(spec && spec.name === name, `${name} is not a variable of the schema (or only an alias)`);
    assert.notEqual(spec.scope, 'process', `${name} cannot be a config var`);
    assert.ok(entry.description.length > 10, `${name} needs a description`);
    if (entry.value !== undefined) {
      assert.ok(!spec.secret, `${name} is secret and must have no default value`);
      assert.doesNotThrow(() => resolveSettings([{ source: 'config var', vars: { [name]: entry.value } }]), `${name}=${entry.value}`);
    }
  }
  const required = Object.entries(app.env).filter(([, e]) => e.required).map(([n]) => n).sort();
  assert.deepEqual(required, ['HALCYON_AWS_ACCESS_KEY_ID', 'HALCYON_AWS_SECRET_ACCESS_KEY', 'HALCYON_S3_BUCKET']);
});

test('app.json documents Heroku CI: environments.test sets only known variables and leaves the test command to bin/test', async () => {
  const app = JSON.parse(await readFile(path.join(REPO_ROOT, 'app.json'), 'utf8')) as AppJson;
  const testEnv = app.environments?.test;
  assert.ok(testEnv, 'environments.test is documented');
  for (const [name, value] of Object.entries(testEnv.env ?? {})) {
    assert.ok(lookupVar(name), `${name} is not a variable of the schema`);
    assert.doesNotThrow(() => resolveSettings([{ source: 'config var', vars: { [name]: value } }]), `${name}=${value}`);
  }
  assert.equal(testEnv.scripts?.test, undefined, 'bin/test runs the suites');
});

test('docs/layers.md is what `npm run docs` makes from the layer registry', async () => {
  const { renderLayers } = await import('../../src/layers/reference.ts');
  const committed = await readFile(path.join(REPO_ROOT, 'docs', 'layers.md'), 'utf8');
  assert.ok(committed === renderLayers(), 'docs/layers.md is stale: run `npm run docs` and commit it');
});

test("docs/deploying.md's GHC and cabal tables are what `npm run docs` makes from the inventory", async () => {
  const { renderToolchains } = await import('../../src/haskell/reference.ts');
  const { DEFAULT_GHC_VERSION, DEFAULT_CABAL_VERSION, GHC_BINDISTS, CABAL_BINDISTS } = await import('../../src/haskell/inventory.ts');
  const committed = await readFile(path.join(REPO_ROOT, 'docs', 'deploying.md'), 'utf8');
  const rendered = renderToolchains();
  assert.ok(committed.includes(rendered), 'the toolchain tables of docs/deploying.md are stale: run `npm run docs` and commit it');
  for (const version of [...Object.keys(GHC_BINDISTS), ...Object.keys(CABAL_BINDISTS)]) assert.match(rendered, new RegExp(`^\\| (\\*\\*)?${version.replace(/\./g, '\\.')}\\b`, 'm'));
  assert.match(rendered, new RegExp(`\\*\\*${DEFAULT_GHC_VERSION.replace(/\./g, '\\.')}\\*\\* \\(default\\)`));
  assert.match(rendered, new RegExp(`\\*\\*${DEFAULT_CABAL_VERSION.replace(/\./g, '\\.')}\\*\\* \\(default\\)`));
});
