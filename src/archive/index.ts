// Layer archives: a directory packed to .tar.zst and restored from a stream (file or S3 body).
//
// - Streaming throughout (tar-stream + the zstd CLI as a child process); sha256 and size of the
//   compressed bytes are computed on the fly.
// - Packing writes a temp sibling and renames on success. Entries are sorted, so a tree always
//   gives the same archive. Modes, mtimes (to the microsecond, via pax records), empty
//   directories, symlinks and hardlinks (as tar hardlink entries) are kept; owners are not.
// - Extraction validates every entry before writing it and never writes outside the target;
//   any failure removes the target. restoreDirectory swaps the result in only on full success.
// - Failures are ArchiveError (code 'archive', with `reason`), or a 'toolchain' HalcyonError
//   when zstd is missing.

export { ArchiveError, type ArchiveFailure } from './errors.ts';
export { extractArchive, type ArchiveInput } from './extract.ts';
export { packDirectory, type PackOptions } from './pack.ts';
export { restoreDirectory, type RestoreOptions } from './restore.ts';
export type { ArchiveStats } from './types.ts';
export { assertZstdAvailable } from './zstd.ts';
