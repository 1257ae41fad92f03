import type { Readable } from 'node:stream';
import type { RetryBudget } from '../util/retry.ts';

// One contract for every storage tier. A tier answers "do you have this archive?" with a
// stream or a miss; it never throws for a missing or unreadable archive, because a restore
// failure must only ever cost a rebuild (the lesson of @actions/cache).

export type TierName = 'cache' | 'private' | 'public';

export interface StoredObject {
  readonly key: string;
  readonly sizeBytes: number;
  /** When it was stored, where the tier tells (a bucket's listing): cleaning spares what is recent. */
  readonly lastModified?: Date;
}

export interface ObjectIntegrity {
  readonly sha256: string;
  readonly sizeBytes: number;
}

export interface OpenedObject {
  readonly body: Readable;
  readonly sizeBytes: number | undefined;
  /** Known when the tier recorded it at upload; the reader verifies the stream against it. */
  readonly sha256: string | undefined;
  /** A local file holding the object (the cache): read directly, fd to fd, instead of `body`. */
  readonly filePath?: string;
}

export interface OpenOptions {
  /** The attempts left for this transfer, when a caller retries what follows the opening (reading the body). */
  readonly budget?: RetryBudget;
}

export interface DownloadedObject {
  readonly sizeBytes: number;
  /** Known when the tier recorded it at upload; the reader verifies the file against it. */
  readonly sha256: string | undefined;
}

/** A file being downloaded into. */
export interface GrowingPart {
  readonly file: string;
  /** Settles once nothing more is written to the file: true, it is the whole part; false, the download stopped first. */
  readonly written: Promise<boolean>;
}

export interface DownloadOptions extends OpenOptions {
  /** The bytes downloaded so far, and the object's size once known, as they grow. */
  readonly onProgress?: (bytes: number, totalBytes: number | undefined) => void;
  /**
   * A reader follows the download: a large object then comes in parts, the file the first
   * and part files beside it the rest (the reader joins them), told here in order as soon
   * as they are known; none when the download ended first. The other parts are asked for
   * once what it returns settles: a reader starts its tools first (on a fast link they are
   * the bottleneck, and each curl started is a fork of this process in the way). With them,
   * the sha256 the object's uploader recorded, as the first answer tells it (the download's
   * result reports the same).
   */
  readonly onParts?: (parts: readonly GrowingPart[], recordedSha256: string | undefined) => Promise<void> | void;
}

export interface Store {
  readonly tier: TierName;
  /** How the log names it: "cache", "private bucket", "public storage". */
  readonly title: string;
  /** undefined: not there, or not readable (the tier has already warned). */
  open(key: string, options?: OpenOptions): Promise<OpenedObject | undefined>;
  /**
   * A remote tier's fast way in: the object straight into `file` (created or replaced), the
   * bytes never passing through JavaScript. undefined: a miss (the tier has warned).
   */
  download?(key: string, file: string, options?: DownloadOptions): Promise<DownloadedObject | undefined>;
  /**
   * Stores a finished archive file; `integrity` is recorded where the tier can keep it. False:
   * not stored (the tier has warned). `onProgress` hears the bytes sent so far, where a tier
   * sends any.
   */
  save(key: string, filePath: string, integrity: ObjectIntegrity, onProgress?: (sentBytes: number) => void): Promise<boolean>;
  /** Every object whose key starts with `prefix`, across all pages. */
  list(prefix: string): Promise<StoredObject[]>;
  remove(key: string): Promise<void>;
}

/**
 * What read-write storage must offer beyond reading: uploads (with the configured ACL),
 * removal for cleaning, and a way to learn early whether this run may write at all. The S3
 * store is one; another backend implements this and is wired in tiers.ts alone.
 */
export interface PrivateStore extends Store {
  readonly tier: 'private';
  /** The bucket's name, for the log. */
  readonly bucket: string;
  /**
   * One small write (once a run): false, and read-only from then on, when the store refuses
   * it. `consequence`: what the caller does when the check fails, for the warning; given, a
   * refusal is the caller's to report.
   */
  checkWriteAccess(consequence?: string): Promise<boolean>;
  /** Keys this run could not upload. */
  readonly failedUploads: readonly string[];
  /**
   * Lookups this run could not make (the network or the server failed, after every attempt):
   * misses that prove nothing about what the bucket holds.
   */
  readonly unreadKeys: readonly { readonly key: string; readonly reason: string }[];
}
