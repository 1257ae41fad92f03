import path from 'node:path';
import { readTextIfExists, writeFileAtomic } from '../util/fs.ts';
import { sha256Hex } from '../util/hash.ts';
import type { RunContext } from './context.ts';
import type { UnbuiltMessage } from '../errors.ts';

// One contract for every layer. A layer knows its archive key and the inputs its live
// directory must have been made from; the resolver (resolve.ts) does the rest the same way
// for all of them: live directory, then each storage tier, then a build.

import type { LayerKind } from './registry.ts';

export type { LayerKind };

/** Where a layer came from in this run. */
export type LayerOrigin = 'live' | 'system' | 'cache' | 'private' | 'public' | 'built';

/**
 * What a layer is made from, by name (`ghc`, `constraints`, `source`, …): its key and inputs
 * digest come from these, and the log says which of them changed when a layer is rebuilt.
 * A list (the constraints) is one entry a line.
 */
export type NamedInputs = Readonly<Record<string, string>>;

/** The digest of named inputs: equal digests, equal inputs. */
export function digestInputs(named: NamedInputs): string {
  return sha256Hex(Object.keys(named).sort().map((name) => `${name}=${named[name] ?? ''}`).join('\n'));
}

export interface LayerTag {
  readonly key: string;
  /** A digest of everything the directory was made from; equal inputs mean nothing to redo. */
  readonly inputs: string;
  /** The inputs by name, when the tag was written by a version that records them. */
  readonly named?: NamedInputs;
}

/** An archive worth restoring as a start: its key, and how much of the layer it holds (`61 of 73 packages`). */
export interface StartingPoint {
  readonly key: string;
  readonly holds?: { readonly done: number; readonly of: number; readonly unit: string };
  /** Made from the same inputs (under another name): nothing to build on top. */
  readonly sameInputs?: boolean;
}

export interface Sidecar {
  readonly key: string;
  readonly content: string;
}

export interface Layer {
  readonly kind: LayerKind;
  /** How the log names it: "GHC 9.0.2", "dependencies (3 packages)". */
  readonly title: string;
  readonly liveDir: string;
  /** The archive key; undefined when there is nothing to archive (the system toolchain). */
  readonly key: string | undefined;
  /** digestInputs(namedInputs). */
  readonly inputs: string;
  readonly namedInputs: NamedInputs;
  /** Forbidden to build under HALCYON_NO_BUILD_DEPENDENCIES. */
  readonly isDependency: boolean;
  /** What to call missing when it may not be built, if not "not prebuilt: <title>". */
  readonly unbuilt?: UnbuiltMessage;
  /**
   * `download`: made by fetching and unpacking, in seconds, not by compiling (the extra OS
   * packages); the log says so. Undefined for a build.
   */
  readonly madeBy?: 'download';
  /**
   * Keys of archives worth restoring as a start when `key` is nowhere, best first. With
   * `sameInputsOnly`, only those already made from the same inputs (under another name).
   */
  startingPoints?(ctx: RunContext, filter: { sameInputsOnly: boolean }): Promise<StartingPoint[]>;
  /** Makes liveDir match `inputs`, on top of what is there: nothing, or a starting point. */
  build(ctx: RunContext, start: LayerTag | undefined): Promise<void>;
  /** True for an archive key this layer makes out of date (an older install of the same app); cleaned from the private bucket. */
  supersedes?(key: string): boolean;
  /** Small files stored beside the archive in every tier (a dependency archive's .constraints). */
  sidecars?(): Sidecar[];
}

export const TAG_FILE = '.halcyon-tag';

/**
 * In a tag's named inputs only (never in the digest): `41/73`, the progress of a build stopped
 * at its deadline, which the next run reports when it continues from it.
 */
export const PARTIAL_INPUT = 'partial';

export async function readTag(dir: string): Promise<LayerTag | undefined> {
  const text = await readTextIfExists(path.join(dir, TAG_FILE));
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'key' in parsed && 'inputs' in parsed) {
      const { key, inputs } = parsed;
      const named = 'named' in parsed ? namedInputsOf(parsed.named) : undefined;
      if (typeof key === 'string' && typeof inputs === 'string') return { key, inputs, ...(named ? { named } : {}) };
    }
  } catch {
    // A damaged tag is the same as no tag: the directory is not trusted.
  }
  return undefined;
}

export async function writeTag(dir: string, tag: LayerTag): Promise<void> {
  await writeFileAtomic(path.join(dir, TAG_FILE), `${JSON.stringify(tag)}\n`);
}

function namedInputsOf(value: unknown): NamedInputs | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, v]) => typeof v === 'string') ? (Object.fromEntries(entries) as NamedInputs) : undefined;
}
