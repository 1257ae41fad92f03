import type { StorageOptions } from '../config/options.ts';
import type { Logger } from '../log/logger.ts';
import { PublicStore } from './public-store.ts';
import { S3Store } from './s3-store.ts';
import { GatedStore } from './gated-store.ts';
import type { PrivateStore, Store } from './store.ts';
import { DEFAULT_TRANSFER_POLICY, type TransferPolicy } from '../util/retry.ts';
import { UploadPermission } from './upload-permission.ts';

/** The three bucket-usage modes of the manual, plus having no external storage at all. */
export type StorageMode = 'none' | 'public' | 'private-read-only' | 'private-read-write';

/**
 * The bucket tiers behind the cache, and which of them this run may read and write. The
 * mode can only ever narrow during a run: a refused upload turns read-write into read-only.
 */
export class StorageTiers {
  private readonly publicStore: Store | undefined;

  private constructor(
    readonly privateStore: PrivateStore | undefined,
    publicStore: PublicStore | undefined,
    private readonly permission: UploadPermission | undefined,
    checkWrites: boolean,
  ) {
    // Public archives are for read-write runs only; a write check settles that before the first public read.
    this.publicStore = publicStore && privateStore && checkWrites ? new GatedStore(publicStore, () => privateStore.checkWriteAccess()) : publicStore;
  }

  /** `checkWrites: false` for runs that must not write at all (halcyon plan). */
  static create(options: StorageOptions, log: Logger, { checkWrites = true, policy = DEFAULT_TRANSFER_POLICY }: { checkWrites?: boolean; policy?: TransferPolicy } = {}): StorageTiers {
    const publicStore = options.publicUrl ? new PublicStore(options.publicUrl, log, policy) : undefined;
    if (!options.privateBucket) return new StorageTiers(undefined, publicStore, undefined, checkWrites);
    const permission = new UploadPermission(!options.noUpload, log);
    return new StorageTiers(new S3Store(options.privateBucket, permission, log, policy), publicStore, permission, checkWrites);
  }

  static none(): StorageTiers {
    return new StorageTiers(undefined, undefined, undefined, false);
  }

  get mode(): StorageMode {
    if (this.privateStore) return this.permission?.allowed ? 'private-read-write' : 'private-read-only';
    return this.publicStore ? 'public' : 'none';
  }

  /** Lookup order after the cache. Read-only private mode uses only what the private bucket has. */
  readable(): Store[] {
    if (!this.privateStore) return this.publicStore ? [this.publicStore] : [];
    return this.mode === 'private-read-write' && this.publicStore ? [this.privateStore, this.publicStore] : [this.privateStore];
  }

  /** The private bucket, while this run may write to it. */
  writable(): PrivateStore | undefined {
    return this.mode === 'private-read-write' ? this.privateStore : undefined;
  }

  describe(): string {
    switch (this.mode) {
      case 'none':
        return 'none (cache only)';
      case 'public':
        return 'public';
      case 'private-read-only':
        return `private (read-only), bucket ${this.privateStore?.bucket ?? ''}`;
      case 'private-read-write':
        return `${this.publicStore ? 'private and public' : 'private'}, bucket ${this.privateStore?.bucket ?? ''}`;
    }
  }
}
