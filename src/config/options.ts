import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { Settings } from './settings.ts';
import { formatDuration } from '../util/format.ts';
import { DEFAULT_TRANSFER_POLICY, type TransferPolicy } from '../util/retry.ts';

export interface RemoteRepo {
  /** As written in cabal's `repository NAME` stanza. */
  readonly name: string;
  /** As given, credentials included: passed to cabal at run time only, never written into a layer. */
  readonly url: string;
  /** The same URL without user and password: what layers, keys and the log may hold. */
  readonly publicUrl: string;
}

export interface CustomBindist {
  readonly url: string;
  readonly sha256: string;
}

/** The typed options the engine runs with; the only place settings become decisions. */
export interface EngineOptions {
  readonly basePath: string;
  readonly prefixPath: string;
  readonly rootPath: string;
  readonly cachePath: string;
  readonly systemToolchain: boolean;
  readonly ghcVersion: string | undefined;
  /** Where ghcVersion was set, for messages: `HALCYON_GHC_VERSION (config var)`, `.halcyon/ghc-version`. */
  readonly ghcVersionFrom?: string;
  readonly ghcBindist: CustomBindist | undefined;
  readonly cabalVersion: string | undefined;
  /** undefined: `none`, no package repository at all. */
  readonly remoteRepo: RemoteRepo | undefined;
  readonly noBuild: boolean;
  readonly noBuildDependencies: boolean;
  readonly noCleanCache: boolean;
  /** Options for cabal build of the app's own packages (HALCYON_EXTRA_CONFIGURE_FLAGS), split as a shell would. */
  readonly extraConfigureFlags: readonly string[];
  readonly extraSourceHashIgnore: readonly string[];
  readonly extraDataFiles: readonly string[];
  /** Debian/Ubuntu package names, sorted and without duplicates (they name a layer). */
  readonly extraOsPackages: readonly string[];
  readonly keepDependencies: boolean;
  /** Build the test suites too (Heroku CI's test-compile); their layers have keys of their own. */
  readonly tests: boolean;
  readonly storage: StorageOptions;
  /** Timeouts and retries of every network transfer. */
  readonly transfer: TransferPolicy;
  /** Between the progress lines of long transfers and extractions. */
  readonly progressIntervalMs: number;
  /** When the run must be done by (HALCYON_BUILD_DEADLINE, or a Heroku compile's limit); undefined: no limit. */
  readonly deadline: Deadline | undefined;
}

export interface Deadline {
  /** Epoch milliseconds. */
  readonly atMs: number;
  /** How the log names it: `HALCYON_BUILD_DEADLINE (config var), 2 min 0 s`. */
  readonly source: string;
}

export type CannedAcl = 'private' | 'public-read' | 'public-read-write' | 'authenticated-read' | 'aws-exec-read' | 'bucket-owner-read' | 'bucket-owner-full-control';

export interface PrivateBucket {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly bucket: string;
  readonly endpoint: string | undefined;
  readonly region: string | undefined;
  readonly pathStyle: boolean | undefined;
  readonly acl: CannedAcl;
}

export interface StorageOptions {
  /** undefined: not configured (or HALCYON_NO_PRIVATE_STORAGE). */
  readonly privateBucket: PrivateBucket | undefined;
  /** Names the variables missing for private storage, when some but not all are set. */
  readonly incompletePrivate: readonly string[];
  /** Configured, and turned off by HALCYON_NO_PRIVATE_STORAGE. */
  readonly privateStorageOff: boolean;
  readonly noUpload: boolean;
  readonly noCleanPrivate: boolean;
  /** What the private bucket's cleaning never removes: each app's latest deploys, and anything this recent. */
  readonly retention: Retention;
  /** undefined: none configured, or HALCYON_NO_PUBLIC_STORAGE. */
  readonly publicUrl: string | undefined;
}

export interface Retention {
  readonly keepReleases: number;
  readonly gracePeriodMs: number;
}

export const DEFAULT_RETENTION: Retention = { keepReleases: 3, gracePeriodMs: 7 * 86_400_000 };

export const DEFAULT_REMOTE_REPO: RemoteRepo = { name: 'hackage.haskell.org', url: 'http://hackage.haskell.org/', publicUrl: 'http://hackage.haskell.org/' };

export interface OptionDefaults {
  readonly basePath: string;
  readonly cachePath: string;
  readonly noBuildDependencies: boolean;
  readonly tests?: boolean;
  /** When the run started (epoch ms): a deadline counts from it. */
  readonly startedMs?: number;
  /** The front end's own limit (a Heroku compile's), counted from startedMs. */
  readonly limit?: { readonly durationMs: number; readonly source: string };
}

