// The private bucket's cleaning policy, as decision logic: two apps sharing one bucket for a
// week, a production app deploying now and then and a staging app building and deploying
// every day. The real cleaning (transfer.ts) asks the same questions of a real bucket; the
// e2e test (test/e2e/shared-bucket.test.ts) plays it through the shims.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import type { Retention } from '../../src/config/options.ts';
import { keptBecause, parseReleases, protectedKeys, releasesKey, withRelease, type AppReleases, type DeployedRelease } from '../../src/layers/releases.ts';
import type { Store, StoredObject } from '../../src/storage/store.ts';

const DAY_MS = 86_400_000;
const FOLDER = 'linux-debian-12-x86_64/ghc-9.0.2/';

/** A bucket in memory: objects with their upload time, records as JSON. */
class MemoryBucket implements Store {
  readonly tier = 'private' as const;
  readonly title = 'memory bucket';
  readonly objects = new Map<string, { content: string; lastModified: Date }>();

  put(key: string, at: Date, content = ''): void {
    this.objects.set(key, { content, lastModified: at });
  }

  open(key: string): ReturnType<Store['open']> {
    const object = this.objects.get(key);
    return Promise.resolve(object ? { body: Readable.from([Buffer.from(object.content)]), sizeBytes: object.content.length, sha256: undefined } : undefined);
  }

  save(): Promise<boolean> {
    return Promise.reject(new Error('not used: the simulation puts objects directly'));
  }

  list(prefix: string): Promise<StoredObject[]> {
    return Promise.resolve([...this.objects].filter(([key]) => key.startsWith(prefix)).map(([key, o]) => ({ key, sizeBytes: o.content.length, lastModified: o.lastModified })));
  }

  remove(key: string): Promise<void> {
    this.objects.delete(key);
    return Promise.resolve();
  }
}

const install = (version: string): string => `${FOLDER}halcyon-install-${version.padEnd(12, '0')}-web-0.1.0.0.tar.zst`;
const deps = (plan: string): string => `${FOLDER}halcyon-deps-${plan.padEnd(12, '0')}-web-0.1.0.0.tar.zst`;
const isInstall = (key: string): boolean => /halcyon-install-[0-9a-f]{12}-web-0\.1\.0\.0\.tar\.zst$/.test(key);
const isDeps = (key: string): boolean => /halcyon-deps-[0-9a-f]{12}-web-0\.1\.0\.0\.(tar\.zst|constraints)$/.test(key);

/** Versions 1, 2, … (hex, as keys are) share dependency plans: the plan changes with version 4. */
const planOf = (version: string): string => (version < '4' ? 'd1' : 'd2');

interface Simulation {
  readonly bucket: MemoryBucket;
  readonly log: string[];
  readonly removed: string[];
}

/** Uploads a version's archives as a build does, then cleans their out-of-date siblings as transfer.ts does. */
async function build(sim: Simulation, version: string, at: Date, retention: Retention): Promise<void> {
  const made = [deps(planOf(version)), install(version)];
  for (const key of made) {
    if (sim.bucket.objects.has(key)) continue;
    sim.bucket.put(key, at);
    const supersedes = isInstall(key) ? isInstall : isDeps;
    const spared = await protectedKeys(sim.bucket, retention.keepReleases);
    assert.ok(spared, 'every record is readable');
    for (const object of await sim.bucket.list(FOLDER)) {
      if (object.key === key || !supersedes(object.key)) continue;
      const because = keptBecause(object, spared, at, retention);
      if (because) continue;
      await sim.bucket.remove(object.key);
      sim.removed.push(object.key);
    }
  }
}

function deploy(sim: Simulation, app: string, version: string, at: Date, retention: Retention): void {
  const key = releasesKey(app);
  const existing = sim.bucket.objects.get(key);
  const record = existing ? parseReleases(existing.content) : undefined;
  const release: DeployedRelease = {
    label: 'web-0.1.0.0',
    installKey: install(version),
    installInputs: version,
    source: version,
    deployedAt: at.toISOString(),
    executables: ['web'],
    keys: [install(version), deps(planOf(version))],
  };
  const next: AppReleases = withRelease(record, app, release, retention.keepReleases);
  sim.bucket.put(key, at, JSON.stringify(next));
  sim.log.push(`${at.toISOString().slice(0, 10)} ${app} deploys ${version}`);
}

