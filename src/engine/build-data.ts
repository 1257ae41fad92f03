import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { DeadlineReachedError, unexpectedError, type HalcyonError } from '../errors.ts';
import type { RunOutcome, RunRecord } from '../layers/build-record.ts';
import type { RunContext } from '../layers/context.ts';
import { journaled } from '../layers/journal.ts';
import { measuredRates } from '../layers/rates.ts';
import { writeFileAtomic } from '../util/fs.ts';
import { VERSION } from '../version.ts';

// The build data in the cache: this run's and the previous run's record as JSON, and this
// run's as YAML for bin/report (Heroku's build-report hook), which needs no Node to print it.

export const BUILD_DATA_FILE = '.halcyon-build-data.json';
export const PREVIOUS_BUILD_DATA_FILE = '.halcyon-build-data.previous.json';
export const BUILD_REPORT_FILE = '.halcyon-build-report.yml';

export async function readBuildData(cachePath: string): Promise<RunRecord | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path.join(cachePath, BUILD_DATA_FILE), 'utf8')) as Partial<RunRecord>;
    return parsed.format === 1 && Array.isArray(parsed.layers) ? (parsed as RunRecord) : undefined;
  } catch {
    return undefined;
  }
}

export interface RunSummary {
  readonly command: string;
  readonly startedMs: number;
  readonly stack: string | undefined;
  readonly outcome: RunOutcome;
  readonly error?: HalcyonError | undefined;
  readonly cacheDiscarded?: string | undefined;
}

/** This run's record: each layer it resolved, in the order it did, as far as it got. */
export function runRecord(ctx: RunContext | undefined, platform: string, summary: RunSummary): RunRecord {
  const { app, layers } = ctx ? journaled(ctx) : { app: undefined, layers: [] };
  const rates = ctx ? measuredRates(ctx) : undefined;
  return {
    format: 1,
    buildpackVersion: VERSION,
    command: summary.command,
    startedAt: new Date(summary.startedMs).toISOString(),
    durationMs: Date.now() - summary.startedMs,
    stack: summary.stack,
    platform,
    app,
    outcome: summary.outcome,
    ...(summary.error ? { error: { id: summary.error.id, message: summary.error.message } } : {}),
    ...(summary.cacheDiscarded ? { cacheDiscarded: summary.cacheDiscarded } : {}),
    layers,
    ...(rates && Object.keys(rates).length > 0 ? { rates } : {}),
    ...(summary.error instanceof DeadlineReachedError
      ? { deadline: { builtPackages: summary.error.builtCount, plannedPackages: summary.error.plannedCount, partialKey: summary.error.partialKey } }
      : {}),
  };
}

/** The error a run ended with, as the build data records it: ours with its id, anything else as unexpected. */
export function endingError(error: unknown): HalcyonError {
  return unexpectedError(error);
}

/** The previous record moves aside; this one takes its place, with its YAML. A write that fails never fails the run. */
export async function writeBuildData(cachePath: string, record: RunRecord): Promise<void> {
  try {
    await rename(path.join(cachePath, BUILD_DATA_FILE), path.join(cachePath, PREVIOUS_BUILD_DATA_FILE)).catch(() => undefined);
    await writeFileAtomic(path.join(cachePath, BUILD_DATA_FILE), `${JSON.stringify(record, null, 2)}\n`);
    await writeFileAtomic(path.join(cachePath, BUILD_REPORT_FILE), renderYaml(record));
  } catch {
    // The build data is for reports; the run's own outcome stands.
  }
}

/** Flat YAML, as Heroku's build-report hook expects: `halcyon.<name>: value`, one a line. */
export function renderYaml(record: RunRecord): string {
  const lines: string[] = ['---'];
  const put = (name: string, value: string | number | undefined): void => {
    if (value !== undefined) lines.push(`halcyon.${name}: ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`);
  };
  put('buildpack_version', record.buildpackVersion);
  put('command', record.command);
  put('started_at', record.startedAt);
  put('duration_ms', record.durationMs);
  put('stack', record.stack);
  put('platform', record.platform);
  put('app', record.app);
  put('outcome', record.outcome);
  put('failure_id', record.error?.id);
  put('failure_reason', record.error?.message);
  put('cache_discarded', record.cacheDiscarded);
  put('deadline.built_packages', record.deadline?.builtPackages);
  put('deadline.planned_packages', record.deadline?.plannedPackages);
  put('deadline.partial_key', record.deadline?.partialKey);
  for (const layer of record.layers) {
    const prefix = `layers.${layer.kind}`;
    put(`${prefix}.key`, layer.key);
    put(`${prefix}.origin`, layer.origin);
    put(`${prefix}.size_bytes`, layer.sizeBytes);
    put(`${prefix}.duration_ms`, layer.durationMs);
    put(`${prefix}.rebuilt_because`, layer.rebuiltBecause);
    for (const [name, value] of Object.entries(layer.inputs)) {
      put(`${prefix}.inputs.${name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`, value.includes('\n') ? `${value.split('\n').length} entries` : value);
    }
  }
  return `${lines.join('\n')}\n`;
}
