import path from 'node:path';
import type { RunContext } from '../layers/context.ts';
import type { PipelineResult } from '../engine/pipeline.ts';
import { appBuildInvocation, cabalBuildArgs } from '../haskell/plan.ts';
import { buildDirOf, distDirOf } from '../layers/build.ts';
import { keyLabel } from '../layers/install.ts';
import { layerPaths } from '../config/paths.ts';
import { writeFileAtomic } from '../util/fs.ts';
import { SLUG_BUILDPACK_DIR } from './slug.ts';

export const TEST_SCRIPT = 'test.sh';

/**
 * What bin/test runs on the CI dyno, written by test-compile: `cabal test` in the build
 * directory test-compile used, with the same options, so nothing is rebuilt. bin/test then
 * needs no Node; the test output streams as it comes, and its exit code is cabal's.
 */
export async function writeTestScript(ctx: RunContext, buildDir: string, result: PipelineResult): Promise<void> {
  const cabal = appBuildInvocation(ctx, result.toolchain);
  const appBuildDir = buildDirOf(ctx, keyLabel(result.app, ctx.options));
  const args = [...cabal.globalArgs, 'test', 'all', ...cabalBuildArgs(ctx, result.toolchain, distDirOf(appBuildDir))];
  const lines = [
    '#!/bin/sh',
    '# Written by bin/test-compile: the app\'s test suites, built there, run by bin/test.',
    'set -e',
    `cd ${quote(appBuildDir)}`,
    // The cabal layer's own config: a run's copy with repository credentials is gone once test-compile ends.
    ...Object.entries({ ...cabal.env, CABAL_CONFIG: path.join(layerPaths(ctx.options.basePath).cabal, 'config') }).map(([name, value]) => `export ${name}=${quote(value)}`),
    ...(cabal.prependPath.length > 0 ? [`export PATH=${quote(cabal.prependPath.join(':'))}:"$PATH"`] : []),
    `exec ${[cabal.bin, ...args].map(quote).join(' ')}`,
    '',
  ];
  await writeFileAtomic(path.join(buildDir, SLUG_BUILDPACK_DIR, TEST_SCRIPT), lines.join('\n'));
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
