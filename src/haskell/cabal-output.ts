import type { Logger } from '../log/logger.ts';
import { formatDuration } from '../util/format.ts';

// cabal's output while it builds dependencies: several lines a package (Starting, Building,
// Installing, Completed; with one job, the packages' own Setup and GHC output too), about 400
// lines for a web app's tree. The build log gets one line a package instead, with its time;
// the full output goes to a file, shown whole if the build fails.

const PLANNED = /^\s*-\s+(\S+)\s+(?:\((.+?)\)\s+)?\((?:requires build|requires download & build|requires download)\)/;
const EVENT = /^(Starting|Building|Installing|Completed)\s+(\S+)(?:\s+\((.+)\))?\s*$/;
/** What is worth the build log as it happens: cabal's own errors and warnings about the plan. */
const SHOWN = /^(Error:|cabal: |Failed to build|Warning: (?!\[)|Cannot build|Could not resolve)/;

export type PackagePhase = 'started' | 'installing';

export class CabalProgress {
  private planned = 0;
  private completed = 0;
  private readonly startedMs = new Map<string, number>();
  private readonly phase = new Map<string, PackagePhase>();

  constructor(
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** A line of cabal's output: tracked, and printed condensed. */
  line(text: string): void {
    if (PLANNED.test(text)) {
      this.planned += 1;
      return;
    }
    const event = EVENT.exec(text);
    if (event) return this.event(event[1] ?? '', unitName(event[2] ?? '', event[3]));
    if (SHOWN.test(text)) this.log.detail(text);
  }

  /** Packages between "Installing" and "Completed": writing into the store right now. */
  get installing(): number {
    return [...this.phase.values()].filter((p) => p === 'installing').length;
  }

  /** Units started and not completed, with how long they have been building. */
  inFlight(): { unit: string; elapsedMs: number }[] {
    return [...this.phase.keys()].map((unit) => ({ unit, elapsedMs: this.now() - (this.startedMs.get(unit) ?? this.now()) }));
  }

  get completedCount(): number {
    return this.completed;
  }

  get plannedCount(): number {
    return this.planned;
  }

  private event(kind: string, unit: string): void {
    if (kind === 'Starting') {
      if (this.completed === 0 && this.startedMs.size === 0 && this.planned > 0) this.log.detail(`cabal builds ${this.planned} ${this.planned === 1 ? 'unit' : 'units'} (a package's library, an executable, …), one line each as it completes:`);
      this.startedMs.set(unit, this.now());
      this.phase.set(unit, 'started');
    } else if (kind === 'Installing') {
      this.phase.set(unit, 'installing');
    } else if (kind === 'Completed') {
      this.phase.delete(unit);
      this.completed += 1;
      const started = this.startedMs.get(unit);
      const count = this.planned > 0 ? `[${this.completed}/${this.planned}] ` : '';
      this.log.detail(`${count}${unit}${started === undefined ? '' : ` (${formatDuration(this.now() - started)})`}`);
    }
  }
}

/** `aeson-2.0.3.0` with its component when it is not the library: `hspec-discover-2.9.7 (exe:hspec-discover)`. */
function unitName(packageId: string, component: string | undefined): string {
  return component && component !== 'lib' ? `${packageId} (${component})` : packageId;
}
