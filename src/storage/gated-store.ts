import type { OpenedObject, OpenOptions, Store, StoredObject } from './store.ts';

/**
 * Public storage behind a condition checked on first use: in private read-write mode the
 * run must first know it really may write (a key whose uploads the bucket refuses puts the
 * run in read-only mode, where public archives are not used at all).
 */
export class GatedStore implements Store {
  readonly tier;
  readonly title;
  private decision: Promise<boolean> | undefined;

  constructor(
    private readonly inner: Store,
    private readonly mayUse: () => Promise<boolean>,
  ) {
    this.tier = inner.tier;
    this.title = inner.title;
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
