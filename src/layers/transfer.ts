import { createReadStream } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RemoteRepo } from '../config/options.ts';
import { ArchiveError, packDirectory, restoreDirectory, type ArchiveInput, type ArchiveStats } from '../archive/index.ts';
import { RetryBudget } from '../util/retry.ts';
import { HalcyonError, errorMessage } from '../errors.ts';
import type { RunContext } from './context.ts';
import type { DownloadOptions, DownloadedObject, GrowingPart, Store } from '../storage/store.ts';
import { formatBytes, formatDuration } from '../util/format.ts';
import { appendFiles, writeFileAtomic } from '../util/fs.ts';
import { reportProgress, withProgress } from '../util/progress.ts';
import { PartsRead, joinBehind, removeBehind } from './join-parts.ts';
import { sha256Hex } from '../util/hash.ts';
import type { Layer } from './layer.ts';
import { recordPack, recordUpload } from './rates.ts';
import { RELEASES_PREFIX, describePeriod, keptBecause, protectedKeys, type KeptBecause } from './releases.ts';

/**
 * Restores `key` from one tier into liveDir: a bucket's archive downloaded into the cache
 * while it is extracted (restoreDownloaded), the cache's own file read by zstd. Anything that
 * goes wrong is a miss with a warning: the live directory is replaced only by a complete,
 * verified archive. (A download that breaks off is resumed inside the tier.)
 */
export async function restoreFromStore(ctx: RunContext, store: Store, key: string, liveDir: string): Promise<ArchiveStats | undefined> {
  if (store.download) return restoreDownloaded(ctx, store, store.download.bind(store), key, liveDir, new RetryBudget(ctx.options.transfer));
  return restoreOpened(ctx, store, key, liveDir);
}

/** A tier read through open: the cache's file (zstd reads it itself), or a stream. */
async function restoreOpened(ctx: RunContext, store: Store, key: string, liveDir: string): Promise<ArchiveStats | undefined> {
  const opened = await store.open(key);
  if (!opened) return undefined;
  let input: ArchiveInput = opened.body;
  if (opened.filePath !== undefined) {
    opened.body.destroy();
    input = { filePath: opened.filePath };
  }
  const progress = reportProgress(ctx.log, `extracting ${path.basename(key)}`, ctx.options.progressIntervalMs);
  try {
    return await restoreDirectory(input, liveDir, { ...(opened.sha256 ? { expectedSha256: opened.sha256 } : {}), onProgress: (done, total) => progress.set(done, total) });
  } catch (error) {
    opened.body.destroy();
    stopForFullDisk(error);
    ctx.log.warn(
      `The archive ${key} from ${store.title} could not be restored: ${errorMessage(error)}`,
      'It is treated as a miss. If this keeps happening for the cache, purge it (heroku builds:cache:purge).',
    );
    if (store.tier === 'cache') await store.remove(key);
    return undefined;
  } finally {
    progress.stop();
  }
}

/**
 * A remote tier that downloads into a file itself (curl, socket to file): into the cache's
 * temp file, extracted from it as it grows (GNU tail follows it into zstd and tar, so the
 * download and the extraction overlap), the sha256 checked once the download ends, and put
 * in place in the cache only once all of it checked out. A break in the download is resumed
 * inside the tier; what cannot be restored is a miss.
 */
