import { PRIVATE_VARS, type StorageOptions } from '../config/options.ts';
import type { DeadlineReachedError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { StorageMode } from '../storage/tiers.ts';
import type { DeployedRelease } from '../layers/releases.ts';

/** What it takes to use the private bucket from here: the variables not set (all where none is), or turning it back on. */
export function privateStorageSetup(storage: StorageOptions): string[] {
  if (storage.privateStorageOff) return ['  $ heroku config:unset HALCYON_NO_PRIVATE_STORAGE'];
  const names = storage.incompletePrivate.length > 0 ? storage.incompletePrivate : PRIVATE_VARS;
  return names.map((name) => `  $ heroku config:set ${name}=...`);
}

/** `hello-web-0.1.0.0 from commit 1a2b3c4 (source 5d6e7f8a9b0c), deployed 2026-12-08 01:02 UTC`. */
export function describeRelease(release: DeployedRelease): string {
  const from = release.commit ? `commit ${release.commit.slice(0, 7)} (source ${release.source.slice(0, 12)})` : `source ${release.source.slice(0, 12)}`;
  return `${release.label} from ${from}, deployed ${release.deployedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/** A push whose release keeps the previous build running: how to get the new source built. */
export function previousBuildInstructions(log: Logger, release: DeployedRelease, mode: StorageMode, storage: StorageOptions, stopped: DeadlineReachedError | undefined): void {
  const from = release.commit ? `commit ${release.commit.slice(0, 7)}` : `source ${release.source.slice(0, 12)}`;
  log.step(`The previous build of the app, from ${from}, keeps running`);
  if (stopped) {
    log.detail(`The new source is not built yet: ${stopped.builtCount} of ${stopped.plannedCount} dependencies are built.`);
    deadlineSteps(log, stopped, mode);
    return;
  }
  log.detail('The new source is in the slug, not built yet: some layers (GHC, cabal or the');
  log.detail('dependencies) are not prebuilt, and a compile dyno does not build them.');
  log.detail('');
  buildSteps(log, mode, storage);
  deploySteps(log);
}

/** The exact next steps after a buildpack-only deploy; the log is the only place a user sees them. */
export function buildpackOnlyInstructions(log: Logger, mode: StorageMode, storage: StorageOptions): void {
  log.step('Buildpack deployed, app not yet built');
  log.detail('Some layers (GHC, cabal or the dependencies) are not prebuilt, and a compile');
  log.detail('dyno does not build them. Build them once on a bigger one-off dyno.');
  log.detail('');
  buildSteps(log, mode, storage);
  deploySteps(log);
  log.detail('');
  log.detail('Or build everything during the push (only for small dependency trees):');
  log.detail('  $ heroku config:set HALCYON_NO_BUILD_DEPENDENCIES=0');
}

/** Building the layers on a one-off dyno, from what this storage mode needs first. */
function buildSteps(log: Logger, mode: StorageMode, storage: StorageOptions): void {
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
}

/** The source is already pushed: an empty commit makes the next push, without touching the user's. */
export function deploySteps(log: Logger, lead = 'Then push again (an empty commit, since the source is already pushed):'): void {
  log.detail(lead);
  for (const line of pushAgain()) log.detail(line);
}

/** The two commands of a push of what is already pushed; `why` is the empty commit's message. */
export function pushAgain(why = 'Deploy the prebuilt build'): string[] {
  return [`  $ git commit --allow-empty -m "${why}"`, '  $ git push heroku main'];
}

/** After a push whose dependencies' build stopped before the deadline: push again, and it continues. */
export function deadlineInstructions(log: Logger, stop: DeadlineReachedError, mode: StorageMode): void {
  log.step(`Buildpack deployed, app not yet built: ${stop.builtCount} of ${stop.plannedCount} dependencies built`);
  deadlineSteps(log, stop, mode);
}

function deadlineSteps(log: Logger, stop: DeadlineReachedError, mode: StorageMode): void {
  if (stop.stalled) {
    log.detail(`No package finished before the deadline: ${stop.stalled}.`);
    log.detail('Another push would not get further. Build them on a bigger one-off dyno:');
    log.detail('  $ heroku run -s performance-l build');
    deploySteps(log);
    return;
  }
  if (stop.partialKey) {
    const where = mode === 'private-read-write' ? 'in the cache and the private bucket' : 'in the cache';
    log.detail(`The packages built are kept ${where}; the next push starts from them:`);
  } else {
    log.detail('Nothing could be built in the time there was. The next push tries again:');
  }
  for (const line of pushAgain('Continue the build')) log.detail(line);
  log.detail('');
  log.detail('Or build them all at once on a bigger one-off dyno:');
  log.detail('  $ heroku run -s performance-l build');
}
