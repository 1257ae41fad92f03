// The quick start's main job: the whole Heroku flow on the bundled example app
// (examples/hello-web), against a local S3 server, with the real shims:
//   1. git push heroku main           -> the buildpack alone is deployed, with the next steps
//   2. heroku run -s performance-l build -> every layer built and uploaded to the private bucket
//   3. git push heroku main (an empty commit) -> everything restored, nothing built: the app is deployed
//   4. the web dyno answers HTTP
//   5. a dependency added and pushed without a prebuild -> the previous build keeps running
//   6. heroku run -s performance-l build, then a push -> the new version is deployed
// Each step runs as Heroku runs it: a fresh dyno (its own /app, in a private mount namespace).
import path from 'node:path';
import { copyApp, editFile } from '../test/helpers/apps.ts';
import { EXAMPLE_APP, HerokuApp, freePort, localPackageRepo, runInDyno, type RunResult } from '../test/helpers/heroku.ts';
import { startS3Server } from '../test/helpers/s3-server.ts';

function show(title: string, result: RunResult): void {
  console.log(`\n\x1b[1m==> ${title}\x1b[0m (exit ${result.code})`);
  process.stdout.write(result.stdout);
  process.stdout.write(result.stderr);
}

if (process.getuid?.() !== 0) {
  console.error('The demo plays each dyno in its own mount namespace (unshare -m), which needs root: run it as root (sudo npm run demo).');
  process.exit(1);
}

const server = await startS3Server({ buckets: ['demo-bucket'] });
try {
  const repo = await localPackageRepo();
  const app = await HerokuApp.create({
    HALCYON_AWS_ACCESS_KEY_ID: server.readWrite.accessKeyId,
    HALCYON_AWS_SECRET_ACCESS_KEY: server.readWrite.secretAccessKey,
    HALCYON_S3_BUCKET: 'demo-bucket',
    HALCYON_S3_ENDPOINT: server.endpoint,
    // Offline: the Debian GHC and cabal, and the example's packages as a local repository.
    HALCYON_SYSTEM_TOOLCHAIN: '1',
    HALCYON_CABAL_REMOTE_REPO: repo.remoteRepo,
  });
  console.log(`Local S3 server: ${server.endpoint}, private bucket demo-bucket. App: ${EXAMPLE_APP}`);

  const first = await app.push(EXAMPLE_APP);
  show('git push heroku main (compile dyno, nothing prebuilt yet)', first.compile);
  const startedMs = Date.now();
  const build = await app.runOneOff(first.buildDir, 'build');
  const buildMs = Date.now() - startedMs;
  show('heroku run -s performance-l build', build);
  const second = await app.push(EXAMPLE_APP);
  show('git commit --allow-empty -m "Deploy the prebuilt build" && git push heroku main', second.compile);
  show('bin/release', second.release);

  const web = await curlWeb(second.buildDir);
  show('web dyno: curl', web);

  // A new dependency and a new greeting, pushed before anything is prebuilt for them.
  const changed = await copyApp(EXAMPLE_APP);
  await editFile(path.join(changed, 'hello-web.cabal'), (text) => text.replace('tiny-http ==0.1.*', 'tiny-http ==0.1.*,\n    greeting ==0.1.*'));
  await editFile(path.join(changed, 'app', 'Main.hs'), (text) => text.replace('Hello from Haskell on Heroku!', 'Hello from version 2!'));
  const kept = await app.push(changed);
  show('git push heroku main (a dependency added, not prebuilt)', kept.compile);
  const keptWeb = await curlWeb(kept.buildDir);
  show('web dyno of that release: curl', keptWeb);
  const rebuild = await app.runOneOff(kept.buildDir, 'build');
  show('heroku run -s performance-l build', rebuild);
  const third = await app.push(changed);
  show('git commit --allow-empty -m "Deploy the prebuilt build" && git push heroku main', third.compile);
  const newWeb = await curlWeb(third.buildDir);
  show('web dyno: curl', newWeb);

  const requests = await server.requests();
  console.log('\n\x1b[1m==> Summary\x1b[0m');
  console.log(`push 1 (buildpack only): ${(first.durationMs / 1000).toFixed(1)} s`);
  console.log(`one-off build:           ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`push 2 (from the bucket): ${(second.durationMs / 1000).toFixed(1)} s`);
  console.log(`S3 requests: ${requests.filter((r) => r.method === 'PUT').length} uploads, ${requests.filter((r) => r.method === 'GET' && r.key).length} downloads, ${requests.filter((r) => r.method === 'DELETE').length} deletions`);
  console.log(`push 3 (previous build kept): ${(kept.durationMs / 1000).toFixed(1)} s; push 4 (new version): ${(third.durationMs / 1000).toFixed(1)} s`);
  const deployed = first.compile.code === 0 && build.code === 0 && second.compile.code === 0 && web.code === 0 && /Hello from Haskell on Heroku!/.test(web.stdout);
  const noDowntime = kept.compile.code === 0 && /Hello from Haskell on Heroku!/.test(keptWeb.stdout) && rebuild.code === 0 && third.compile.code === 0 && /Hello from version 2!/.test(newWeb.stdout);
  const ok = deployed && noDowntime;
  console.log(ok ? 'Demo succeeded: the app was built once on a one-off dyno and deployed from the bucket; a dependency change kept it running until its build was deployed.' : 'Demo FAILED: see the output above.');
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.stop();
}

/** A web dyno of the slug: the app started on a free port, answered once with curl. */
async function curlWeb(slugDir: string): Promise<RunResult> {
  const port = await freePort();
  return runInDyno(slugDir, `PORT=${port} bin/hello-web & pid=$!; for i in $(seq 1 50); do if curl -fsS http://127.0.0.1:${port}/ 2>/dev/null; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`);
}
