import type { Logger } from '../log/logger.ts';

/** The exact next steps after a buildpack-only deploy; the log is the only place a user sees them. */
export function buildpackOnlyInstructions(log: Logger): void {
  log.step('Buildpack deployed, app not yet built');
  log.detail('Some layers (GHC, cabal or the dependencies) are not prebuilt, and a compile');
  log.detail('dyno does not build them. Build them once on a bigger one-off dyno:');
  log.detail('');
  log.detail('First, set up private storage, so the one-off dyno can hand the layers over:');
  log.detail('  $ heroku config:set HALCYON_AWS_ACCESS_KEY_ID=...');
  log.detail('  $ heroku config:set HALCYON_AWS_SECRET_ACCESS_KEY=...');
  log.detail('  $ heroku config:set HALCYON_S3_BUCKET=...');
  log.detail('Then build the app on a one-off dyno:');
  log.detail('  $ heroku run -s performance-l build');
  log.detail('Then deploy it again:');
  log.detail('  $ git commit --amend --no-edit');
  log.detail('  $ git push -f heroku main');
  log.detail('');
  log.detail('Or build everything during the push (only for small dependency trees):');
  log.detail('  $ heroku config:set HALCYON_NO_BUILD_DEPENDENCIES=0');
}
