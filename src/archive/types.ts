export interface ArchiveStats {
  /** Size of the compressed archive in bytes. */
  sizeBytes: number;
  /** sha256 of the compressed archive, lowercase hex. */
  sha256: string;
  /** Tar entries: files, directories, symlinks and hardlinks. */
  entryCount: number;
  /** Total size of the regular files' contents (each hardlinked file counted once). */
  unpackedBytes: number;
}

/** The first tar entry of archives of the previous format (their own record); extraction drops it. */
export const ARCHIVE_MANIFEST = '.halcyon-archive.json';
