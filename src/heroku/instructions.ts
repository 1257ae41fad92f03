import { PRIVATE_VARS, type StorageOptions } from '../config/options.ts';
import type { DeadlineReachedError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { StorageMode } from '../storage/tiers.ts';

/** What it takes to use the private bucket from here: the variables not set (all where none is), or turning it back on. */
export function privateStorageSetup(storage: StorageOptions): string[] {
  if (storage.privateStorageOff) return ['  $ heroku config:unset HALCYON_NO_PRIVATE_STORAGE'];
  const names = storage.incompletePrivate.length > 0 ? storage.incompletePrivate : PRIVATE_VARS;
  return names.map((name) => `  $ heroku config:set ${name}=...`);
}

/**
 * Said where the cache's marker shows a push deployed the app since the last release that did
 * not run it: this release, with no build of the app, replaces a running one.
 */
export function replacesRunningAppWarning(log: Logger): void {
  log.warn(
    'This release does not run the app (it holds no build of it): it replaces the app the previous push deployed, which stops once this release is out',
    [
      'Either build now (the steps below) and push again, the app down meanwhile;',
      'or bring the previous release back (heroku rollback) and build on a second app that shares the',
      'private bucket: git push staging main, heroku run -s performance-l build -a STAGING-APP, then push',
      'here again, which restores every layer from the bucket (README: "Changing dependencies without downtime").',
    ].join('\n'),
  );
}

/** The exact next steps after a buildpack-only deploy; the log is the only place a user sees them. */
export function buildpackOnlyInstructions(log: Logger, mode: StorageMode, storage: StorageOptions): void {
  log.step('Buildpack deployed, app not yet built');
  log.detail('Some layers (GHC, cabal or the dependencies) are not prebuilt, and a compile');
  log.detail('dyno does not build them. Build them once on a bigger one-off dyno.');
  log.detail('');
  if (mode === 'none' || mode === 'public') {
    log.detail('First, set up private storage, so the one-off dyno can hand the layers over:');
    for (const line of privateStorageSetup(storage)) log.detail(line);
  } else if (mode === 'private-read-only') {
    log.detail('The private bucket is used read-only here (HALCYON_NO_UPLOAD, or a key the bucket');
    log.detail('refuses writes). Build on a one-off dyno with a key that may write (it uploads every');
    log.detail('layer to the private bucket):');
    log.detail('  $ heroku run -s performance-l -e "HALCYON_NO_UPLOAD=0;HALCYON_AWS_ACCESS_KEY_ID=...;HALCYON_AWS_SECRET_ACCESS_KEY=..." build');
  }
  if (mode !== 'private-read-only') {
    log.detail('Build the app on a one-off dyno (it uploads every layer to the private bucket):');
    log.detail('  $ heroku run -s performance-l build');
  }
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
