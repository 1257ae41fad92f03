// Decides, before anything touches the disk, whether an archive entry may be extracted. The
// target directory is created fresh by the extractor and nothing else writes into it, so an
// in-memory record of what has been created is an exact picture of it: no lstat calls needed,
// and no race between checking a path and using it.

import { ArchiveError } from './errors.ts';

export type EntryKind = 'directory' | 'file' | 'symlink' | 'hardlink';

export interface AdmittedEntry {
  kind: EntryKind;
  /** Normalized path relative to the target directory, '/'-separated; '' is the directory itself. */
  path: string;
  /** For a hardlink, the normalized path of the file it links to; for a symlink, the target as stored. */
  linkTarget: string | undefined;
  /** The deepest ancestor that does not exist yet (create it recursively), if any. */
  missingParent: string | undefined;
  /** A directory entry for a directory already created as some earlier entry's parent. */
  alreadyExists: boolean;
}

function unsafe(message: string): ArchiveError {
  return new ArchiveError(message, { reason: 'unsafe-entry' });
}

/** Splits an archive path into its segments, rejecting anything that could land outside the target. */
export function entrySegments(name: string): string[] {
  if (name.includes('\0')) throw unsafe(`entry ${JSON.stringify(name)} contains a NUL byte`);
  if (name.startsWith('/')) throw unsafe(`entry ${name} has an absolute path`);
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) throw unsafe(`entry ${name} escapes the target directory`);
  return segments;
}

/**
 * Why a symlink at `linkPath` pointing to `target` could reach outside the directory, or
 * undefined if it cannot. Only leading `..` segments are accepted: the link's own directory is
 * known to be a real directory, so climbing from it is plain arithmetic, whereas `a/../..` would
 * climb from wherever `a` points if `a` is (or later becomes) a symlink.
 * Also used when packing, so an archive that could never be restored is not written at all.
 */
export function symlinkTargetProblem(linkPath: string, target: string): string | undefined {
  if (target === '') return 'has an empty target';
  if (target.includes('\0')) return 'has a target containing a NUL byte';
  if (target.startsWith('/')) return `points to the absolute path ${target}`;
  let climbs = 0;
  let descended = false;
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') descended = true;
    else if (descended) return `has a target with '..' after a directory name (${target}), which cannot be checked safely`;
    else climbs += 1;
  }
  const depth = linkPath.split('/').length - 1;
  if (climbs > depth) return `points outside the directory (${target})`;
  return undefined;
}

type Known = 'directory' | 'file' | 'symlink' | 'hardlink';

/** What the checks need of an entry: tar-stream's headers and GNU tar's listing both give it. */
export interface EntryHeader {
  readonly name: string;
  readonly type?: string | null | undefined;
  readonly linkname?: string | null | undefined;
}

export class ExtractionPlan {
  private readonly known = new Map<string, Known>();
  /**
   * Directories whose every ancestor is a directory too. A recorded path never changes kind
   * (an entry appearing twice is refused), so a chain checked once stays checked.
   */
  private readonly directoryChains = new Set<string>();
  /** Each symlink's target as stored, for a hardlink to it. */
  private readonly symlinkTargets = new Map<string, string>();

