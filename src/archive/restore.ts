import { rename } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { anythingAt, replaceDirectory, tempSibling } from '../util/fs.ts';
import { ArchiveError, ioError } from './errors.ts';
import { removeTree } from './cleanup.ts';
import { extractArchive, type ArchiveInput, type ExtractOptions } from './extract.ts';
import type { ArchiveStats } from './types.ts';

export interface RestoreOptions {
  /** sha256 (hex) the compressed input must have (known by the end of a download); on a mismatch nothing is replaced. */
  expectedSha256?: string | Promise<string | undefined>;
  onProgress?: ExtractOptions['onProgress'];
  onStarted?: ExtractOptions['onStarted'];
  /**
   * false: liveDir must not exist when the result is put in place (a new directory, as the
   * `halcyon archive` verbs make): anything that appeared there meanwhile is left alone and
   * the restore fails. Default true: an earlier layer there is replaced.
   */
  replace?: boolean;
}

/**
 * Restores an archive into liveDir: extracts into a temp sibling and swaps it in only when the
 * extraction fully succeeded (and the checksum matched). On failure liveDir is left as it was.
 */
export async function restoreDirectory(
  input: Readable | ArchiveInput,
  liveDir: string,
  options: RestoreOptions = {},
): Promise<ArchiveStats> {
  const live = path.resolve(liveDir);
  const temp = tempSibling(live);
  const { onProgress, onStarted } = options;
  const stats = await extractArchive(input, temp, {
    hash: options.expectedSha256 !== undefined || !('filePath' in input),
    ...(onProgress ? { onProgress } : {}),
    ...(onStarted ? { onStarted } : {}),
  });
  try {
    const expected = (await options.expectedSha256)?.toLowerCase();
    if (expected !== undefined && expected !== stats.sha256) {
      throw new ArchiveError(`archive checksum mismatch: expected sha256 ${expected}, got ${stats.sha256}`, {
        reason: 'checksum-mismatch',
      });
    }
    if (options.replace === false) await putInPlace(temp, live);
    else {
      await replaceDirectory(temp, live).catch((error: unknown) => {
        throw ioError('replace the directory', live, error);
      });
    }
  } catch (error) {
    await removeTree(temp);
    throw error;
  }
  return stats;
}

/**
 * temp renamed to live only if nothing is there: looked at just before the rename, which
 * itself never replaces a directory with anything in it.
 */
async function putInPlace(temp: string, live: string): Promise<void> {
  if (await anythingAt(live)) {
    throw new ArchiveError(`${live} appeared while the archive was extracted; nothing was replaced`, { reason: 'io', remedy: 'Remove it, or give another directory, and run the command again.' });
  }
  await rename(temp, live).catch((error: unknown) => {
    throw ioError('put in place the directory', live, error);
  });
}