async function restoreDownloaded(ctx: RunContext, store: Store, download: NonNullable<Store['download']>, key: string, liveDir: string, budget: RetryBudget): Promise<ArchiveStats | undefined> {
  const target = await ctx.cache.beginDownload(key);
  const progress = reportProgress(ctx.log, `downloading ${path.basename(key)} from ${store.title}`, ctx.options.progressIntervalMs);
  const fetch = (file: string, onParts: OnParts): Promise<DownloadedObject | undefined> =>
    download(key, file, { budget, onParts, onProgress: (bytes, total) => progress.set(bytes, total) }).finally(() => progress.stop());
  const { got, extracted, whole } = await restoreWhileDownloading(fetch, target.path, liveDir);
  if (got.status === 'rejected' || got.value === undefined || extracted.status === 'rejected') {
    await target.abort();
    // A refusal that must stop the run (a wrong key) stops it; a miss was reported by the store.
    if (got.status === 'rejected') throw got.reason;
    if (got.value !== undefined && extracted.status === 'rejected') {
      stopForFullDisk(extracted.reason);
      ctx.log.warn(`The archive ${key} from ${store.title} could not be restored: ${errorMessage(extracted.reason)}`, 'It is treated as a miss.');
    }
    return undefined;
  }
  const kept = await (whole.status === 'rejected' ? Promise.reject(whole.reason) : target.commit()).then(
    () => true,
    async (error: unknown) => {
      await target.abort();
      ctx.log.warn(`Could not keep a copy of ${key} in the cache: ${errorMessage(error)}`, 'The next run downloads it again.');
      return false;
    },
  );
  if (kept && store.tier === 'public') await ctx.storage.writable()?.save(key, ctx.cache.pathOf(key), extracted.value);
  return extracted.value;
}

/** A full disk is no miss: the rebuild would fill it too, later and less clearly. */
function stopForFullDisk(error: unknown): void {
  if (error instanceof ArchiveError && error.reason === 'no-space') throw error;
}

/** How a restore while downloading ended: the download, the extraction, and the whole archive in the file. */
export interface DownloadedRestore {
  readonly got: PromiseSettledResult<DownloadedObject | undefined>;
  readonly extracted: PromiseSettledResult<ArchiveStats>;
  /** The whole archive is in the file (a large one's other parts appended to the first); rejected, the file is gone. */
  readonly whole: PromiseSettledResult<void>;
}

export interface RestoreWhileDownloadingOptions {
  /** Keep the whole archive in `file` (the cache's copy); default true. */
  readonly keepFile?: boolean;
  /** How a part is appended to the file (for tests: a full disk). */
  readonly append?: (target: string, sources: readonly string[]) => Promise<void>;
  /** false: liveDir is made, never replaced (restoreDirectory's `replace`); default true. */
  readonly replace?: boolean;
}

/** Told the parts of a download as soon as they are known; the other parts are asked for once what it returns settles. */
type OnParts = NonNullable<DownloadOptions['onParts']>;

/** The parts a download was laid out in, and the sha256 its first answer recorded. */
interface LaidOut {
  readonly parts: readonly GrowingPart[];
  readonly sha256: string | undefined;
}

/**
 * `fetch` downloads into `file` (and, for a large archive, part files beside it), told through
 * `onParts` as soon as they are known, while the archive is extracted from them in order as
 * they grow (GNU tail follows each into zstd and tar, Node hashes them behind it); the sha256
 * the download reports is checked before liveDir is replaced. The other parts are asked for
 * once the tools run. Each is appended to `file` once it is written and the extraction has
 * read the one before it (the first, too, read before anything is added to it), and removed
 * once the extraction has read it, so the file becomes the whole archive while the extraction
 * goes on, the last part included. The disk holds the archive and one part more meanwhile; a
 * join that fails (a full disk) costs the cache its copy (the file is removed), not the layer,
 * if the extraction itself had room. The part files are always removed. Without `keepFile`
 * (a restore that wants the layer only), nothing is joined: each part, the first included, is
 * removed once the extraction has read it.
 */