/** Production deploys 1 on day 1 and 4 on day 4; staging builds and deploys a new version every day. */
async function week(retention: Retention): Promise<Simulation & { holding: (at: Date) => string[] }> {
  const sim: Simulation = { bucket: new MemoryBucket(), log: [], removed: [] };
  const start = Date.parse('2026-12-01T09:00:00Z');
  const versions = '1234567';
  for (let day = 0; day < 7; day += 1) {
    const version = versions[day] ?? '7';
    const morning = new Date(start + day * DAY_MS);
    // Staging first: a one-off build of the new version, then its deploy.
    await build(sim, version, morning, retention);
    deploy(sim, 'staging', version, morning, retention);
    if (day === 0 || day === 3) deploy(sim, 'production', version, new Date(morning.getTime() + 3_600_000), retention);
  }
  return { ...sim, holding: () => [...sim.bucket.objects.keys()].filter((k) => !k.startsWith('halcyon-releases/')).sort() };
}

describe('cleaning a bucket two apps share, over a week of pushes', () => {
  test('with a one-day grace period: production\'s running release and staging\'s latest three keep their archives; the rest goes', async (t) => {
    const sim = await week({ keepReleases: 3, gracePeriodMs: DAY_MS });
    const held = sim.holding(new Date());
    t.diagnostic(`held after a week: ${held.map((k) => k.slice(FOLDER.length)).join(', ')}`);
    t.diagnostic(`removed: ${sim.removed.map((k) => k.slice(FOLDER.length)).join(', ')}`);
    // Production runs 4 (deployed day 4); 1 before it (its rollback target); staging's latest: 5, 6, 7.
    for (const version of ['1', '4', '5', '6', '7']) assert.ok(held.includes(install(version)), `install ${version} is kept`);
    for (const version of ['2', '3']) assert.ok(!held.includes(install(version)), `install ${version} is removed`);
    // Both plans stay: d1 is production's rollback (1), d2 is what 4…7 run on.
    assert.ok(held.includes(deps('d1')) && held.includes(deps('d2')));
  });

  test('with the default seven days, nothing uploaded this week is removed', async () => {
    const sim = await week({ keepReleases: 3, gracePeriodMs: 7 * DAY_MS });
    assert.deepEqual(sim.removed, []);
    assert.equal(sim.holding(new Date()).length, 7 + 2);
  });

  test('keeping one release per app, production\'s running install survives six staging builds after it', async () => {
    const sim = await week({ keepReleases: 1, gracePeriodMs: DAY_MS });
    const held = sim.holding(new Date());
    assert.ok(held.includes(install('4')), 'production runs 4');
    assert.ok(!held.includes(install('1')), 'production\'s earlier release is not protected with HALCYON_KEEP_RELEASES=1');
    assert.ok(held.includes(install('7')));
  });

  test('an archive of no release is spared while it is younger than the grace period, and an unknown age counts as young', () => {
    const now = new Date('2026-12-08T00:00:00Z');
    const retention = { keepReleases: 3, gracePeriodMs: DAY_MS };
    const none = new Set<string>();
    assert.equal(keptBecause({ key: 'x', sizeBytes: 1, lastModified: new Date(now.getTime() - DAY_MS + 1000) }, none, now, retention), 'grace period');
    assert.equal(keptBecause({ key: 'x', sizeBytes: 1, lastModified: new Date(now.getTime() - DAY_MS - 1000) }, none, now, retention), undefined);
    assert.equal(keptBecause({ key: 'x', sizeBytes: 1 }, none, now, retention), 'grace period');
    assert.equal(keptBecause({ key: 'x', sizeBytes: 1, lastModified: new Date(0) }, new Set(['x']), now, retention), 'recent release');
  });

  test('a release record that cannot be read stops cleaning altogether', async () => {
    const bucket = new MemoryBucket();
    bucket.put(releasesKey('production'), new Date(), '{"format": 1, "app": "production", "releases": [{"label": 3}]}');
    assert.equal(await protectedKeys(bucket, 3), undefined);
  });

  test('a redeploy of the same install moves it up instead of taking a second place', () => {
    const release = (version: string): DeployedRelease => ({ label: 'web', installKey: install(version), installInputs: version, source: version, deployedAt: '2026-12-01T00:00:00Z', executables: ['web'], keys: [install(version)] });
    let record = withRelease(undefined, 'p', release('1'), 3);
    record = withRelease(record, 'p', release('2'), 3);
    record = withRelease(record, 'p', release('1'), 3);
    assert.deepEqual(record.releases.map((r) => r.source), ['1', '2']);
  });
});