export function engineOptions(settings: Settings, defaults: OptionDefaults): EngineOptions {
  const basePath = path.resolve(settings.string('HALCYON_BASE') ?? defaults.basePath);
  return {
    basePath,
    prefixPath: path.resolve(settings.string('HALCYON_PREFIX') ?? basePath),
    rootPath: path.resolve(settings.string('HALCYON_ROOT') ?? '/'),
    cachePath: path.resolve(settings.string('HALCYON_CACHE') ?? defaults.cachePath),
    systemToolchain: settings.bool('HALCYON_SYSTEM_TOOLCHAIN'),
    ghcVersion: settings.string('HALCYON_GHC_VERSION'),
    ghcVersionFrom: settings.describe('HALCYON_GHC_VERSION'),
    ghcBindist: customBindist(settings),
    cabalVersion: settings.string('HALCYON_CABAL_VERSION'),
    remoteRepo: parseRemoteRepo(settings.string('HALCYON_CABAL_REMOTE_REPO')),
    noBuild: settings.bool('HALCYON_NO_BUILD'),
    noBuildDependencies: settings.bool('HALCYON_NO_BUILD_DEPENDENCIES', defaults.noBuildDependencies),
    noCleanCache: settings.bool('HALCYON_NO_CLEAN_CACHE'),
    extraConfigureFlags: configureFlags(settings),
    extraSourceHashIgnore: splitWords(settings.string('HALCYON_EXTRA_SOURCE_HASH_IGNORE') ?? '', settings.describe('HALCYON_EXTRA_SOURCE_HASH_IGNORE')),
    extraDataFiles: splitWords(settings.string('HALCYON_EXTRA_DATA_FILES') ?? '', settings.describe('HALCYON_EXTRA_DATA_FILES')),
    extraOsPackages: osPackages(settings),
    keepDependencies: settings.bool('HALCYON_KEEP_DEPENDENCIES'),
    tests: defaults.tests ?? false,
    storage: storageOptions(settings),
    transfer: {
      ...DEFAULT_TRANSFER_POLICY,
      idleTimeoutMs: (settings.integer('HALCYON_TRANSFER_IDLE_TIMEOUT') ?? DEFAULT_TRANSFER_POLICY.idleTimeoutMs / 1000) * 1000,
      attempts: settings.integer('HALCYON_TRANSFER_ATTEMPTS') ?? DEFAULT_TRANSFER_POLICY.attempts,
      partSizeBytes: (settings.integer('HALCYON_TRANSFER_PART_SIZE') ?? DEFAULT_TRANSFER_POLICY.partSizeBytes / (1024 * 1024)) * 1024 * 1024,
      partsInFlight: settings.integer('HALCYON_TRANSFER_PARALLEL') ?? DEFAULT_TRANSFER_POLICY.partsInFlight,
    },
    progressIntervalMs: (settings.integer('HALCYON_PROGRESS_INTERVAL') ?? 5) * 1000,
    deadline: deadline(settings, defaults),
  };
}

/** The earlier of HALCYON_BUILD_DEADLINE and the front end's own limit, both from the run's start. */
function deadline(settings: Settings, defaults: OptionDefaults): Deadline | undefined {
  const startedMs = defaults.startedMs ?? Date.now();
  const setMs = settings.durationMs('HALCYON_BUILD_DEADLINE');
  const candidates: Deadline[] = [];
  if (setMs !== undefined) candidates.push({ atMs: startedMs + setMs, source: `${settings.describe('HALCYON_BUILD_DEADLINE')}, ${formatDuration(setMs)}` });
  if (defaults.limit) candidates.push({ atMs: startedMs + defaults.limit.durationMs, source: defaults.limit.source });
  return candidates.sort((a, b) => a.atMs - b.atMs)[0];
}

export const PRIVATE_VARS = ['HALCYON_AWS_ACCESS_KEY_ID', 'HALCYON_AWS_SECRET_ACCESS_KEY', 'HALCYON_S3_BUCKET'] as const;

