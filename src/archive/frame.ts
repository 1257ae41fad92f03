// The archive's manifest: a zstd skippable frame at the very start of every archive this
// project writes. zstd skips it when decompressing, so GNU tar never sees it; Node reads it
// from the first 512 bytes without decompressing anything, and learns what the archive
// unpacks to before a byte is extracted. It is written as a placeholder first and filled in
// once tar has said how much it wrote.

/** Skippable frames have magic numbers 0x184D2A50 to 0x184D2A5F; this one is ours. */
const SKIPPABLE_MAGIC = 0x184d2a5e;
export const MANIFEST_FRAME_BYTES = 512;
const PAYLOAD_BYTES = MANIFEST_FRAME_BYTES - 8;

export interface ArchiveManifest {
  readonly format: 2;
  /** The bytes of the tar stream inside: an upper bound on what the archive unpacks to. */
  readonly tarBytes: number;
  /** Files, directories and links. */
  readonly entryCount: number;
  /** The regular files' bytes (a hardlinked file once). */
  readonly unpackedBytes: number;
}

export function manifestFrame(manifest: ArchiveManifest | undefined): Buffer {
  const frame = Buffer.alloc(MANIFEST_FRAME_BYTES, 0x20);
  frame.writeUInt32LE(SKIPPABLE_MAGIC, 0);
  frame.writeUInt32LE(PAYLOAD_BYTES, 4);
  if (manifest) frame.write(JSON.stringify(manifest), 8, 'utf8');
  return frame;
}

/** The manifest, if `head` (an archive's first bytes) starts with ours; undefined for any other archive. */
export function readManifestFrame(head: Buffer): ArchiveManifest | undefined {
  if (head.length < MANIFEST_FRAME_BYTES || head.readUInt32LE(0) !== SKIPPABLE_MAGIC || head.readUInt32LE(4) !== PAYLOAD_BYTES) return undefined;
  try {
    const parsed = JSON.parse(head.subarray(8, MANIFEST_FRAME_BYTES).toString('utf8').trim()) as Partial<ArchiveManifest>;
    const valid = parsed.format === 2 && [parsed.tarBytes, parsed.entryCount, parsed.unpackedBytes].every((n) => Number.isSafeInteger(n) && (n ?? -1) >= 0);
    return valid ? (parsed as ArchiveManifest) : undefined;
  } catch {
    return undefined;
  }
}