export async function restoreWhileDownloading(
  fetch: (file: string, onParts: OnParts) => Promise<DownloadedObject | undefined>,
  file: string,
  liveDir: string,
  { keepFile = true, append = appendFiles, replace = true }: RestoreWhileDownloadingOptions = {},
): Promise<DownloadedRestore> {
  let layOut: (laid: LaidOut) => void = () => undefined;
  const laidOut = new Promise<LaidOut>((resolve) => (layOut = resolve));
  let toolsStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (toolsStarted = resolve));
  const announce: OnParts = (parts, sha256) => {
    layOut({ parts, sha256 });
    return started;
  };
  const downloading = fetch(file, announce).finally(() => layOut({ parts: [], sha256: undefined }));
  const read = new PartsRead();
  const extracting = laidOut.then(({ parts, sha256 }) =>
    restoreDirectory({ growingParts: parts, onPartRead: (index) => read.done(index) }, liveDir, {
      // Known from the first answer, or once the download ends; zstd checks its own checksum besides.
      expectedSha256: sha256 ?? downloading.then((got) => got?.sha256, () => undefined),
      onStarted: toolsStarted,
      replace,
    }),
  );
  // An extraction that fails before its tools run lets the other parts go all the same.
  void extracting.finally(toolsStarted).catch(() => undefined);
  // Settled as it ends: a join that fails while the extraction goes on is an outcome, not a rejection nobody holds yet.
  const joining: Promise<PromiseSettledResult<void>> = laidOut
    .then(({ parts }) => (keepFile ? joinBehind(file, parts, read, append) : removeBehind(parts, read)))
    .then(
      () => ({ status: 'fulfilled', value: undefined }) as const,
      (reason: unknown) => ({ status: 'rejected', reason }) as const,
    );
  const [got, extracted] = await Promise.allSettled([downloading, extracting]);
  read.end();
  const joined = await joining;
  const restored = got.status === 'fulfilled' && got.value !== undefined && extracted.status === 'fulfilled';
  const whole: PromiseSettledResult<void> = !keepFile
    ? { status: 'rejected', reason: new Error('the archive was not kept') }
    : restored
      ? joined
      : { status: 'rejected', reason: new Error('nothing was restored') };
  if (!keepFile) await rm(file, { force: true });
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const name of await readdir(dir).catch(() => [])) if (name.startsWith(prefix) && /\.part\d+$/.test(name)) await rm(path.join(dir, name), { force: true });
  return { got, extracted, whole };
}

/** Archives the live directory under `key` into the cache, with its sidecars; never with the repository's credentials in it. */
export async function archiveToCache(ctx: RunContext, layer: Layer, key: string): Promise<ArchiveStats> {
  await keepCredentialsOut(ctx, layer);
  const startedMs = Date.now();
  const stats = await withProgress(ctx.log, `archiving ${path.basename(key)}`, ctx.options.progressIntervalMs, (progress) =>
    packDirectory(layer.liveDir, ctx.cache.pathOf(key), { onProgress: (written) => progress.set(written) }),
  );
  recordPack(ctx, stats.unpackedBytes, stats.sizeBytes, Date.now() - startedMs);
  ctx.cache.keep(key);
  await writeSidecarsToCache(ctx, layer);
  return stats;
}

/** Sidecars are derived from the layer itself, so the cache always gets a correct copy. */
export async function writeSidecarsToCache(ctx: RunContext, layer: Layer): Promise<void> {
  for (const sidecar of layer.sidecars?.() ?? []) {
    await writeFileAtomic(ctx.cache.pathOf(sidecar.key), sidecar.content);
    ctx.cache.keep(sidecar.key);
  }
}

/**
 * Every new archive goes to the private bucket (read-write mode): first the archive, then
 * its sidecars (so a listed .constraints always has its archive), then out-of-date siblings
 * are removed — only once the new archive is really there.
 */
export async function uploadToPrivate(ctx: RunContext, layer: Layer, key: string, integrity: { sha256: string; sizeBytes: number }): Promise<void> {
  const bucket = ctx.storage.writable();
  if (!bucket) return;
  const startedMs = Date.now();
  const saved = await withProgress(ctx.log, `uploading ${path.basename(key)} to ${bucket.title}`, ctx.options.progressIntervalMs, (progress) =>
    bucket.save(key, ctx.cache.pathOf(key), integrity, (sent) => progress.set(sent, integrity.sizeBytes)),
  );
  if (!saved) return;
  for (const sidecar of layer.sidecars?.() ?? []) {
    const content = Buffer.from(sidecar.content);
    if (!(await bucket.save(sidecar.key, ctx.cache.pathOf(sidecar.key), { sha256: sha256Hex(content), sizeBytes: content.length }))) return;
  }
  recordUpload(ctx, integrity.sizeBytes, Date.now() - startedMs);
  ctx.log.detail(`uploaded to ${bucket.title} (${formatBytes(integrity.sizeBytes)}, ${formatDuration(Date.now() - startedMs)})`);
  await cleanPrivate(ctx, layer, key);
}

