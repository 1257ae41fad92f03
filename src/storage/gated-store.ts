import type { DownloadedObject, DownloadOptions, OpenedObject, OpenOptions, Store, StoredObject } from './store.ts';

/**
 * Public storage behind a condition checked on first use: in private read-write mode the
 * run must first know it really may write (a key whose uploads the bucket refuses puts the
 * run in read-only mode, where public archives are not used at all).
 */
export class GatedStore implements Store {
  readonly tier;
  readonly title;
  /** The inner store's download into a file, behind the same condition. */
  readonly download: ((key: string, file: string, options?: DownloadOptions) => Promise<DownloadedObject | undefined>) | undefined;
  private decision: Promise<boolean> | undefined;

  constructor(
    private readonly inner: Store,
    private readonly mayUse: () => Promise<boolean>,
  ) {
    this.tier = inner.tier;
    this.title = inner.title;
    const download = inner.download?.bind(inner);
    this.download = download ? async (key, file, options) => ((await this.allowed()) ? download(key, file, options) : undefined) : undefined;
  }

  private allowed(): Promise<boolean> {
    this.decision ??= this.mayUse();
    return this.decision;
  }

  async open(key: string, options?: OpenOptions): Promise<OpenedObject | undefined> {
    return (await this.allowed()) ? this.inner.open(key, options) : undefined;
  }

  async list(prefix: string): Promise<StoredObject[]> {
    return (await this.allowed()) ? this.inner.list(prefix) : [];
  }

  save(key: string, filePath: string, integrity: { sha256: string; sizeBytes: number }, onProgress?: (sentBytes: number) => void): Promise<boolean> {
    return this.inner.save(key, filePath, integrity, onProgress);
  }

  remove(key: string): Promise<void> {
    return this.inner.remove(key);
  }
}
