import type { DeadlineReachedError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { StorageMode } from '../storage/tiers.ts';

export const PRIVATE_STORAGE_SETUP = [
  '  $ heroku config:set HALCYON_AWS_ACCESS_KEY_ID=...',
  '  $ heroku config:set HALCYON_AWS_SECRET_ACCESS_KEY=...',
  '  $ heroku config:set HALCYON_S3_BUCKET=...',
];

/** The exact next steps after a buildpack-only deploy; the log is the only place a user sees them. */
export function buildpackOnlyInstructions(log: Logger, mode: StorageMode): void {
  log.step('Buildpack deployed, app not yet built');
  log.detail('Some layers (GHC, cabal or the dependencies) are not prebuilt, and a compile');
  log.detail('dyno does not build them. Build them once on a bigger one-off dyno.');
  log.detail('');
  if (mode === 'none' || mode === 'public') {
    log.detail('First, set up private storage, so the one-off dyno can hand the layers over:');
    for (const line of PRIVATE_STORAGE_SETUP) log.detail(line);
  } else if (mode === 'private-read-only') {
    log.detail('First, allow uploads: the private bucket is used read-only (HALCYON_NO_UPLOAD,');
    log.detail('or a bucket policy refusing this key\'s writes). Use a key that may write:');
    log.detail('  $ heroku config:unset HALCYON_NO_UPLOAD');
  }
  log.detail('Build the app on a one-off dyno (it uploads every layer to the private bucket):');
  log.detail('  $ heroku run -s performance-l build');
  log.detail('Then deploy it again:');
  log.detail('  $ git commit --amend --no-edit');
  log.detail('  $ git push -f heroku main');
  log.detail('');
  log.detail('Or build everything during the push (only for small dependency trees):');
  log.detail('  $ heroku config:set HALCYON_NO_BUILD_DEPENDENCIES=0');
}

/** After a push whose dependencies' build stopped before the deadline: push again, and it continues. */
export function deadlineInstructions(log: Logger, stop: DeadlineReachedError, mode: StorageMode): void {
  log.step(`Buildpack deployed, app not yet built: ${stop.builtCount} of ${stop.plannedCount} dependencies built`);
  if (stop.stalled) {
    log.detail(`No package finished before the deadline: ${stop.stalled}.`);
    log.detail('Another push would not get further. Build them on a bigger one-off dyno:');
    log.detail('  $ heroku run -s performance-l build');
    log.detail('Then deploy it again:');
    log.detail('  $ git commit --amend --no-edit');
    log.detail('  $ git push -f heroku main');
    return;
  }
  if (stop.partialKey) {
    const where = mode === 'private-read-write' ? 'in the cache and the private bucket' : 'in the cache';
    log.detail(`The packages built are kept ${where}; the next push starts from them:`);
  } else {
    log.detail('Nothing could be built in the time there was. The next push tries again:');
  }
  log.detail('  $ git commit --amend --no-edit');
  log.detail('  $ git push -f heroku main');
  log.detail('');
  log.detail('Or build them all at once on a bigger one-off dyno:');
  log.detail('  $ heroku run -s performance-l build');
}
