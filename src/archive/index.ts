// Layer archives: directories packed to .tar.zst and restored from streams, safely.
export { ArchiveError, type ArchiveFailure } from './errors.ts';
export { extractArchive, type ArchiveInput } from './extract.ts';
export { packDirectory, type PackOptions } from './pack.ts';
export { restoreDirectory, type RestoreOptions } from './restore.ts';
export type { ArchiveStats } from './types.ts';
export { assertZstdAvailable } from './zstd.ts';
