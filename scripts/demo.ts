// The quick start's main job: the whole Heroku flow on the bundled example app
// (examples/hello-web), against a local S3 server, with the real shims:
//   1. git push heroku main           -> the buildpack alone is deployed, with the next steps
//   2. heroku run -s performance-l build -> every layer built and uploaded to the private bucket
//   3. git push heroku main (an empty commit) -> everything restored, nothing built: the app is deployed
//   4. the web dyno answers HTTP
// Each step runs as Heroku runs it: a fresh dyno (its own /app, in a private mount namespace).
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

  const port = await freePort();
  const web = await runInDyno(
    second.buildDir,
    `PORT=${port} bin/hello-web & pid=$!; for i in $(seq 1 50); do if curl -fsS http://127.0.0.1:${port}/ 2>/dev/null; then kill $pid; exit 0; fi; sleep 0.1; done; kill $pid; exit 1`,
  );
  show(`web dyno: curl http://127.0.0.1:${port}/`, web);

  const requests = await server.requests();
  console.log('\n\x1b[1m==> Summary\x1b[0m');
  console.log(`push 1 (buildpack only): ${(first.durationMs / 1000).toFixed(1)} s`);
  console.log(`one-off build:           ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`push 2 (from the bucket): ${(second.durationMs / 1000).toFixed(1)} s`);
  console.log(`S3 requests: ${requests.filter((r) => r.method === 'PUT').length} uploads, ${requests.filter((r) => r.method === 'GET' && r.key).length} downloads, ${requests.filter((r) => r.method === 'DELETE').length} deletions`);
  const ok = first.compile.code === 0 && build.code === 0 && second.compile.code === 0 && web.code === 0 && /Hello from Haskell on Heroku!/.test(web.stdout);
  console.log(ok ? 'Demo succeeded: the app was built once on a one-off dyno and deployed from the bucket.' : 'Demo FAILED: see the output above.');
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.stop();
}
