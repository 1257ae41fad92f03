// Layer archives: a directory packed to .tar.zst and restored from a file (the cache), a file
// still being downloaded into (followed by GNU tail), or a stream.
//
// - The standard tools do the work, connected fd to fd: GNU tar and zstd (-3, all cores) when
//   packing, zstd and GNU tar when extracting. JavaScript touches only names, tar's listing and
//   the compressed bytes (hashing a download on its way in; hashing a packed file once).
// - Each archive starts with a zstd skippable frame holding a manifest (what it unpacks to):
//   zstd skips it, Node reads it first, and tar's listing is checked against it.
// - Packing writes a temp sibling and renames on success. Names are sorted and the tar headers
//   are free of times and pids that change between runs, so a tree always gives the same
//   archive. Modes, mtimes (to the nanosecond), empty directories, symlinks and hardlinks are
//   kept; owners are not.
// - Extraction goes into a fresh directory that only tar writes; tar never writes outside it,
//   and every entry tar lists is checked (safety.ts); any failure removes the directory.
//   restoreDirectory swaps the result in only on full success.
// - Failures are ArchiveError (code 'archive', with `reason`), or a 'toolchain' HalcyonError
//   when zstd or tar is missing. Archives of the previous format (written by tar-stream, with
//   their record as the first tar entry) still extract.

export { ArchiveError, type ArchiveFailure } from './errors.ts';
export { extractArchive, type ArchiveInput, type GrowingFile, type GrowingParts } from './extract.ts';
export { packDirectory, type PackOptions } from './pack.ts';
export { restoreDirectory, type RestoreOptions } from './restore.ts';
export type { ArchiveStats } from './types.ts';
export { assertZstdAvailable } from './zstd.ts';
