// A RunContext for engine-level tests: real files, real child processes, output captured.
import path from 'node:path';
import { DEFAULT_RETENTION, type EngineOptions } from '../../src/config/options.ts';
import type { RunContext } from '../../src/layers/context.ts';
import { createRunContext } from '../../src/engine/create-context.ts';
import { Logger, memorySink } from '../../src/log/logger.ts';
import type { Store } from '../../src/storage/store.ts';
import { createExec } from '../../src/util/exec.ts';
import { DEFAULT_TRANSFER_POLICY } from '../../src/util/retry.ts';
import { tempDir } from './heroku.ts';

export interface TestRun {
  readonly ctx: RunContext;
  readonly out: string[];
  readonly err: string[];
}

export async function engineOptionsFor(overrides: Partial<EngineOptions> = {}): Promise<EngineOptions> {
  const root = await tempDir('engine');
  return {
    basePath: path.join(root, 'base'),
    prefixPath: path.join(root, 'prefix'),
    rootPath: '/',
    cachePath: path.join(root, 'cache'),
    systemToolchain: true,
    ghcVersion: undefined,
    ghcBindist: undefined,
    cabalVersion: undefined,
    remoteRepo: undefined,
    noBuild: false,
    noBuildDependencies: false,
    noCleanCache: false,
    extraConfigureFlags: [],
    extraSourceHashIgnore: [],
    extraDataFiles: [],
    extraOsPackages: [],
    keepDependencies: false,
    tests: false,
    transfer: DEFAULT_TRANSFER_POLICY,
    deadline: undefined,
    progressIntervalMs: 5000,
    storage: { privateBucket: undefined, incompletePrivate: [], privateStorageOff: false, noUpload: false, noCleanPrivate: false, retention: DEFAULT_RETENTION, publicUrl: undefined },
    ...overrides,
  };
}

export async function testRun(options: EngineOptions, extra: { now?: Date; remotes?: Store[] } = {}): Promise<TestRun> {
  const sink = memorySink();
  const log = new Logger(sink);
  const exec = createExec(log, { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: options.basePath, LANG: 'C.UTF-8' });
  const ctx = await createRunContext({ log, options, exec, ...extra });
  return { ctx, out: sink.out, err: sink.err };
}
