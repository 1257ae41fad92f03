import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunOutcome } from '../layers/build-record.ts';
import { parseReleases, readAppReleases, releasesKey, type DeployedRelease } from '../layers/releases.ts';
import type { Store } from '../storage/store.ts';
import { writeFileAtomic } from '../util/fs.ts';

// What the compile cache remembers of this app's pushes: the build it last deployed (a push
// that cannot build the new source keeps that one running) and what the last push asked for
// (so a push of the same thing again can say that nothing changed).

const STATE_FILE = '.halcyon-deploys.json';

export interface LastPush {
  /** The install layer's input digest: the source, GHC, flags and OS packages pushed. */
  readonly installInputs: string;
  readonly source: string;
  readonly outcome: RunOutcome;
  readonly at: string;
}

export interface DeployState {
  readonly format: 1;
  /** The id the app's deploys are recorded under in the private bucket. */
  readonly app: string;
  readonly lastDeploy?: DeployedRelease;
  readonly lastPush?: LastPush;
}

export async function readDeployState(cachePath: string): Promise<DeployState | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path.join(cachePath, STATE_FILE), 'utf8')) as Partial<DeployState>;
    if (parsed.format !== 1 || typeof parsed.app !== 'string') return undefined;
    // The release is checked as the bucket's records are: a damaged one is no previous build.
    const lastDeploy = parsed.lastDeploy ? parseReleases(JSON.stringify({ format: 1, app: parsed.app, releases: [parsed.lastDeploy] }))?.releases[0] : undefined;
    return { format: 1, app: parsed.app, ...(lastDeploy ? { lastDeploy } : {}), ...(parsed.lastPush ? { lastPush: parsed.lastPush } : {}) };
  } catch {
    return undefined;
  }
}

/** A write that fails never fails the push: the next one only knows less. */
export async function writeDeployState(cachePath: string, state: DeployState): Promise<void> {
  await writeFileAtomic(path.join(cachePath, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`).catch(() => undefined);
}

/**
 * Heroku's app id where the platform tells it (dyno metadata), which outlives a purged cache;
 * else the id this cache made up the first time.
 */
export function appIdentity(state: DeployState | undefined, vars: Readonly<Record<string, string | undefined>>): string {
  const herokuId = vars.HEROKU_APP_ID?.trim();
  return herokuId && /^[A-Za-z0-9-]{1,64}$/.test(herokuId) ? herokuId : (state?.app ?? randomUUID());
}

/** With no state in the cache (purged), the bucket's record of the app, where its id is Heroku's own. */
export async function lastDeployInBucket(bucket: Store | undefined, app: string, vars: Readonly<Record<string, string | undefined>>): Promise<DeployedRelease | undefined> {
  if (!bucket || vars.HEROKU_APP_ID?.trim() !== app) return undefined;
  const record = await readAppReleases(bucket, releasesKey(app));
  return record === 'unreadable' ? undefined : record?.releases[0];
}
