import type { LayerRecord } from './build-record.ts';
import type { RunContext } from './context.ts';
import type { Layer } from './layer.ts';
import type { ResolvedLayer } from './resolve.ts';

// What a run has resolved so far, layer by layer, kept as it goes: a run that ends early (a
// deadline, a failure) still records in its build data the layers it got through.

interface Journal {
  app: string | undefined;
  readonly layers: Map<string, LayerRecord>;
}

const journals = new WeakMap<RunContext, Journal>();

function journalOf(ctx: RunContext): Journal {
  let journal = journals.get(ctx);
  if (!journal) journals.set(ctx, (journal = { app: undefined, layers: new Map() }));
  return journal;
}

export function journalApp(ctx: RunContext, label: string): void {
  journalOf(ctx).app = label;
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

export function journaled(ctx: RunContext): { app: string | undefined; layers: LayerRecord[] } {
  const journal = journalOf(ctx);
  return { app: journal.app, layers: [...journal.layers.values()] };
}
