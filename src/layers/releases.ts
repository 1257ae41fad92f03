import { text } from 'node:stream/consumers';
import { rm } from 'node:fs/promises';
import type { Retention } from '../config/options.ts';
import { errorMessage } from '../errors.ts';
import type { Store, StoredObject } from '../storage/store.ts';
import { writeFileAtomic } from '../util/fs.ts';
import { sha256Hex } from '../util/hash.ts';
import type { RunContext } from './context.ts';

// Each app's latest deploys, recorded in the private bucket beside the archives, so that the
// cleaning done by any app sharing the bucket (a staging app's one-off build, say) never
// removes an archive a running or recent release of another app needs.

export const RELEASES_PREFIX = 'halcyon-releases/';

/** One deploy: the install archive it ran, and every archive that install was made from. */
export interface DeployedRelease {
  readonly label: string;
  readonly installKey: string;
  /** The install layer's input digest: a restored archive is this release only if its tag says so. */
  readonly installInputs: string;
  /** What the digest is made of, for the rebuild reasons of the pushes after one that kept this release. */
  readonly installNamedInputs?: Readonly<Record<string, string>>;
  /** The source hash the install was built from. */
  readonly source: string;
  /** The commit pushed (Heroku's SOURCE_VERSION), when known. */
  readonly commit?: string;
  readonly deployedAt: string;
  readonly executables: readonly string[];
  /** The install archive and the archives (and sidecars) it was built from. */
  readonly keys: readonly string[];
}

/** An app's deploys, newest first. */
export interface AppReleases {
  readonly format: 1;
  readonly app: string;
  readonly releases: readonly DeployedRelease[];
}

export function releasesKey(app: string): string {
  return `${RELEASES_PREFIX}${app.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}

/** The record with `release` first (a redeploy of the same install moves it up), at most `keep` of them. */
export function withRelease(record: AppReleases | undefined, app: string, release: DeployedRelease, keep: number): AppReleases {
  const others = (record?.releases ?? []).filter((r) => r.installKey !== release.installKey);
  return { format: 1, app, releases: [release, ...others].slice(0, keep) };
}

export function parseReleases(content: string): AppReleases | undefined {
  try {
    const parsed = JSON.parse(content) as Partial<AppReleases>;
    if (parsed.format !== 1 || typeof parsed.app !== 'string' || !Array.isArray(parsed.releases)) return undefined;
    return parsed.releases.every(isRelease) ? (parsed as AppReleases) : undefined;
  } catch {
    return undefined;
  }
}

function isRelease(value: unknown): value is DeployedRelease {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const strings = ['label', 'installKey', 'installInputs', 'source', 'deployedAt'].every((name) => typeof r[name] === 'string');
  const lists = [r.keys, r.executables].every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'));
  const named = r.installNamedInputs === undefined || (typeof r.installNamedInputs === 'object' && r.installNamedInputs !== null && Object.values(r.installNamedInputs).every((v) => typeof v === 'string'));
  return strings && lists && named && (r.commit === undefined || typeof r.commit === 'string');
}

/** undefined: not there; 'unreadable': there, but not read or not understood (cleaning must then keep everything). */
export async function readAppReleases(store: Store, key: string): Promise<AppReleases | 'unreadable' | undefined> {
  const opened = await store.open(key);
  if (!opened) return undefined;
  try {
    return parseReleases(await text(opened.body)) ?? 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/**
 * Adds this deploy to the app's record in the private bucket (read-write mode only). A record
 * that cannot be written is a warning: the grace period still protects what was just used.
 */
export async function recordDeployInBucket(ctx: RunContext, app: string, release: DeployedRelease): Promise<void> {
  const bucket = ctx.storage.writable();
  if (!bucket) return;
  const key = releasesKey(app);
  const existing = await readAppReleases(bucket, key);
  const record = withRelease(existing === 'unreadable' ? undefined : existing, app, release, ctx.options.storage.retention.keepReleases);
  const content = `${JSON.stringify(record, null, 2)}\n`;
  const file = ctx.cache.pathOf(key);
  try {
    await writeFileAtomic(file, content);
    if (await bucket.save(key, file, { sha256: sha256Hex(Buffer.from(content)), sizeBytes: Buffer.byteLength(content) })) {
      ctx.log.detail(`recorded this deploy in ${bucket.title}: ${key} (${record.releases.length} of at most ${ctx.options.storage.retention.keepReleases} releases kept by cleaning)`);
    }
  } catch (error) {
    ctx.log.warn(`Could not record this deploy in ${bucket.title}: ${errorMessage(error)}`, 'Cleaning by other apps sharing the bucket still spares its archives for HALCYON_CLEAN_GRACE_PERIOD.');
  } finally {
    await rm(file, { force: true });
  }
}

/** Why an out-of-date archive stays, or undefined when cleaning may remove it. */
export type KeptBecause = 'recent release' | 'grace period';

export function keptBecause(object: StoredObject, protectedKeys: ReadonlySet<string>, now: Date, retention: Retention): KeptBecause | undefined {
  if (protectedKeys.has(object.key)) return 'recent release';
  // An age the tier does not tell is not old.
  if (!object.lastModified || now.getTime() - object.lastModified.getTime() < retention.gracePeriodMs) return 'grace period';
  return undefined;
}

/** Every key the latest `keep` releases of every app in the bucket need; undefined when a record could not be read. */
export async function protectedKeys(store: Store, keep: number): Promise<ReadonlySet<string> | undefined> {
  const keys = new Set<string>();
  for (const object of await store.list(RELEASES_PREFIX)) {
    if (!object.key.endsWith('.json')) continue;
    const record = await readAppReleases(store, object.key);
    // Listed but not read: what it protects is unknown, so nothing may go.
    if (record === 'unreadable' || record === undefined) return undefined;
    for (const release of record.releases.slice(0, keep)) for (const key of release.keys) keys.add(key);
  }
  return keys;
}

/** `7 days`, `12 hours`: a grace period as it was likely set. */
export function describePeriod(periodMs: number): string {
  for (const [unitMs, unit] of [[86_400_000, 'day'], [3_600_000, 'hour'], [60_000, 'minute']] as const) {
    if (periodMs >= unitMs && periodMs % unitMs === 0) return `${periodMs / unitMs} ${unit}${periodMs === unitMs ? '' : 's'}`;
  }
  return `${Math.round(periodMs / 1000)} s`;
}