function storageOptions(settings: Settings): StorageOptions {
  const [accessKeyId, secretAccessKey, bucket] = PRIVATE_VARS.map((name) => settings.string(name));
  if (accessKeyId !== undefined) checkCredential(accessKeyId, settings.describe('HALCYON_AWS_ACCESS_KEY_ID'));
  if (secretAccessKey !== undefined) checkCredential(secretAccessKey, settings.describe('HALCYON_AWS_SECRET_ACCESS_KEY'));
  if (bucket !== undefined) checkBucketName(bucket, settings.describe('HALCYON_S3_BUCKET'));
  const region = settings.string('HALCYON_S3_REGION');
  if (region !== undefined) checkRegion(region, settings.describe('HALCYON_S3_REGION'));
  const given = PRIVATE_VARS.filter((name) => settings.string(name) !== undefined);
  const configured = accessKeyId !== undefined && secretAccessKey !== undefined && bucket !== undefined;
  const pathStyle = settings.get('HALCYON_S3_PATH_STYLE') ? settings.bool('HALCYON_S3_PATH_STYLE') : undefined;
  return {
    privateBucket:
      configured && !settings.bool('HALCYON_NO_PRIVATE_STORAGE')
        ? {
            accessKeyId,
            secretAccessKey,
            bucket,
            endpoint: validEndpoint(settings.string('HALCYON_S3_ENDPOINT')),
            region,
            pathStyle,
            acl: (settings.string('HALCYON_S3_ACL') ?? 'private') as CannedAcl,
          }
        : undefined,
    // Storage turned off on purpose is not half configured, whatever else is set.
    incompletePrivate: given.length > 0 && !configured && !settings.bool('HALCYON_NO_PRIVATE_STORAGE') ? PRIVATE_VARS.filter((name) => !given.includes(name)) : [],
    privateStorageOff: configured && settings.bool('HALCYON_NO_PRIVATE_STORAGE'),
    noUpload: settings.bool('HALCYON_NO_UPLOAD'),
    noCleanPrivate: settings.bool('HALCYON_NO_CLEAN_PRIVATE_STORAGE'),
    retention: {
      keepReleases: settings.integer('HALCYON_KEEP_RELEASES') ?? DEFAULT_RETENTION.keepReleases,
      gracePeriodMs: settings.durationMs('HALCYON_CLEAN_GRACE_PERIOD') ?? DEFAULT_RETENTION.gracePeriodMs,
    },
    publicUrl: settings.bool('HALCYON_NO_PUBLIC_STORAGE') ? undefined : publicUrl(settings.string('HALCYON_PUBLIC_STORAGE_URL')),
  };
}

/**
 * A URL with its scheme (http or https), or an AWS host (which only selects the region). A
 * bare host of another service would be guessed as https, and a server without TLS would
 * then look like a network fault to every request.
 */
function validEndpoint(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const remedy = 'Set it to a URL with its scheme (https://minio.example.com:9000, or http:// for a server without TLS), or to an AWS host (s3.eu-west-1.amazonaws.com), or unset it for AWS S3.';
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    throw new HalcyonError('config/invalid-endpoint', `HALCYON_S3_ENDPOINT is set to "${value}", which is not a host or URL`, { remedy });
  }
  if (hasScheme && url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new HalcyonError('config/invalid-endpoint-scheme', `HALCYON_S3_ENDPOINT is set to "${value}": S3 is reached over http or https, not ${url.protocol.slice(0, -1)}`, { remedy });
  }
  if (!hasScheme && !/(^|\.)amazonaws\.com$/i.test(url.hostname)) {
    throw new HalcyonError('config/endpoint-without-scheme', `HALCYON_S3_ENDPOINT is set to "${value}", which has no scheme`, { remedy });
  }
  return value;
}

/**
 * Key ids and secrets are printable ASCII without spaces; a pasted newline is the usual
 * mistake. Where it is is said, never the value (the log masks credentials anyway).
 */
function checkCredential(value: string, from: string): void {
  const at = value.search(/[^\x21-\x7e]/);
  if (at < 0) return;
  const what = /[\r\n]/.test(value) ? 'a line break' : /\s/.test(value) ? 'a space' : 'a character that is not printable ASCII';
  throw new HalcyonError('config/invalid-credential', `${from} has ${what} in it (at character ${at + 1})`, {
    remedy: 'Set it again without it (copy the key alone): heroku config:set NAME=VALUE, or export it off Heroku.',
  });
}

/** A region's name: us-east-1, eu-central-1, or another service's own (auto, garage). */
function checkRegion(region: string, from: string): void {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(region)) return;
  throw new HalcyonError('config/invalid-region', `${from} is set to "${region}", which is not a region name`, {
    remedy: 'Give the bucket\'s region alone (e.g. eu-central-1): letters, digits and hyphens, no spaces; or unset it for us-east-1.',
  });
}

/** S3's bucket naming rules, loosely: AWS's older buckets and other services allow capitals and underscores. */
function checkBucketName(bucket: string, from: string): void {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/.test(bucket) && !bucket.includes('..')) return;
  throw new HalcyonError('config/invalid-bucket', `${from} is set to "${bucket}", which is not a bucket name`, {
    remedy: 'Give the bucket\'s name alone, 3 to 63 characters: lowercase letters, digits, dots and hyphens (e.g. my-app-halcyon), without s3://, a slash, a path or spaces.',
  });
}

function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^/]+/.test(value)) {
    throw new HalcyonError('config/invalid-public-url', `HALCYON_PUBLIC_STORAGE_URL is set to "${value}", which is not an http(s) URL`, {
      remedy: 'Set it to the public bucket\'s URL, e.g. https://BUCKET.s3.amazonaws.com, or unset it.',
    });
  }
  return value.replace(/\/+$/, '');
}

