import { ArchiveError, packDirectory, restoreDirectory, type ArchiveFailure } from '../archive/index.ts';
import { HalcyonError } from '../errors.ts';
import { newDirectoryDestination, newFileDestination, readableArchive } from './archive-paths.ts';
import type { Logger } from '../log/logger.ts';
import { formatBytes, formatDuration } from '../util/format.ts';

const USAGE = 'halcyon archive pack DIR FILE | extract FILE DIR | get KEY FILE | put FILE KEY [--sha256 HEX] | restore KEY DIR';

/**
 * `halcyon archive …`: the layer archive and transfer paths alone, as whole processes (for
 * `npm run bench` and for looking into a layer by hand). The bucket commands use the private
 * bucket configured in the environment (HALCYON_AWS_*, HALCYON_S3_*). Loads no more than a
 * path needs: pack and extract load the archive code alone (Node's start-up is a large share
 * of a small layer's restore), and the AWS SDK loads only where a request needs it (an upload;
 * a download where curl cannot run or was refused).
 */
export async function archiveCommand(args: readonly string[], env: Readonly<Record<string, string>>, log: Logger): Promise<number> {
  try {
    return await runVerb(args, env, log);
  } catch (error) {
    throw withCommandRemedy(error);
  }
}

/**
 * An archive error's remedy speaks of the build cache (a bad entry there is rebuilt); here
 * the archive is the user's file or object, so the fix is to make it again.
 */
const REMADE_REMEDY = 'The archive is damaged, or was not made by `halcyon archive pack`: pack it again, or put it again from a sound copy.';
const COMMAND_REMEDIES: Partial<Record<ArchiveFailure, string>> = {
  corrupt: REMADE_REMEDY,
  'unsafe-entry': REMADE_REMEDY,
  'checksum-mismatch': REMADE_REMEDY,
  input: REMADE_REMEDY,
  oversized: REMADE_REMEDY,
  'no-space': 'Free space on the file system named above (df -h shows its bytes free, df -i its inodes), or give a path with room.',
};

function withCommandRemedy(error: unknown): unknown {
  const remedy = error instanceof ArchiveError ? COMMAND_REMEDIES[error.reason] : undefined;
  return error instanceof ArchiveError && remedy ? new HalcyonError(error.id, error.message, { remedy, cause: error }) : error;
}

async function runVerb(args: readonly string[], env: Readonly<Record<string, string>>, log: Logger): Promise<number> {
  const [verb, first, second, ...rest] = args;
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    log.detail(`usage: ${USAGE}`);
    return 0;
  }
  if (!first || !second) throw new HalcyonError('config/archive-usage', `usage: ${USAGE}`);
  const sha256 = knownSha256(verb, rest);
  const startedMs = Date.now();
  let sizeBytes: number;
  switch (verb) {
    case 'pack':
      sizeBytes = (await packDirectory(first, await newFileDestination(second))).sizeBytes;
      break;
    case 'extract': {
      await readableArchive(first);
      // Into a temp sibling renamed into place: an interrupted or failed extraction leaves no DIR that looks finished.
      sizeBytes = (await restoreDirectory({ filePath: first }, await newDirectoryDestination(second), { replace: false })).sizeBytes;
      break;
    }
    case 'get':
    case 'put':
    case 'restore': {
      const { bucketCommand } = await import('./archive-bucket.ts');
      sizeBytes = await bucketCommand(verb, first, second, env, log, sha256);
      break;
    }
    default:
      throw new HalcyonError('config/archive-usage', `usage: ${USAGE}`);
  }
  log.detail(`${verb}: ${formatBytes(sizeBytes)} in ${formatDuration(Date.now() - startedMs)}`);
  return 0;
}

/** put's `--sha256 HEX`: the archive's sha256 when it is known already, as a run knows it from the pack. */
function knownSha256(verb: string | undefined, rest: readonly string[]): string | undefined {
  if (rest.length === 0) return undefined;
  const [flag, value] = rest;
  if (verb !== 'put' || flag !== '--sha256' || rest.length !== 2 || value === undefined || !/^[0-9a-f]{64}$/i.test(value)) {
    throw new HalcyonError('config/archive-usage', `usage: ${USAGE} (--sha256 takes the archive's sha256, 64 hex digits)`);
  }
  return value.toLowerCase();
}
