import type { Logger } from '../log/logger.ts';

/**
 * Whether this run may write to the private bucket. Starts from the configuration and
 * flips to "no" for the rest of the run the first time the bucket refuses a write, so a
 * read-only key degrades the run to read-only mode instead of failing it (the original
 * failed hard), and no further write or delete request is made.
 */
export class UploadPermission {
  private refusal: string | undefined;

  constructor(
    private readonly allowedByConfig: boolean,
    private readonly log: Logger,
  ) {}

  get allowed(): boolean {
    return this.allowedByConfig && this.refusal === undefined;
  }

  /** `warn: false`: the caller says what the refusal means (a one-off build stops). */
  refuse(bucket: string, what: string, warn = true): void {
    if (this.refusal !== undefined) return;
    this.refusal = what;
    if (!warn) return;
    this.log.warn(
      `The private bucket ${bucket} refused ${what} (403 AccessDenied): its policy lets this key read but not write`,
      'Going on read-only: nothing more is uploaded or deleted, and public storage is not used.\n' +
        'To upload, allow s3:PutObject, s3:PutObjectAcl and s3:DeleteObject for this key on the bucket;\n' +
        'to use the bucket read-only on purpose, set HALCYON_NO_UPLOAD=1 (which also silences this warning).',
    );
  }
}
