import { constants, type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError, errorMessage } from '../errors.ts';
import { anythingAt } from '../util/fs.ts';

// The paths `halcyon archive …` is given, checked before any work: a mistake in one is the
// user's to fix (named, with the fix), never an internal error, a bucket miss or a file lost.

const FILE_FIX = 'Give the path of an archive file.';
const NEW_FILE_FIX = 'Give a file (not a directory or a device) in a directory that exists and can be written.';
const NEW_DIR_FIX = 'Give a directory that does not exist yet, in one that exists and can be written (remove the old one first to replace it).';

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}


/** A regular file this process can read (not a directory, a pipe or a device): its size. */
export async function readableArchive(file: string): Promise<number> {
  // Resolved first: a working directory deleted under the shell is named as such (main), not as a missing file.
  const resolved = path.resolve(file);
  let found: Stats;
  try {
    found = await stat(resolved);
    await access(resolved, constants.R_OK);
  } catch (error) {
    throw new HalcyonError('config/archive-file', `${file} cannot be read: ${errorMessage(error)}`, { remedy: FILE_FIX });
  }
  if (!found.isFile()) throw new HalcyonError('config/archive-file', `${file} is not a regular file`, { remedy: FILE_FIX });
  return found.size;
}

/** Where a new file goes: its directory exists and can be written; the path is free or a regular file (replaced once the new one is whole). */
export async function newFileDestination(file: string): Promise<string> {
  const resolved = path.resolve(file);
  await writableParent(resolved, NEW_FILE_FIX);
  const found = await statOrUndefined(resolved);
  if (found && !found.isFile()) throw new HalcyonError('config/archive-file', `${file} cannot be written: it is ${found.isDirectory() ? 'a directory' : 'not a regular file'}`, { remedy: NEW_FILE_FIX });
  return resolved;
}

/** Where a new directory goes: its parent exists and can be written; nothing is there yet (nothing of the user's is replaced). */
export async function newDirectoryDestination(dir: string): Promise<string> {
  const resolved = path.resolve(dir);
  await writableParent(resolved, NEW_DIR_FIX);
  if (await anythingAt(resolved)) throw new HalcyonError('config/archive-directory', `${dir} already exists`, { remedy: NEW_DIR_FIX });
  return resolved;
}

/** The new file could not be put in place (the rename failed). */
export function destinationError(file: string, error: unknown): HalcyonError {
  return new HalcyonError('config/archive-file', `${file} cannot be written: ${errorMessage(error)}`, { remedy: NEW_FILE_FIX });
}

async function writableParent(resolved: string, remedy: string): Promise<void> {
  const parent = path.dirname(resolved);
  try {
    if (!(await stat(parent)).isDirectory()) throw new Error(`${parent} is not a directory`);
    await access(parent, constants.W_OK);
  } catch (error) {
    throw new HalcyonError('config/archive-file', `${resolved} cannot be written: ${errorMessage(error)}`, { remedy });
  }
}

/**
 * An object's name as the bucket has it: segments between single slashes, none `.` or `..`
 * (a tool on the way may tidy those, so a put and a get would reach different objects).
 */
export function bucketKey(key: string): string {
  const segments = key.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new HalcyonError('config/archive-key', `${JSON.stringify(key)} is not a key halcyon archive uses: it has an empty, "." or ".." segment`, {
      remedy: 'Give the object\'s name in the bucket: names separated by single slashes, with no leading or trailing slash and no "." or ".." among them.',
    });
  }
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) {
    throw new HalcyonError('config/archive-key', `The key ${JSON.stringify(key.slice(0, 60))}… is ${Buffer.byteLength(key)} bytes long: S3 refuses keys over ${MAX_KEY_BYTES}`, {
      remedy: `Give a key of at most ${MAX_KEY_BYTES} bytes (in UTF-8).`,
    });
  }
  return key;
}

/** S3's limit on an object key, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;
