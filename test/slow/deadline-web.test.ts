// The web corpus (warp + wai + aeson, 73 packages from Hackage) pushed under a 2-minute
// deadline, as a compile dyno with HALCYON_NO_BUILD_DEPENDENCIES=0 would build it: each push
// builds what it can, keeps it, and the last one deploys. Against one uninterrupted push of
// the same app, the figures go to the test's diagnostics.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { CORPUS_APPS, corpusRepo } from '../helpers/corpus.ts';
import { HerokuApp, type Push } from '../helpers/heroku.ts';

const SOURCE = path.join(CORPUS_APPS, 'web');
const MAX_PUSHES = 12;

interface TimedPush {
  readonly push: Push;
  readonly durationMs: number;
}

async function timedPush(app: HerokuApp): Promise<TimedPush> {
  const startedMs = Date.now();
  const push = await app.push(SOURCE);
  return { push, durationMs: Date.now() - startedMs };
}

/** `[k/N] unit (time)`: each unit a push built, and the seconds it took. */
function unitsBuilt(push: Push): { unit: string; seconds: number }[] {
  return [...push.compile.stdout.matchAll(/^ {7}\[\d+\/\d+\] (.+) \((?:(\d+) min )?([\d.]+) s\)$/gm)].map((m) => ({
    unit: m[1] ?? '',
    seconds: Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0),
  }));
}

const builtSoFar = (push: Push): number | undefined => {
  const match = /(\d+) of (\d+) packages are built/.exec(push.compile.stderr);
  return match ? Number(match[1]) : undefined;
};

describe('corpus web app under a 2-minute deadline, push after push', () => {
  let vars: Record<string, string>;
  const pushes: TimedPush[] = [];
  let uninterrupted: TimedPush;

  before(async () => {
    vars = { HALCYON_SYSTEM_TOOLCHAIN: '1', HALCYON_CABAL_REMOTE_REPO: (await corpusRepo()).remoteRepo, HALCYON_NO_BUILD_DEPENDENCIES: '0' };
    const limited = await HerokuApp.create({ ...vars, HALCYON_BUILD_DEADLINE: '2m' });
    for (let i = 0; i < MAX_PUSHES; i++) {
      const timed = await timedPush(limited);
      pushes.push(timed);
      if (timed.push.compile.code !== 0 || /App deployed/.test(timed.push.compile.stdout)) break;
    }
    uninterrupted = await timedPush(await HerokuApp.create(vars));
  });

  test('every push before the last makes progress and keeps it; the last deploys; no package is built twice', (t) => {
    const last = pushes.at(-1)?.push;
    assert.ok(last);
    assert.equal(last.compile.code, 0, last.compile.stderr);
    assert.match(last.compile.stdout, /App deployed: corpus-web-0\.1\.0\.0/, `deployed within ${MAX_PUSHES} pushes`);
    assert.ok(pushes.length >= 2, 'the deadline stopped at least one push');
    let before = 0;
    for (const [i, { push }] of pushes.slice(0, -1).entries()) {
      assert.equal(push.compile.code, 0, push.compile.stderr);
      assert.match(push.compile.stdout, /Buildpack deployed, app not yet built/);
      const built = builtSoFar(push);
      assert.ok(built !== undefined && built > before, `push ${i + 1} made progress: ${before} → ${built}`);
      before = built;
    }
    const all = pushes.flatMap(({ push }) => unitsBuilt(push).map((u) => u.unit));
    assert.equal(new Set(all).size, all.length, `each unit completed once: ${all.join(', ')}`);
    const expected = unitsBuilt(uninterrupted.push).map((u) => u.unit).sort();
    assert.deepEqual([...all].sort(), expected, 'together, the pushes built exactly what one push builds');

    const total = pushes.reduce((sum, p) => sum + p.durationMs, 0);
    const unitSeconds = (list: TimedPush[]): number => list.flatMap(({ push }) => unitsBuilt(push)).reduce((sum, u) => sum + u.seconds, 0);
    t.diagnostic(`pushes: ${pushes.length}, ${pushes.map((p) => `${(p.durationMs / 1000).toFixed(0)} s`).join(' + ')} = ${(total / 1000).toFixed(0)} s`);
    t.diagnostic(`one uninterrupted push: ${(uninterrupted.durationMs / 1000).toFixed(0)} s; ratio ${(total / uninterrupted.durationMs).toFixed(2)}`);
    t.diagnostic(`units' own build time: ${unitSeconds(pushes).toFixed(0)} s across the pushes, ${unitSeconds([uninterrupted]).toFixed(0)} s in one`);
  });
});