function customBindist(settings: Settings): CustomBindist | undefined {
  const url = settings.string('HALCYON_GHC_BINDIST_URL');
  const sha256 = settings.string('HALCYON_GHC_BINDIST_SHA256');
  if (url === undefined && sha256 === undefined) return undefined;
  if (url === undefined || sha256 === undefined || !/^[0-9a-f]{64}$/i.test(sha256)) {
    throw new HalcyonError('config/bindist-without-sha256', 'HALCYON_GHC_BINDIST_URL needs HALCYON_GHC_BINDIST_SHA256 (64 hex digits)', {
      remedy: 'Set both: the bindist URL and its sha256, as published beside the download.',
    });
  }
  return { url, sha256: sha256.toLowerCase() };
}

/** `NAME:URL`; the URL itself contains colons, so only the first one separates. */
export function parseRemoteRepo(value: string | undefined): RemoteRepo | undefined {
  if (value === undefined) return DEFAULT_REMOTE_REPO;
  if (value.trim().toLowerCase() === 'none') return undefined;
  const colon = value.indexOf(':');
  const name = value.slice(0, colon).trim();
  const url = value.slice(colon + 1).trim();
  if (colon <= 0 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !/^(https?|file\+noindex):\/\//.test(url)) {
    throw new HalcyonError('config/invalid-remote-repo', `HALCYON_CABAL_REMOTE_REPO is set to "${value}", which is not NAME:URL`, {
      remedy:
        'Set it to NAME:URL, e.g. hackage.haskell.org:http://hackage.haskell.org/ or local:file+noindex:///absolute/dir, or to none.',
    });
  }
  if (url.startsWith('file+noindex:') && !url.startsWith('file+noindex:///')) {
    throw new HalcyonError('config/relative-file-repo', `HALCYON_CABAL_REMOTE_REPO: ${url} is not an absolute file+noindex URL`, {
      remedy: 'Use file+noindex:///absolute/path/to/dir (three slashes, then the absolute path).',
    });
  }
  return { name, url, publicUrl: withoutCredentials(url) };
}

/** `https://user:password@host/` → `https://host/`. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

/** Options that would move the build out of the layers, or swap the compiler behind the keys' back. */
const MOVING_OPTIONS = /^(--prefix|--builddir|--with-compiler|-w|--store-dir|--project-file|--project-dir)(=|$)/;

function configureFlags(settings: Settings): string[] {
  const from = settings.describe('HALCYON_EXTRA_CONFIGURE_FLAGS');
  const flags = splitWords(settings.string('HALCYON_EXTRA_CONFIGURE_FLAGS') ?? '', from);
  for (const flag of flags) {
    if (MOVING_OPTIONS.test(flag)) {
      throw new HalcyonError('config/configure-flag-moves-build', `${from} has ${flag}, which the buildpack sets itself`, {
        remedy: 'Remove it: the build directory, install prefix, compiler and store are fixed by the layers (see HALCYON_PREFIX and HALCYON_GHC_VERSION).',
      });
    }
    if (!flag.startsWith('-')) {
      throw new HalcyonError('config/configure-flag-not-an-option', `${from} has "${flag}", which is not an option`, {
        remedy: 'Give cabal options only, e.g. --flags=production or --ghc-options=-O2; quote a value with spaces: --ghc-options="-O2 -j".',
      });
    }
  }
  return flags;
}

/** Debian package names, as dpkg allows them (an optional :arch suffix). */
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$/;

function osPackages(settings: Settings): string[] {
  const from = settings.describe('HALCYON_EXTRA_OS_PACKAGES');
  const names = splitWords(settings.string('HALCYON_EXTRA_OS_PACKAGES') ?? '', from);
  for (const name of names) {
    if (!PACKAGE_NAME.test(name)) {
      throw new HalcyonError('config/invalid-os-package', `${from} has "${name}", which is not a Debian package name`, {
        remedy: 'List package names separated by spaces, as apt-get install takes them, e.g. libyajl-dev libpq-dev.',
      });
    }
  }
  return [...new Set(names)].sort();
}

/** Splits as a shell would, for spaces and quotes only: `a "b c"` → [a, b c]. */
export function splitWords(text: string, from: string): string[] {
  const words: string[] = [];
  let current: string | undefined;
  let quote: '"' | "'" | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current = (current ?? '') + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      current ??= '';
    } else if (/\s/.test(char)) {
      if (current !== undefined) words.push(current);
      current = undefined;
    } else current = (current ?? '') + char;
  }
  if (quote) {
    throw new HalcyonError('config/unclosed-quote', `${from} has an unclosed ${quote}`, { remedy: `Close the quote, or remove it.` });
  }
  if (current !== undefined) words.push(current);
  return words;
}
