import type { LayerRecord } from './build-record.ts';
import type { RunContext } from './context.ts';
import type { Layer, NamedInputs } from './layer.ts';
import type { ResolvedLayer } from './resolve.ts';

// What a run has resolved so far, layer by layer, kept as it goes: a run that ends early (a
// deadline, a failure) still records in its build data the layers it got through.

/** What a deploy of this run installs: known before any layer, so a run that ends early still tells. */
export interface InstallTarget {
  readonly installKey: string;
  readonly installInputs: string;
  /** What the digest is made of: a later run's rebuild reason compares with it. */
  readonly installNamedInputs: NamedInputs;
  readonly source: string;
}

interface Journal {
  app: string | undefined;
  target: InstallTarget | undefined;
  readonly layers: Map<string, LayerRecord>;
}

const journals = new WeakMap<RunContext, Journal>();

function journalOf(ctx: RunContext): Journal {
  let journal = journals.get(ctx);
  if (!journal) journals.set(ctx, (journal = { app: undefined, target: undefined, layers: new Map() }));
  return journal;
}

export function journalApp(ctx: RunContext, label: string): void {
  journalOf(ctx).app = label;
}

export function journalTarget(ctx: RunContext, target: InstallTarget): void {
  journalOf(ctx).target = target;
}

/** A layer's outcome; a later outcome of the same kind (a second pass) replaces the first. */
export function journalLayer(ctx: RunContext, layer: Layer, resolved: ResolvedLayer): void {
  journalOf(ctx).layers.set(layer.kind, {
    kind: layer.kind,
    title: layer.title,
    key: layer.key,
    origin: resolved.origin,
    sizeBytes: resolved.sizeBytes,
    durationMs: resolved.durationMs,
    inputs: layer.namedInputs,
    ...(resolved.rebuiltBecause ? { rebuiltBecause: resolved.rebuiltBecause } : {}),
  });
}

export function journaled(ctx: RunContext): { app: string | undefined; target: InstallTarget | undefined; layers: LayerRecord[] } {
  const journal = journalOf(ctx);
  return { app: journal.app, target: journal.target, layers: [...journal.layers.values()] };
}
