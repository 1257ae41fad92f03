// The build output of the main scenarios, asserted whole (normalised: test/helpers/snapshot.ts):
// a buildpack-only deploy, the one-off build, a push restoring from the bucket, an
// incremental push (the source changed), a rebuild with a reason (a dependency added), a
// push stopped at its deadline, and a push that cannot build keeping the previous build.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE_APP, HerokuApp, localPackageRepo, tempDir, type Push, type RunResult } from '../helpers/heroku.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';
import { assertSnapshot, stepLog } from '../helpers/snapshot.ts';

let server: S3Server;
let remoteRepo: string;

before(async () => {
  server = await startS3Server({ buckets: ['snapshot-bucket', 'deadline-bucket'] });
  remoteRepo = (await localPackageRepo()).remoteRepo;
});
after(() => server.stop());

function vars(extra: Record<string, string> = {}): Record<string, string> {
  return {
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: remoteRepo,
    HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
    HALCYON_S3_BUCKET: 'snapshot-bucket',
    HALCYON_S3_ENDPOINT: server.endpoint,
    // No progress line may depend on how fast this machine is today.
    HALCYON_PROGRESS_INTERVAL: '600',
    ...extra,
  };
}

/** The example app with a change: its Main.hs edited, or greeting added to its dependencies. */
async function changedApp(change: 'source' | 'dependency'): Promise<string> {
  const dir = path.join(await tempDir('snapshot-app'), 'hello-web');
  await cp(EXAMPLE_APP, dir, { recursive: true, filter: (src) => !src.includes('dist-newstyle') });
  if (change === 'source') {
    const main = path.join(dir, 'app', 'Main.hs');
    await writeFile(main, `${await readFile(main, 'utf8')}\n-- A change of source.\n`);
  } else {
    const cabalFile = path.join(dir, 'hello-web.cabal');
    await writeFile(cabalFile, (await readFile(cabalFile, 'utf8')).replace('tiny-http ==0.1.*', 'tiny-http ==0.1.*,\n    greeting ==0.1.*'));
  }
  return dir;
}

const compileLog = (push: Push): string => stepLog(push.compile);

describe('the build output of the main scenarios, whole', () => {
  const logs = new Map<string, string>();

  before(async () => {
    const app = await HerokuApp.create(vars());
    const first = await app.push(EXAMPLE_APP);
    logs.set('1-buildpack-only-deploy', compileLog(first));
    const build: RunResult = await app.runOneOff(first.buildDir, 'build');
    logs.set('2-one-off-build', stepLog(build));
    await app.emptyCache();
    logs.set('3-push-from-bucket', compileLog(await app.push(EXAMPLE_APP)));
    logs.set('4-incremental-push', compileLog(await app.push(await changedApp('source'), { SOURCE_VERSION: '4c0ffee4c0ffee' })));
    logs.set('7-previous-build-kept', compileLog(await app.push(await changedApp('dependency'))));
    await app.setConfig({ HALCYON_NO_BUILD_DEPENDENCIES: '0' });
    logs.set('5-rebuild-with-a-reason', compileLog(await app.push(await changedApp('dependency'))));
    // A bucket of its own: cleaning keeps the first app's archives, which would deploy this one at once.
    const hurried = await HerokuApp.create(vars({ HALCYON_NO_BUILD_DEPENDENCIES: '0', HALCYON_BUILD_DEADLINE: '5s', HALCYON_S3_BUCKET: 'deadline-bucket' }));
    logs.set('6-deadline-stop', compileLog(await hurried.push(EXAMPLE_APP)));
  });

  for (const name of ['1-buildpack-only-deploy', '2-one-off-build', '3-push-from-bucket', '4-incremental-push', '5-rebuild-with-a-reason', '6-deadline-stop', '7-previous-build-kept']) {
    test(name, () => assertSnapshot(name, logs.get(name) ?? ''));
  }
});