  /** Validates one entry against everything extracted before it and records it. Throws ArchiveError if unsafe. */
  admit(header: EntryHeader): AdmittedEntry | undefined {
    const kind = entryKind(header);
    // Checked for every entry as tar extracts it, on the cores tar and zstd need: no arrays for a plain name.
    const path = plainPath(header.name) ?? entrySegments(header.name).join('/');
    if (path === '') {
      // GNU tar writes a "./" entry for the root; the target directory already exists.
      if (kind === 'directory') return undefined;
      throw unsafe(`entry ${header.name} would replace the target directory`);
    }

    const missingParent = this.checkAncestors(path);
    const existing = this.known.get(path);
    if (existing !== undefined && !(existing === 'directory' && kind === 'directory')) {
      throw unsafe(`entry ${path} appears twice in the archive`);
    }

    let linkTarget: string | undefined;
    if (kind === 'symlink') {
      linkTarget = linkname(header);
      const problem = symlinkTargetProblem(path, linkTarget);
      if (problem !== undefined) throw unsafe(`symlink ${path} ${problem}, which escapes the target directory`);
    } else if (kind === 'hardlink') {
      const raw = linkname(header);
      let targetSegments: string[];
      try {
        targetSegments = entrySegments(raw);
      } catch {
        throw unsafe(`hardlink ${path} -> ${raw} escapes the target directory`);
      }
      linkTarget = targetSegments.join('/');
      const targetKind = this.known.get(linkTarget);
      const symlinkTarget = targetKind === 'symlink' ? this.symlinkTargets.get(linkTarget) : undefined;
      if (symlinkTarget !== undefined) {
        // A second name of a symlink (cp -al makes them) is a symlink where it stands: its target must stay inside from there too.
        const problem = symlinkTargetProblem(path, symlinkTarget);
        if (problem !== undefined) throw unsafe(`hardlink ${path} -> ${raw} is a symlink that ${problem} from where it stands, which escapes the target directory`);
      } else if (targetKind !== 'file' && targetKind !== 'hardlink') {
        throw unsafe(`hardlink ${path} -> ${raw} does not point to a file or symlink extracted earlier from the archive`);
      }
      if (symlinkTarget !== undefined) this.symlinkTargets.set(path, symlinkTarget);
    }

    if (missingParent !== undefined) {
      for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) this.known.set(path.slice(0, slash), 'directory');
    }
    // What a path is for the entries below it: a hardlink to a symlink is a symlink.
    this.known.set(path, this.symlinkTargets.has(path) && kind === 'hardlink' ? 'symlink' : kind);
    if (kind === 'symlink' && linkTarget !== undefined) this.symlinkTargets.set(path, linkTarget);
    return { kind, path, linkTarget, missingParent, alreadyExists: existing !== undefined };
  }

  /** `path` is normalized: its ancestors are its prefixes up to each '/'. */
  private checkAncestors(path: string): string | undefined {
    const lastSlash = path.lastIndexOf('/');
    const parent = lastSlash === -1 ? '' : path.slice(0, lastSlash);
    // Entries come directory by directory: most share the previous one's parent, whose chain was checked.
    if (parent === '' || this.directoryChains.has(parent)) return undefined;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const ancestor = path.slice(0, slash);
      const kind = this.known.get(ancestor);
      // Ancestors are recorded top-down, so once one is missing, all deeper ones are too.
      if (kind === undefined) return parent;
      if (kind === 'symlink') throw unsafe(`entry ${path} would be written through the symlink ${ancestor}`);
      if (kind !== 'directory') throw unsafe(`entry ${path} is inside ${ancestor}, which is not a directory`);
    }
    this.directoryChains.add(parent);
    return undefined;
  }
}

/** Anything entrySegments would have to take apart: a leading '/', '//', a '.' or '..' segment, a NUL. */
const UNUSUAL_NAME = /^\/|\/\/|(?:^|\/)\.\.?(?:\/|$)|\0/;

/** The normalized path of a plain name (a directory's trailing '/' dropped), or undefined if it needs entrySegments. */
function plainPath(name: string): string | undefined {
  if (name === '' || UNUSUAL_NAME.test(name)) return undefined;
  return name.endsWith('/') ? name.slice(0, -1) : name;
}

function entryKind(header: EntryHeader): EntryKind {
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    case null:
    case undefined:
      throw unsafe(`entry ${header.name} has an unknown type`);
    default:
      throw unsafe(`entry ${header.name} is a ${header.type}, which layer archives never contain`);
  }
}

/** tar-stream leaves linkname null when the header has none, whatever its typings say. */
function linkname(header: EntryHeader): string {
  const value: string | null | undefined = header.linkname;
  return value ?? '';
}