/**
 * Out-of-date siblings of a new archive go, except what a recent release of any app sharing
 * the bucket needs and what is younger than the grace period.
 */
async function cleanPrivate(ctx: RunContext, layer: Layer, key: string): Promise<void> {
  const bucket = ctx.storage.writable();
  if (!bucket || !layer.supersedes || ctx.options.storage.noCleanPrivate) return;
  const folder = key.slice(0, key.lastIndexOf('/') + 1);
  const outOfDate = (await bucket.list(folder)).filter((object) => object.key !== key && layer.supersedes?.(object.key));
  if (outOfDate.length === 0) return;
  const { retention } = ctx.options.storage;
  const spared = await protectedKeys(bucket, retention.keepReleases);
  if (!spared) {
    ctx.log.warn(`Nothing out of date was removed from ${bucket.title}: a release record (${RELEASES_PREFIX}) could not be read`, 'A later run cleans once it can read them; or remove a damaged record by hand.');
    return;
  }
  const kept = new Map<KeptBecause, number>();
  for (const object of outOfDate) {
    const because = keptBecause(object, spared, ctx.now, retention);
    if (because) {
      kept.set(because, (kept.get(because) ?? 0) + 1);
      continue;
    }
    await bucket.remove(object.key);
    if (!ctx.storage.writable()) return;
    ctx.log.detail(`removed out-of-date ${object.key} from ${bucket.title}`);
  }
  const release = kept.get('recent release');
  const recent = kept.get('grace period');
  if (release) ctx.log.detail(`kept ${release} out-of-date ${release === 1 ? 'archive' : 'archives'}: needed by one of the latest ${retention.keepReleases} deploys of an app (HALCYON_KEEP_RELEASES)`);
  if (recent) ctx.log.detail(`kept ${recent} out-of-date ${recent === 1 ? 'archive' : 'archives'}: uploaded less than ${describePeriod(retention.gracePeriodMs)} ago (HALCYON_CLEAN_GRACE_PERIOD)`);
}

/**
 * A package repository URL with credentials is given to cabal at run time only, but cabal
 * copies it into caches of its own (dist-newstyle/cache: the project config, plan.json).
 * Those are removed before the layer is archived (cabal makes them again); anywhere else,
 * archiving stops: a layer is uploaded with the bucket's ACL and must not carry them.
 */
export async function keepCredentialsOut(ctx: RunContext, layer: Layer): Promise<void> {
  const needles = credentialNeedles(ctx.options.remoteRepo);
  if (needles.length === 0) return;
  for (const file of await regularFiles(layer.liveDir)) {
    if (!(await fileContains(file, needles))) continue;
    const rel = path.relative(layer.liveDir, file);
    if (/(^|\/)dist-newstyle\/cache\//.test(rel)) {
      await rm(file, { force: true });
      continue;
    }
    throw new HalcyonError('internal/credentials-in-layer', `${rel} in the ${layer.title} holds the package repository's credentials, so it is not archived`, {
      remedy: 'This is a bug: please report it (without the credentials). Meanwhile, a repository URL without credentials avoids it.',
    });
  }
}

/** What cabal would write: the URL's user:password@ as given, and decoded. */
function credentialNeedles(repo: RemoteRepo | undefined): Buffer[] {
  if (!repo || repo.url === repo.publicUrl) return [];
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s]*@)/i.exec(repo.url)?.[1];
  if (!userinfo) return [];
  const forms = new Set([userinfo]);
  try {
    forms.add(decodeURIComponent(userinfo));
  } catch {
    // Not valid percent-encoding: as given is all cabal can have.
  }
  return [...forms].map((form) => Buffer.from(form));
}

async function regularFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await regularFiles(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** Streams the file, keeping an overlap so a needle across two chunks is found too. */
async function fileContains(file: string, needles: readonly Buffer[]): Promise<boolean> {
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const window = Buffer.concat([tail, chunk as Buffer]);
    if (needles.some((needle) => window.includes(needle))) return true;
    tail = window.subarray(Math.max(0, window.length - overlap));
  }
  return false;
}
