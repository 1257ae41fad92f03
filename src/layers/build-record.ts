import type { LayerKind, LayerOrigin, NamedInputs } from './layer.ts';
import type { Rates } from './rates.ts';

// The build data: what each run did, layer by layer, kept in the cache as this run's and the
// previous run's JSON (bin/report prints it), and read back so a rebuild can say what changed.

export interface LayerRecord {
  readonly kind: LayerKind;
  readonly title: string;
  readonly key: string | undefined;
  readonly origin: LayerOrigin;
  readonly sizeBytes: number;
  readonly durationMs: number;
  /** The named inputs its key was made from. */
  readonly inputs: NamedInputs;
  /** Why it was built although an earlier one existed (`GHC 9.8.4 → 9.10.3`). */
  readonly rebuiltBecause?: string;
}

export type RunOutcome = 'deployed' | 'buildpack-only' | 'previous-build-kept' | 'stopped-at-deadline' | 'built' | 'restored' | 'installed' | 'failed';

export interface RunRecord {
  readonly format: 1;
  readonly buildpackVersion: string;
  /** compile, test-compile, build, restore, or the halcyon command (halcyon install, …). */
  readonly command: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly stack: string | undefined;
  readonly platform: string;
  readonly app: string | undefined;
  readonly outcome: RunOutcome;
  /** The stable id and message of the error that ended the run. */
  readonly error?: { readonly id: string; readonly message: string };
  /** Why the cache was discarded at the start, if it was. */
  readonly cacheDiscarded?: string;
  readonly layers: readonly LayerRecord[];
  /** Archive and upload speeds measured (a deadline's margin is made of them). */
  readonly rates?: Partial<Rates>;
  /** A build stopped before its deadline: how far it got, and the archive the next run starts from. */
  readonly deadline?: { readonly builtPackages: number; readonly plannedPackages: number; readonly partialKey: string | undefined };
}
