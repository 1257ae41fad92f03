import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  ArchiveError,
  appendFiles,
  formatBytes,
  formatDuration,
  freeBytesAt,
  freeSpaceAt,
  packDirectory,
  pollPause,
  restoreDirectory,
  sha256Hex,
  writeFileAtomic,
  writeStreamToFile
} from "./chunk-LKZ3LCCS.mjs";
import {
  onInterrupt
} from "./chunk-K36WU7B4.mjs";
import {
  lookupVar
} from "./chunk-AJ3HSWEX.mjs";
import {
  HalcyonError,
  errorMessage
} from "./chunk-IXRDPPGN.mjs";

// src/config/options.ts
import path from "node:path";

// src/util/retry.ts
var DEFAULT_TRANSFER_POLICY = {
  connectTimeoutMs: 1e4,
  idleTimeoutMs: 15e3,
  attempts: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 4e3,
  // Parallel parts only need to outpace the extraction (a GHC layer's 110 MB is read at about
  // 150 MB/s): two connections to S3 do, and each part costs a curl and a follower of its own
  // (16 MiB parts made a restore from a local server 1.06x of one stream; 64 MiB, 0.97x).
  // An archive under one part (most dependency and install layers) is one request.
  partSizeBytes: 64 * 1024 * 1024,
  partsInFlight: 4
};
function backoffMs(policy, attempt) {
  return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (attempt - 1));
}
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var RetryBudget = class {
  constructor(policy, sleep = realSleep) {
    this.policy = policy;
    this.sleep = sleep;
  }
  policy;
  sleep;
  used = 0;
  get exhausted() {
    return this.used >= this.policy.attempts;
  }
  /** Gives back the last attempt: it never reached the network (the tool to make it was missing). */
  refund() {
    this.used = Math.max(0, this.used - 1);
  }
  /**
   * Runs `work` until it succeeds, fails with an error `isTransient` refuses, or the budget is
   * spent; the last error is thrown. `onRetry` hears each retried failure.
   */
  async run(work, isTransient, onRetry) {
    for (; ; ) {
      this.used += 1;
      try {
        return await work(this.used);
      } catch (error) {
        if (!isTransient(error) || this.exhausted) throw error;
        onRetry?.(error, this.used);
        await this.sleep(backoffMs(this.policy, this.used));
      }
    }
  }
};
var StallError = class extends Error {
  constructor(what, idleMs) {
    super(`${what}: no data for ${Number((idleMs / 1e3).toFixed(1))} s`);
    this.name = "StallError";
  }
};
var TransportError = class extends Error {
  name = "TransportError";
};
function isNetworkError(error) {
  if (error instanceof StallError || error instanceof TransportError) return true;
  const code = error?.code ?? error?.cause?.code;
  if (typeof code === "string" && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_\w+|ERR_STREAM_PREMATURE_CLOSE)$/.test(code)) return true;
  const name = error?.name;
  if (name === "TimeoutError" || name === "AbortError") return true;
  return /socket hang up|terminated|premature close|aborted|timed out|stalled|fetch failed/i.test(errorMessage(error));
}

// src/config/options.ts
var DEFAULT_RETENTION = { keepReleases: 3, gracePeriodMs: 7 * 864e5 };
var DEFAULT_REMOTE_REPO = { name: "hackage.haskell.org", url: "http://hackage.haskell.org/", publicUrl: "http://hackage.haskell.org/" };
function engineOptions(settings, defaults) {
  const basePath = path.resolve(settings.string("HALCYON_BASE") ?? defaults.basePath);
  return {
    basePath,
    prefixPath: path.resolve(settings.string("HALCYON_PREFIX") ?? basePath),
    rootPath: path.resolve(settings.string("HALCYON_ROOT") ?? "/"),
    cachePath: path.resolve(settings.string("HALCYON_CACHE") ?? defaults.cachePath),
    systemToolchain: settings.bool("HALCYON_SYSTEM_TOOLCHAIN"),
    ghcVersion: settings.string("HALCYON_GHC_VERSION"),
    ghcVersionFrom: settings.describe("HALCYON_GHC_VERSION"),
    ghcBindist: customBindist(settings),
    cabalVersion: settings.string("HALCYON_CABAL_VERSION"),
    remoteRepo: parseRemoteRepo(settings.string("HALCYON_CABAL_REMOTE_REPO")),
    noBuild: settings.bool("HALCYON_NO_BUILD"),
    noBuildDependencies: settings.bool("HALCYON_NO_BUILD_DEPENDENCIES", defaults.noBuildDependencies),
    noCleanCache: settings.bool("HALCYON_NO_CLEAN_CACHE"),
    extraConfigureFlags: configureFlags(settings),
    extraSourceHashIgnore: splitWords(settings.string("HALCYON_EXTRA_SOURCE_HASH_IGNORE") ?? "", settings.describe("HALCYON_EXTRA_SOURCE_HASH_IGNORE")),
    extraDataFiles: splitWords(settings.string("HALCYON_EXTRA_DATA_FILES") ?? "", settings.describe("HALCYON_EXTRA_DATA_FILES")),
    extraOsPackages: osPackages(settings),
    keepDependencies: settings.bool("HALCYON_KEEP_DEPENDENCIES"),
    tests: defaults.tests ?? false,
    storage: storageOptions(settings),
    transfer: {
      ...DEFAULT_TRANSFER_POLICY,
      idleTimeoutMs: (settings.integer("HALCYON_TRANSFER_IDLE_TIMEOUT") ?? DEFAULT_TRANSFER_POLICY.idleTimeoutMs / 1e3) * 1e3,
      attempts: settings.integer("HALCYON_TRANSFER_ATTEMPTS") ?? DEFAULT_TRANSFER_POLICY.attempts,
      partSizeBytes: (settings.integer("HALCYON_TRANSFER_PART_SIZE") ?? DEFAULT_TRANSFER_POLICY.partSizeBytes / (1024 * 1024)) * 1024 * 1024,
      partsInFlight: settings.integer("HALCYON_TRANSFER_PARALLEL") ?? DEFAULT_TRANSFER_POLICY.partsInFlight
    },
    progressIntervalMs: (settings.integer("HALCYON_PROGRESS_INTERVAL") ?? 5) * 1e3,
    deadline: deadline(settings, defaults)
  };
}
function deadline(settings, defaults) {
  const startedMs = defaults.startedMs ?? Date.now();
  const setMs = settings.durationMs("HALCYON_BUILD_DEADLINE");
  const candidates = [];
  if (setMs !== void 0) candidates.push({ atMs: startedMs + setMs, source: `${settings.describe("HALCYON_BUILD_DEADLINE")}, ${formatDuration(setMs)}` });
  if (defaults.limit) candidates.push({ atMs: startedMs + defaults.limit.durationMs, source: defaults.limit.source });
  return candidates.sort((a, b) => a.atMs - b.atMs)[0];
}
var PRIVATE_VARS = ["HALCYON_AWS_ACCESS_KEY_ID", "HALCYON_AWS_SECRET_ACCESS_KEY", "HALCYON_S3_BUCKET"];
function storageOptions(settings) {
  const [accessKeyId, secretAccessKey, bucket] = PRIVATE_VARS.map((name) => settings.string(name));
  if (accessKeyId !== void 0) checkCredential(accessKeyId, settings.describe("HALCYON_AWS_ACCESS_KEY_ID"));
  if (secretAccessKey !== void 0) checkCredential(secretAccessKey, settings.describe("HALCYON_AWS_SECRET_ACCESS_KEY"));
  if (bucket !== void 0) checkBucketName(bucket, settings.describe("HALCYON_S3_BUCKET"));
  const region = settings.string("HALCYON_S3_REGION");
  if (region !== void 0) checkRegion(region, settings.describe("HALCYON_S3_REGION"));
  const given = PRIVATE_VARS.filter((name) => settings.string(name) !== void 0);
  const configured = accessKeyId !== void 0 && secretAccessKey !== void 0 && bucket !== void 0;
  const pathStyle = settings.get("HALCYON_S3_PATH_STYLE") ? settings.bool("HALCYON_S3_PATH_STYLE") : void 0;
  return {
    privateBucket: configured && !settings.bool("HALCYON_NO_PRIVATE_STORAGE") ? {
      accessKeyId,
      secretAccessKey,
      bucket,
      endpoint: validEndpoint(settings.string("HALCYON_S3_ENDPOINT")),
      region,
      pathStyle,
      acl: settings.string("HALCYON_S3_ACL") ?? "private"
    } : void 0,
    // Storage turned off on purpose is not half configured, whatever else is set.
    incompletePrivate: given.length > 0 && !configured && !settings.bool("HALCYON_NO_PRIVATE_STORAGE") ? PRIVATE_VARS.filter((name) => !given.includes(name)) : [],
    privateStorageOff: configured && settings.bool("HALCYON_NO_PRIVATE_STORAGE"),
    noUpload: settings.bool("HALCYON_NO_UPLOAD"),
    noCleanPrivate: settings.bool("HALCYON_NO_CLEAN_PRIVATE_STORAGE"),
    retention: {
      keepReleases: settings.integer("HALCYON_KEEP_RELEASES") ?? DEFAULT_RETENTION.keepReleases,
      gracePeriodMs: settings.durationMs("HALCYON_CLEAN_GRACE_PERIOD") ?? DEFAULT_RETENTION.gracePeriodMs
    },
    publicUrl: settings.bool("HALCYON_NO_PUBLIC_STORAGE") ? void 0 : publicUrl(settings.string("HALCYON_PUBLIC_STORAGE_URL"))
  };
}
function validEndpoint(value) {
  if (value === void 0) return void 0;
  const remedy = "Set it to a URL with its scheme (https://minio.example.com:9000, or http:// for a server without TLS), or to an AWS host (s3.eu-west-1.amazonaws.com), or unset it for AWS S3.";
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    throw new HalcyonError("config/invalid-endpoint", `HALCYON_S3_ENDPOINT is set to "${value}", which is not a host or URL`, { remedy });
  }
  if (hasScheme && url.protocol !== "https:" && url.protocol !== "http:") {
    throw new HalcyonError("config/invalid-endpoint-scheme", `HALCYON_S3_ENDPOINT is set to "${value}": S3 is reached over http or https, not ${url.protocol.slice(0, -1)}`, { remedy });
  }
  if (!hasScheme && !/(^|\.)amazonaws\.com$/i.test(url.hostname)) {
    throw new HalcyonError("config/endpoint-without-scheme", `HALCYON_S3_ENDPOINT is set to "${value}", which has no scheme`, { remedy });
  }
  return value;
}
function checkCredential(value, from2) {
  const at = value.search(/[^\x21-\x7e]/);
  if (at < 0) return;
  const what = /[\r\n]/.test(value) ? "a line break" : /\s/.test(value) ? "a space" : "a character that is not printable ASCII";
  throw new HalcyonError("config/invalid-credential", `${from2} has ${what} in it (at character ${at + 1})`, {
    remedy: "Set it again without it (copy the key alone): heroku config:set NAME=VALUE, or export it off Heroku."
  });
}
function checkRegion(region, from2) {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(region)) return;
  throw new HalcyonError("config/invalid-region", `${from2} is set to "${region}", which is not a region name`, {
    remedy: "Give the bucket's region alone (e.g. eu-central-1): letters, digits and hyphens, no spaces; or unset it for us-east-1."
  });
}
function checkBucketName(bucket, from2) {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/.test(bucket) && !bucket.includes("..")) return;
  throw new HalcyonError("config/invalid-bucket", `${from2} is set to "${bucket}", which is not a bucket name`, {
    remedy: "Give the bucket's name alone, 3 to 63 characters: lowercase letters, digits, dots and hyphens (e.g. my-app-halcyon), without s3://, a slash, a path or spaces."
  });
}
function publicUrl(value) {
  if (value === void 0) return void 0;
  if (!/^https?:\/\/[^/]+/.test(value)) {
    throw new HalcyonError("config/invalid-public-url", `HALCYON_PUBLIC_STORAGE_URL is set to "${value}", which is not an http(s) URL`, {
      remedy: "Set it to the public bucket's URL, e.g. https://BUCKET.s3.amazonaws.com, or unset it."
    });
  }
  return value.replace(/\/+$/, "");
}
function customBindist(settings) {
  const url = settings.string("HALCYON_GHC_BINDIST_URL");
  const sha256 = settings.string("HALCYON_GHC_BINDIST_SHA256");
  if (url === void 0 && sha256 === void 0) return void 0;
  if (url === void 0 || sha256 === void 0 || !/^[0-9a-f]{64}$/i.test(sha256)) {
    throw new HalcyonError("config/bindist-without-sha256", "HALCYON_GHC_BINDIST_URL needs HALCYON_GHC_BINDIST_SHA256 (64 hex digits)", {
      remedy: "Set both: the bindist URL and its sha256, as published beside the download."
    });
  }
  return { url, sha256: sha256.toLowerCase() };
}
function parseRemoteRepo(value) {
  if (value === void 0) return DEFAULT_REMOTE_REPO;
  if (value.trim().toLowerCase() === "none") return void 0;
  const colon = value.indexOf(":");
  const name = value.slice(0, colon).trim();
  const url = value.slice(colon + 1).trim();
  if (colon <= 0 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !/^(https?|file\+noindex):\/\//.test(url)) {
    throw new HalcyonError("config/invalid-remote-repo", `HALCYON_CABAL_REMOTE_REPO is set to "${value}", which is not NAME:URL`, {
      remedy: "Set it to NAME:URL, e.g. hackage.haskell.org:http://hackage.haskell.org/ or local:file+noindex:///absolute/dir, or to none."
    });
  }
  if (url.startsWith("file+noindex:") && !url.startsWith("file+noindex:///")) {
    throw new HalcyonError("config/relative-file-repo", `HALCYON_CABAL_REMOTE_REPO: ${url} is not an absolute file+noindex URL`, {
      remedy: "Use file+noindex:///absolute/path/to/dir (three slashes, then the absolute path)."
    });
  }
  return { name, url, publicUrl: withoutCredentials(url) };
}
function withoutCredentials(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, "$1");
}
var MOVING_OPTIONS = /^(--prefix|--builddir|--with-compiler|-w|--store-dir|--project-file|--project-dir)(=|$)/;
function configureFlags(settings) {
  const from2 = settings.describe("HALCYON_EXTRA_CONFIGURE_FLAGS");
  const flags = splitWords(settings.string("HALCYON_EXTRA_CONFIGURE_FLAGS") ?? "", from2);
  for (const flag of flags) {
    if (MOVING_OPTIONS.test(flag)) {
      throw new HalcyonError("config/configure-flag-moves-build", `${from2} has ${flag}, which the buildpack sets itself`, {
        remedy: "Remove it: the build directory, install prefix, compiler and store are fixed by the layers (see HALCYON_PREFIX and HALCYON_GHC_VERSION)."
      });
    }
    if (!flag.startsWith("-")) {
      throw new HalcyonError("config/configure-flag-not-an-option", `${from2} has "${flag}", which is not an option`, {
        remedy: 'Give cabal options only, e.g. --flags=production or --ghc-options=-O2; quote a value with spaces: --ghc-options="-O2 -j".'
      });
    }
  }
  return flags;
}
var PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$/;
function osPackages(settings) {
  const from2 = settings.describe("HALCYON_EXTRA_OS_PACKAGES");
  const names = splitWords(settings.string("HALCYON_EXTRA_OS_PACKAGES") ?? "", from2);
  for (const name of names) {
    if (!PACKAGE_NAME.test(name)) {
      throw new HalcyonError("config/invalid-os-package", `${from2} has "${name}", which is not a Debian package name`, {
        remedy: "List package names separated by spaces, as apt-get install takes them, e.g. libyajl-dev libpq-dev."
      });
    }
  }
  return [...new Set(names)].sort();
}
function splitWords(text2, from2) {
  const words = [];
  let current;
  let quote2;
  for (const char of text2) {
    if (quote2) {
      if (char === quote2) quote2 = void 0;
      else current = (current ?? "") + char;
    } else if (char === '"' || char === "'") {
      quote2 = char;
      current ??= "";
    } else if (/\s/.test(char)) {
      if (current !== void 0) words.push(current);
      current = void 0;
    } else current = (current ?? "") + char;
  }
  if (quote2) {
    throw new HalcyonError("config/unclosed-quote", `${from2} has an unclosed ${quote2}`, { remedy: `Close the quote, or remove it.` });
  }
  if (current !== void 0) words.push(current);
  return words;
}

// src/config/settings.ts
var TRUE_VALUES = /* @__PURE__ */ new Set(["1", "true", "yes", "on"]);
var FALSE_VALUES = /* @__PURE__ */ new Set(["0", "false", "no", "off", ""]);
var Settings = class {
  constructor(values) {
    this.values = values;
  }
  values;
  get(name) {
    return this.values.get(name);
  }
  string(name) {
    const value = this.values.get(name)?.value;
    return value === void 0 || value === "" ? void 0 : value;
  }
  bool(name, fallback = false) {
    const value = this.values.get(name)?.value;
    return value === void 0 ? fallback : TRUE_VALUES.has(value.toLowerCase());
  }
  /** How messages name where a value came from: `HALCYON_GHC_VERSION (config var)`, `.halcyon/ghc-version`, `--ghc-version`. */
  describe(name) {
    const value = this.values.get(name);
    if (!value) return name;
    return value.source === "env" || value.source === "config var" ? `${value.givenAs} (${value.source === "env" ? "environment" : "config var"})` : value.givenAs;
  }
  /** Milliseconds, for a `duration` variable. */
  durationMs(name) {
    const value = this.string(name);
    return value === void 0 ? void 0 : parseDurationMs(value);
  }
  integer(name) {
    const value = this.string(name);
    return value === void 0 ? void 0 : Number(value);
  }
  entries() {
    return [...this.values.entries()];
  }
};
function resolveSettings(layers) {
  const values = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer.vars)) {
      if (value === void 0) continue;
      const spec = lookupVar(name);
      if (!spec || values.has(spec.name)) continue;
      const givenAs = layer.describe ? layer.describe(name) : name;
      validate(spec, value, givenAs);
      values.set(spec.name, { value: value.trim(), source: layer.source, givenAs });
    }
  }
  return new Settings(values);
}
function validate(spec, raw, givenAs) {
  const value = raw.trim().toLowerCase();
  if (spec.kind === "boolean" && !TRUE_VALUES.has(value) && !FALSE_VALUES.has(value)) {
    throw new HalcyonError("config/not-a-boolean", `${givenAs} is set to "${raw.trim()}", which is not a boolean`, {
      remedy: `Set ${spec.name} to 1 (or true) or 0 (or false).`
    });
  }
  if (spec.kind === "enum" && spec.values && !spec.values.includes(raw.trim())) {
    throw new HalcyonError("config/not-accepted", `${givenAs} is set to "${raw.trim()}", which is not accepted`, {
      remedy: `Set ${spec.name} to one of: ${spec.values.join(", ")}.`
    });
  }
  if (spec.kind === "integer") {
    const [min, max] = spec.range ?? [0, Number.MAX_SAFE_INTEGER];
    const number = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (!(number >= min && number <= max)) {
      throw new HalcyonError("config/not-a-number", `${givenAs} is set to "${raw.trim()}", which is not a whole number from ${min} to ${max}`, {
        remedy: `Set ${spec.name} to a whole number from ${min} to ${max}, or unset it for the default (${spec.defaultText}).`
      });
    }
  }
  if (spec.kind === "duration" && raw.trim() !== "" && parseDurationMs(raw.trim()) === void 0) {
    const bare = /^\d+$/.test(raw.trim()) && Number(raw.trim()) >= 1;
    throw new HalcyonError("config/not-a-duration", `${givenAs} is set to "${raw.trim()}", which is not a duration${bare ? ": it has no unit" : ""}`, {
      remedy: bare ? `Give its unit: ${raw.trim()}m for minutes, ${raw.trim()}s for seconds (or hours, as in 1h30m).` : `Set ${spec.name} to a duration of at least one second: seconds, minutes, hours and days, such as 90s, 20m, 1h30m or 7d.`
    });
  }
  if (spec.kind === "path" && raw.trim() !== "" && !raw.trim().startsWith("/")) {
    throw new HalcyonError("config/not-an-absolute-path", `${givenAs} is set to "${raw.trim()}", which is not an absolute path`, {
      remedy: `Set ${spec.name} to an absolute path.`
    });
  }
}
var DURATION_UNIT_MS = { d: 864e5, h: 36e5, m: 6e4, s: 1e3 };
function parseDurationMs(text2) {
  const trimmed = text2.trim().toLowerCase();
  if (!/^(\d+d)?(\d+h)?(\d+m)?(\d+s)?$/.test(trimmed) || trimmed === "") return void 0;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([dhms])/g)) total += Number(amount) * (DURATION_UNIT_MS[unit ?? "s"] ?? 0);
  return total >= 1e3 ? total : void 0;
}

// src/storage/public-store.ts
import { Readable as Readable2 } from "node:stream";

// src/storage/s3-errors.ts
import path2 from "node:path";
var DownloadError = class extends Error {
  name = "DownloadError";
};
var FULL_BELOW_BYTES = 16 * 1024 * 1024;
var PURGE_HINT = "On Heroku, a build cache full of old layers is emptied with `heroku builds:cache:purge`.";
function noSpaceError(file, told = {}) {
  const dir = path2.dirname(file);
  const space = freeSpaceAt(dir);
  if (told.neededBytes === void 0 && space?.inodes === 0) {
    return new HalcyonError("storage/no-space", `No space left on the file system holding ${dir}: it has no free inodes (it holds as many files as it can)`, {
      remedy: `Remove files there (df -i ${dir} shows the inodes free), or write somewhere with room. ${PURGE_HINT}`
    });
  }
  const freeBytes = told.freeBytes ?? space?.bytes;
  const need = told.neededBytes === void 0 ? "" : `${formatBytes(told.neededBytes)} are needed and `;
  const free = freeBytes === void 0 ? "" : `: ${need}${formatBytes(freeBytes)} ${freeBytes === 1 ? "is" : "are"} free`;
  return new HalcyonError("storage/no-space", `No space left on the file system holding ${dir}${free}`, {
    remedy: `Free space there (df -h ${dir} shows what is free), or write somewhere with room. ${PURGE_HINT}`
  });
}
function writeFailure(file, detail, cause) {
  const space = freeSpaceAt(path2.dirname(file));
  if (space !== void 0 && (space.bytes < FULL_BELOW_BYTES || space.inodes === 0)) return noSpaceError(file);
  return new DownloadError(detail, cause === void 0 ? void 0 : { cause });
}
function shape(error) {
  const e = typeof error === "object" && error !== null ? error : {};
  const status = e.$metadata?.httpStatusCode;
  return {
    name: typeof e.name === "string" ? e.name : typeof e.code === "string" ? e.code : "",
    status: typeof status === "number" ? status : void 0,
    message: typeof e.message === "string" ? e.message : String(error)
  };
}
var ENDPOINT_ERRORS = /* @__PURE__ */ new Set(["PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException", "Redirect", "TemporaryRedirect"]);
var CREDENTIAL_ERRORS = {
  InvalidAccessKeyId: "HALCYON_AWS_ACCESS_KEY_ID",
  SignatureDoesNotMatch: "HALCYON_AWS_SECRET_ACCESS_KEY"
};
function classifyS3Error(error) {
  if (error instanceof DownloadError) return "download";
  const { name, status } = shape(error);
  if (status === void 0 && !isNetworkError(error)) return "fatal";
  if (ENDPOINT_ERRORS.has(name) || status !== void 0 && status >= 300 && status < 400) return "fatal";
  if (name in CREDENTIAL_ERRORS || name === "NoSuchBucket") return "fatal";
  if (name === "NoSuchKey" || name === "NotFound" || status === 404) return "missing";
  if (name === "AccessDenied" || status === 403) return "denied";
  if (status !== void 0 && status >= 400 && status < 500 && status !== 408 && status !== 429) return "rejected";
  return "transient";
}
function fatalS3Error(error, bucket, region) {
  const { name, status, message } = shape(error);
  const credential = CREDENTIAL_ERRORS[name];
  if (credential) {
    return new HalcyonError(name === "InvalidAccessKeyId" ? "storage/s3/invalid-access-key-id" : "storage/s3/signature-does-not-match", `The private bucket ${bucket} refused the credentials (${name})`, {
      remedy: `Check ${credential}: heroku config:set ${credential}=... (or export it off Heroku).`
    });
  }
  if (name === "NoSuchBucket") {
    return new HalcyonError("storage/s3/no-such-bucket", `The private bucket ${bucket} does not exist`, {
      remedy: "Check HALCYON_S3_BUCKET (and HALCYON_S3_ENDPOINT for an S3-compatible service)."
    });
  }
  if (status === void 0) {
    return new HalcyonError("config/s3-request", `A request to the private bucket ${bucket} could not be made: ${name ? `${name}: ` : ""}${message}`, {
      remedy: "Check HALCYON_S3_ENDPOINT (its scheme too: http:// for a server without TLS), and HALCYON_S3_BUCKET and HALCYON_AWS_ACCESS_KEY_ID for stray characters (spaces, newlines, slashes)."
    });
  }
  return new HalcyonError("storage/s3/wrong-region-or-endpoint", `The private bucket ${bucket} is not in region ${region}, or not at that endpoint (${name || `HTTP ${status ?? "?"}`}: ${message})`, {
    remedy: "Set HALCYON_S3_REGION to the bucket's region (e.g. eu-central-1), or HALCYON_S3_ENDPOINT to its endpoint."
  });
}
function rejectionRemedy(error) {
  const { name } = shape(error);
  if (name === "AccessControlListNotSupported" || name === "InvalidArgument") {
    return "The bucket does not accept ACLs (Object Ownership: bucket owner enforced): set HALCYON_S3_ACL=private.";
  }
  return "Check the bucket's settings and HALCYON_S3_ENDPOINT; the archive stays in the cache.";
}
function describeS3Error(error) {
  const { name, status, message } = shape(error);
  return [name, status !== void 0 ? `HTTP ${status}` : "", message].filter(Boolean).join(": ");
}

// src/storage/s3-read.ts
import { Readable } from "node:stream";

// src/storage/ranges.ts
function wrongSpan(fromByte, endByte, contentRange) {
  const answered = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange ?? "");
  const askedEnd = Math.min(endByte ?? Number.POSITIVE_INFINITY, Number(answered?.[3]));
  if (answered && Number(answered[1]) === fromByte && Number(answered[2]) + 1 === askedEnd) return void 0;
  return `asked for bytes ${fromByte}-${endByte === void 0 ? "" : endByte - 1}, the server answered ${contentRange ?? "with no Content-Range"}`;
}

// src/storage/s3-read.ts
function transientS3(error) {
  return classifyS3Error(error) === "transient";
}
function getObject({ sdk, client }, bucket, key, budget) {
  return budget.run(() => client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key })), transientS3);
}
var SDK_AHEAD_BYTES = 64 * 1024 * 1024;
async function getObjectRanged({ sdk, client }, bucket, key, budget, policy, newBudget) {
  const part = policy.partSizeBytes;
  const first = await budget.run(() => client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${part - 1}` })), transientS3);
  const total = Number(/\/(\d+)$/.exec(first.ContentRange ?? "")?.[1] ?? Number.NaN);
  const firstBody = first.Body;
  const firstWrong = first.ContentRange === void 0 ? void 0 : wrongSpan(0, part, first.ContentRange);
  if (firstWrong) {
    firstBody.destroy();
    throw new DownloadError(firstWrong);
  }
  if (!Number.isFinite(total) || total <= part) return { body: firstBody, sizeBytes: Number.isFinite(total) ? total : first.ContentLength, metadata: first.Metadata };
  const ahead = Math.max(1, Math.min(policy.partsInFlight, 1 + Math.floor(SDK_AHEAD_BYTES / part)));
  const fetchRange = async (startByte, endByte) => {
    const answer = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${startByte}-${endByte - 1}`, ...first.ETag ? { IfMatch: first.ETag } : {} }));
    const wrong = answer.ContentRange === void 0 ? `asked for bytes ${startByte}-${endByte - 1}, the server answered with the whole object` : wrongSpan(startByte, endByte, answer.ContentRange);
    if (wrong) {
      answer.Body?.destroy();
      throw new DownloadError(wrong);
    }
    return answer.Body;
  };
  async function* parts() {
    for await (const chunk of firstBody) yield chunk;
    const count = Math.ceil(total / part);
    const started = [];
    try {
      for (let index = 1; index < count; index++) {
        for (let next = started.length + 1; next < count && next < index + ahead; next++) {
          started.push(new PartFetch(next * part, Math.min(total, (next + 1) * part), fetchRange, newBudget()));
        }
        const current = started[index - 1];
        if (current) yield* current.chunks();
      }
    } finally {
      for (const fetch of started) fetch.cancel();
    }
  }
  const body = Readable.from(parts(), { objectMode: false, highWaterMark: 1 << 20 });
  return { body, sizeBytes: total, metadata: first.Metadata };
}
var PartFetch = class {
  constructor(startByte, endByte, fetchRange, budget) {
    this.startByte = startByte;
    this.endByte = endByte;
    budget.run(async () => {
      const body = await fetchRange(this.startByte + this.receivedBytes, this.endByte);
      for await (const chunk of body) {
        if (this.cancelled) return body.destroy();
        this.received.push(chunk);
        this.receivedBytes += chunk.length;
        this.notify();
      }
      if (this.startByte + this.receivedBytes !== this.endByte) throw new Error(`part ${this.startByte}-${this.endByte - 1} ended after ${this.receivedBytes} bytes`);
    }, transientS3).then(() => this.finished = true, (error) => this.failure = error).finally(() => this.notify());
  }
  startByte;
  endByte;
  received = [];
  receivedBytes = 0;
  finished = false;
  failure;
  wake;
  cancelled = false;
  async *chunks() {
    for (; ; ) {
      const chunk = this.received.shift();
      if (chunk) {
        yield chunk;
        continue;
      }
      if (this.failure !== void 0) throw this.failure;
      if (this.finished) return;
      await new Promise((resolve) => this.wake = resolve);
    }
  }
  cancel() {
    this.cancelled = true;
  }
  notify() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
};
async function listObjects({ sdk, client }, bucket, prefix, budget) {
  const found = [];
  let token;
  do {
    const page = await budget().run(
      () => client.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1e3, ContinuationToken: token })),
      transientS3
    );
    for (const object of page.Contents ?? []) if (object.Key) found.push({ key: object.Key, sizeBytes: object.Size ?? 0, ...object.LastModified ? { lastModified: object.LastModified } : {} });
    token = page.IsTruncated ? page.NextContinuationToken : void 0;
  } while (token);
  return found;
}

// src/storage/s3-sdk.ts
var SILENT_LOGGER = { trace: () => void 0, debug: () => void 0, info: () => void 0, warn: () => void 0, error: () => void 0 };
var loading;
function loadS3Sdk() {
  loading ??= import("./chunk-G6GQA4XV.mjs").then((module) => "S3Client" in module && typeof module.S3Client === "function" ? module : module.default);
  return loading;
}
async function createS3Client(settings, policy) {
  const sdk = await loadS3Sdk();
  const client = new sdk.S3Client({
    region: settings.region,
    ...settings.endpoint ? { endpoint: settings.endpoint } : {},
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    ...settings.unsigned ? { signer: { sign: async (request) => request } } : {},
    // Retries follow the shared transfer policy (RetryBudget), not the SDK's own.
    maxAttempts: 1,
    // Checksums only where S3 requires them: uploads carry Content-MD5, which S3 checks.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // socketTimeout is the idle timeout: before the answer and within the body alike.
    requestHandler: { connectionTimeout: policy.connectTimeoutMs, socketTimeout: policy.idleTimeoutMs },
    // The SDK would write its own warnings into the build log; the stores say what went wrong.
    logger: SILENT_LOGGER
  });
  return { sdk, client };
}

// src/storage/curl-download.ts
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path3 from "node:path";
var missing = false;
var CurlMissing = class extends Error {
};
var CANNOT_RUN_ERRORS = /* @__PURE__ */ new Set(["ENOENT", "EACCES"]);
var CANNOT_RUN_EXITS = /* @__PURE__ */ new Set([126, 127]);
var NETWORK_EXITS = /* @__PURE__ */ new Set([5, 6, 7, 16, 18, 28, 35, 52, 55, 56, 92]);
var HTTP_ERROR_EXIT = 22;
var LOCAL_EXITS = /* @__PURE__ */ new Set([23, 27]);
var WATCH_INTERVAL_MS = 200;
function from(part, reached) {
  return part.startByte + reached;
}
function reachedOf(part) {
  return part.inPlace && !part.inPlace.resumable() ? 0 : sizeOf(part.file);
}
function retriedStatus(status) {
  return status >= 500 || status === 408 || status === 429;
}
async function fetchPart(url, part, policy, budget, etag, transfers, onRetry, first) {
  let pinned = etag;
  return budget.run(
    async () => {
      if (transfers.stopped) throw new Error("stopped: another part of the download failed");
      const reached = reachedOf(part);
      const run = await runCurl(url, part, reached, policy, pinned, transfers, first);
      if (run.code !== null && CANNOT_RUN_EXITS.has(run.code)) {
        missing = true;
        throw new CurlMissing(run.detail);
      }
      if (run.code === SEEK_FAILED_EXIT && part.inPlace) throw new DownloadError(`dd could not move to byte ${part.inPlace.offset + reached} of ${part.file}: ${run.detail}`);
      const misplaced = misplacedAnswer(part, reached, run.response);
      if (misplaced) throw new DownloadError(misplaced);
      pinned ??= run.response.headers.etag;
      if (run.cut) return { ...run.response, cut: true };
      if (run.code !== 0) first?.cut?.stop();
      if (run.stalled) throw new TransportError(`no data for ${Number((policy.idleTimeoutMs / 1e3).toFixed(1))} s`);
      if (run.code === HTTP_ERROR_EXIT) {
        if (first?.answersToCaller()) return run.response;
        if (retriedStatus(run.response.status)) throw new TransportError(`answered ${run.response.status}`);
        throw new PartRefused(part, run.response.status);
      }
      if (run.code !== 0) {
        if (run.code !== null && NETWORK_EXITS.has(run.code)) throw new TransportError(run.detail);
        if (run.code !== null && LOCAL_EXITS.has(run.code)) throw writeFailure(part.file, `curl could not write ${part.file}: ${run.detail}`);
        if (run.code === null) throw writeFailure(part.file, run.detail);
        throw new Error(run.detail);
      }
      return run.response;
    },
    (error) => error instanceof TransportError && !transfers.stopped,
    (error) => onRetry(error, part.startByte + reachedOf(part))
  );
}
function runCurl(url, part, reached, policy, etag, transfers, first) {
  const onHeaders = first?.onHeaders;
  const from2 = part.startByte + reached;
  const range = from2 > 0 || part.endByte !== void 0 ? `${from2}-${part.endByte === void 0 ? "" : part.endByte - 1}` : void 0;
  const headerFile = part.inPlace ? `${part.file}.headers-${part.startByte}` : `${part.file}.headers`;
  const args = [
    "-q",
    // no ~/.curlrc
    // --path-as-is: the path the presigned URL signs, not one curl has tidied (a key with a `..` in it).
    "--silent",
    "--show-error",
    "--fail",
    "--globoff",
    "--path-as-is",
    "--proto",
    "=http,https",
    "--connect-timeout",
    String(Math.max(1, Math.ceil(policy.connectTimeoutMs / 1e3))),
    "--dump-header",
    headerFile,
    ...range ? ["--range", range] : [],
    "--config",
    "-"
  ];
  const config = [`url = ${quote(url)}`, ...etag ? [`header = ${quote(`If-Match: ${etag}`)}`] : []].join("\n");
  writeFileSync(headerFile, "");
  let out;
  try {
    out = openSync(part.file, part.inPlace ? "r+" : "a");
  } catch (error) {
    rmSync(headerFile, { force: true });
    throw error;
  }
  const offset = part.inPlace ? part.inPlace.offset + reached : 0;
  return new Promise((resolve, reject) => {
    const stdio = ["pipe", out, "pipe"];
    const child = offset > 0 ? spawn("sh", ["-c", SEEK_THEN_CURL, "halcyon-curl", String(offset), ...args], { stdio }) : spawn("curl", args, { stdio });
    closeSync(out);
    transfers.add(child);
    const forget = onInterrupt(() => child.kill("SIGKILL"));
    first?.cut?.attach(() => child.kill("SIGKILL"));
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (text2) => stderr += text2.slice(0, 4096));
    child.once("error", (error) => {
      forget();
      rmSync(headerFile, { force: true });
      transfers.delete(child);
      first?.cut?.detach();
      stalled.stop();
      clearInterval(headerWatch);
      const cannotRun = error.code !== void 0 && CANNOT_RUN_ERRORS.has(error.code);
      if (cannotRun) missing = true;
      reject(cannotRun ? new CurlMissing(`curl cannot run (${error.code ?? ""})`) : error);
    });
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(`${config}
`);
    const stalled = watchIdle(child, part.inPlace ? () => writtenBy(child) ?? allocatedBytes(part.file) : () => sizeOf(part.file), policy.idleTimeoutMs);
    const headerWatch = setInterval(() => {
      const response = completeHeaders(headerFile);
      if (!response) return;
      clearInterval(headerWatch);
      if (misplacedAnswer(part, reached, response)) child.kill("SIGKILL");
      else onHeaders?.(response);
    }, HEADER_POLL_MS);
    child.once("close", (code, signal) => {
      forget();
      transfers.delete(child);
      stalled.stop();
      clearInterval(headerWatch);
      first?.cut?.detach();
      const response = completeHeaders(headerFile) ?? { status: 0, headers: {} };
      rmSync(headerFile, { force: true });
      const cut = code !== 0 && first?.cut?.requested === true && response.status >= 200 && response.status < 300;
      resolve({ code, stalled: stalled.fired, cut, response, detail: stderr.trim().replace(/^curl: /, "") || (code === null ? `curl was ended by ${signal ?? "a signal"}` : `curl exit ${code}`) });
    });
  });
}
var HEADER_POLL_MS = 2;
function completeHeaders(file) {
  let dump;
  try {
    dump = readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  if (!/\r?\n\r?\n$/.test(dump)) return void 0;
  const response = parseHeaders(dump);
  return response.status >= 200 ? response : void 0;
}
var SEEK_FAILED_EXIT = 90;
var SEEK_THEN_CURL = `dd if=/dev/null bs=1 seek="$1" count=0 conv=notrunc status=none || exit ${SEEK_FAILED_EXIT}; shift; exec curl "$@"`;
function watchIdle(child, written, idleTimeoutMs) {
  let lastBytes = -1;
  let lastChangeMs = Date.now();
  const state = { fired: false, stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    const bytes = written();
    if (bytes !== lastBytes) {
      lastBytes = bytes;
      lastChangeMs = Date.now();
    } else if (Date.now() - lastChangeMs >= idleTimeoutMs) {
      state.fired = true;
      child.kill("SIGKILL");
    }
  }, Math.min(WATCH_INTERVAL_MS, idleTimeoutMs / 4));
  return state;
}
function parseHeaders(dump) {
  let status = 0;
  let headers = {};
  for (const line of dump.split(/\r?\n/)) {
    const statusLine = /^HTTP\/[\d.]+\s+(\d{3})/.exec(line);
    if (statusLine) {
      status = Number(statusLine[1]);
      headers = {};
      continue;
    }
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== void 0) headers[match[1].toLowerCase()] = match[2].trim();
  }
  return { status, headers };
}
function totalSize(response) {
  const range = /\/(\d+)$/.exec(response.headers["content-range"] ?? "")?.[1];
  const length = response.headers["content-length"];
  return range !== void 0 ? Number(range) : length !== void 0 ? Number(length) : void 0;
}
function misplacedAnswer(part, reached, response) {
  if (response.status < 200 || response.status >= 300) return void 0;
  const fromByte = from(part, reached);
  const ranged = fromByte > 0 || part.endByte !== void 0;
  if (ranged && response.status !== 206 && !(fromByte === 0 && response.status === 200)) return `asked for a range, the server answered ${response.status} with the whole object`;
  return response.status === 206 ? wrongSpan(fromByte, part.endByte, response.headers["content-range"]) : void 0;
}
function writtenBy(child) {
  try {
    const written = /^wchar:\s*(\d+)/m.exec(readFileSync(`/proc/${child.pid ?? 0}/io`, "utf8"))?.[1];
    return written === void 0 ? void 0 : Number(written);
  } catch {
    return void 0;
  }
}
function allocatedBytes(file) {
  try {
    return statSync(file).blocks * 512;
  } catch {
    return 0;
  }
}
function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
function quote(value) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
var SHA256_HEADER = "x-amz-meta-sha256";
async function downloadIntoFile(source, file, policy, budget, options = {}) {
  const parts = new PartFiles(file, options);
  try {
    if (!missing) {
      const got = await parts.fetchByCurl(source, policy, budget).catch((error) => {
        if (!(error instanceof CurlMissing)) throw error;
        budget.refund();
        return "ask-the-store";
      });
      if (got !== "ask-the-store") return got;
    }
    const opened = await source.open(budget);
    if (!opened) return void 0;
    const room = options.onParts === void 0 ? shortOfRoom(file, opened.sizeBytes) : void 0;
    if (room) {
      opened.body.destroy();
      throw room;
    }
    const into = parts.announce(1, opened.sha256)[0]?.file ?? file;
    await writeStreamToFile(opened.body, into, (bytes) => options.onProgress?.(bytes, opened.sizeBytes));
    parts.complete(0);
    return { sizeBytes: sizeOf(into), sha256: opened.sha256 };
  } catch (error) {
    throw localFailure(error, file);
  } finally {
    parts.finish();
  }
}
var PartFiles = class {
  constructor(file, options) {
    this.file = file;
    this.options = options;
  }
  file;
  options;
  settle = [];
  files = [];
  /** The size of each part once whole: its file may be joined into the first, or removed, after. */
  wholeBytes = /* @__PURE__ */ new Map();
  announced = false;
  /** Settles once the reader has started (or the first part has ended): the other parts are asked for then. */
  readerStarted = Promise.resolve();
  get reader() {
    return this.options.onParts !== void 0;
  }
  /** The first part is the file itself: for an object of one part (most layers), the whole. */
  partFile(index) {
    return index === 0 ? this.file : `${this.file}.part${index}`;
  }
  async fetchByCurl(source, policy, budget) {
    const url = await source.url();
    const onRetry = (error, reachedBytes) => source.log.detail(`the download of ${source.key} from ${source.title} broke off (${errorMessage(error)}); trying again from byte ${reachedBytes}`);
    const partBytes = policy.partSizeBytes;
    const ranged = this.reader && policy.partsInFlight > 1;
    const cut = !this.reader && policy.partsInFlight > 1 ? new StreamCut() : void 0;
    let placed = 1;
    const firstFile = this.partFile(0);
    writeFileSync(firstFile, "");
    this.files = [firstFile];
    let total;
    const downloaded = () => cut && placed > 1 ? Math.min(allocatedBytes(firstFile), total ?? 0) : this.downloadedBytes();
    const progress = setInterval(() => this.options.onProgress?.(downloaded(), total), 500);
    const transfers = new Transfers();
    let firstEnded = () => void 0;
    const firstDone = new Promise((resolve) => firstEnded = resolve);
    let rest = Promise.resolve();
    const fetchOther = async (part, pinned) => {
      await fetchPart(url, part, policy, new RetryBudget(policy, (ms) => transfers.pause(ms)), pinned, transfers, onRetry).catch((error) => transfers.stop(error));
      if (transfers.stopped) throw transfers.failure;
    };
    const onHeaders = (response) => {
      if (this.announced || response.status >= 300) return;
      try {
        total = totalSize(response);
        const room = this.reader ? void 0 : shortOfRoom(firstFile, total);
        if (room) {
          transfers.stop(room);
          return;
        }
        const count = ranged && response.status === 206 && total !== void 0 && total > partBytes ? Math.ceil(total / partBytes) : 1;
        const end = total ?? 0;
        const others = this.announce(count, response.headers[SHA256_HEADER]).slice(1).map((part, index) => ({ file: part.file, startByte: (index + 1) * partBytes, endByte: Math.min(end, (index + 2) * partBytes) }));
        placed = count;
        if (cut && total !== void 0 && response.headers["accept-ranges"] === "bytes") cut.watch(firstFile, total);
        const started = Promise.race([this.readerStarted, firstDone]);
        rest = started.then(
          () => inLanes(others, policy.partsInFlight - 1, firstDone, async (part, index) => {
            await fetchOther(part, response.headers.etag);
            this.complete(index + 1);
          })
        ).catch(() => void 0);
      } catch (error) {
        transfers.stop(localFailure(error, firstFile));
      }
    };
    try {
      const first = { onHeaders, answersToCaller: () => placed <= 1 && !(this.reader && this.announced), ...cut ? { cut } : {} };
      const firstPart = { file: firstFile, startByte: 0, endByte: ranged ? partBytes : void 0, ...cut ? { inPlace: { offset: 0, resumable: () => placed === 1 } } : {} };
      const response = await fetchPart(url, firstPart, policy, budget, void 0, transfers, onRetry, first).catch(
        (error) => transfers.stop(error)
      );
      cut?.stop();
      firstEnded();
      if (cut && response?.cut && total !== void 0 && !transfers.stopped) {
        const tail = inPlaceParts(firstFile, sizeOf(firstFile), total, partBytes, policy.partsInFlight);
        placed += tail.length;
        source.log.detail(`${source.key}: ${cut.reason}; the rest comes in ${tail.length} ranged parts, ${policy.partsInFlight} at a time`);
        await inLanes(tail, policy.partsInFlight - 1, Promise.resolve(), (part) => fetchOther(part, response.headers.etag)).catch(() => void 0);
      } else if (response && response.status < 300 && !transfers.stopped) {
        if (!this.announced) onHeaders(response);
        this.complete(0);
        await rest;
      }
      if (transfers.stopped || !response) throw transfers.failure;
      if (response.status === 404) return void 0;
      if (response.status >= 300) return "ask-the-store";
      if (cut && placed > 1 && sizeOf(firstFile) !== total) throw new DownloadError(`the parts of ${source.key} came to ${sizeOf(firstFile)} bytes, not its ${total ?? "?"}`);
      return { sizeBytes: total ?? sizeOf(firstFile), sha256: response.headers[SHA256_HEADER] };
    } finally {
      cut?.stop();
      firstEnded();
      transfers.stop(new Error("the download ended"));
      await rest;
      clearInterval(progress);
    }
  }
  /** The part files, told to the reader once. */
  announce(count, sha256) {
    this.files = Array.from({ length: count }, (_, index) => this.partFile(index));
    for (const file of this.files.slice(1)) writeFileSync(file, "");
    const parts = this.files.map((file) => ({ file, written: new Promise((resolve) => this.settle.push(resolve)) }));
    if (!this.announced) {
      this.announced = true;
      this.readerStarted = Promise.resolve(this.options.onParts?.(parts, sha256)).catch(() => void 0);
    }
    return parts;
  }
  /** Part `index` is whole: its reader reads to its end and goes on. */
  complete(index) {
    if (!this.wholeBytes.has(index)) this.wholeBytes.set(index, sizeOf(this.partFile(index)));
    this.settle[index]?.(true);
  }
  downloadedBytes() {
    return this.files.reduce((sum, file, index) => sum + (this.wholeBytes.get(index) ?? sizeOf(file)), 0);
  }
  /** Nothing more is written, so a reader reads what is there and stops; one never told of parts hears there are none. */
  finish() {
    if (!this.announced) this.options.onParts?.([], void 0);
    for (const settle of this.settle) settle(false);
  }
};
var PROBE_MS = 300;
var SPLIT_WORTH_MS = 1e3;
var StreamCut = class {
  requested = false;
  /** Why the stream was cut, for the log. */
  reason = "";
  kill;
  timer;
  stopped = false;
  /** The stream's curl, running: how to stop it. */
  attach(kill) {
    this.kill = kill;
    if (this.requested) kill();
  }
  detach() {
    this.kill = void 0;
  }
  /** From the first answer's headers on: judges the stream's rate once, PROBE_MS later. */
  watch(file, totalBytes) {
    if (this.stopped || this.timer) return;
    const startedMs = Date.now();
    const startBytes = sizeOf(file);
    this.timer = setTimeout(() => {
      const reachedBytes = sizeOf(file);
      const bytesPerMs = (reachedBytes - startBytes) / Math.max(1, Date.now() - startedMs);
      if (this.stopped || bytesPerMs === 0 || (totalBytes - reachedBytes) / bytesPerMs <= SPLIT_WORTH_MS) return;
      this.requested = true;
      this.reason = `${formatBytes(totalBytes - reachedBytes)} left at ${formatBytes(bytesPerMs * 1e3)}/s`;
      this.kill?.();
    }, PROBE_MS);
  }
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }
};
function inPlaceParts(file, fromByte, totalBytes, partBytes, lanes) {
  const restBytes = totalBytes - fromByte;
  if (restBytes <= 0) return [];
  const count = Math.ceil(Math.ceil(restBytes / partBytes) / lanes) * lanes;
  const size = Math.ceil(restBytes / count);
  const parts = [];
  for (let startByte = fromByte; startByte < totalBytes; startByte += size) {
    parts.push({ file, startByte, endByte: Math.min(totalBytes, startByte + size), inPlace: { offset: startByte, resumable: () => false } });
  }
  return parts;
}
var PartRefused = class extends Error {
  name = "PartRefused";
  $metadata;
  constructor(part, status) {
    super(`bytes ${part.startByte}-${part.endByte === void 0 ? "" : part.endByte - 1} were answered ${status}`);
    this.$metadata = { httpStatusCode: status };
  }
};
function shortOfRoom(file, totalBytes) {
  const free = totalBytes === void 0 ? void 0 : freeBytesAt(path3.dirname(file));
  if (free === void 0 || totalBytes === void 0) return void 0;
  const room = free + allocatedBytes(file);
  return room < totalBytes ? noSpaceError(file, { neededBytes: totalBytes, freeBytes: room }) : void 0;
}
var LOCAL_ERRNOS = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EIO", "EROFS", "EACCES", "EPERM", "EMFILE", "ENFILE", "ENOENT", "ENOTDIR", "EISDIR"]);
function localFailure(error, file) {
  const code = error?.code;
  if (code === "ENOSPC") return writeFailure(file, errorMessage(error), error);
  return typeof code === "string" && LOCAL_ERRNOS.has(code) ? new DownloadError(errorMessage(error), { cause: error }) : error;
}
async function inLanes(items, lanes, widen, work) {
  let next = 0;
  let failed = false;
  let failure;
  const lane = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      const item = items[index];
      if (item === void 0) continue;
      await work(item, index).catch((error) => {
        if (failed) return;
        failed = true;
        failure = error;
      });
    }
  };
  await Promise.all([...Array.from({ length: Math.max(1, lanes) }, lane), widen.then(lane)]);
  if (failed) throw failure;
}
var Transfers = class {
  live = /* @__PURE__ */ new Set();
  reason;
  ended = false;
  halt = () => void 0;
  /** Settles on the stop: what a backoff's pause waits on beside its timer. */
  halted = new Promise((resolve) => this.halt = resolve);
  get stopped() {
    return this.ended;
  }
  get failure() {
    return this.reason;
  }
  add(child) {
    this.live.add(child);
    if (this.stopped) child.kill("SIGKILL");
  }
  delete(child) {
    this.live.delete(child);
  }
  /** undefined, for a caller's result in place of what failed. */
  stop(reason) {
    if (this.ended) return void 0;
    this.ended = true;
    this.reason = reason;
    for (const child of this.live) child.kill("SIGKILL");
    this.halt();
    return void 0;
  }
  /** A backoff's sleep, cut short by a stop. */
  pause(ms) {
    return pollPause(ms, this.halted);
  }
};

// src/storage/public-store.ts
var AWS_VIRTUAL_HOST = /^(.+)\.s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d))?\.amazonaws\.com$/;
var AWS_PATH_HOST = /^s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d))?\.amazonaws\.com$/;
function publicLocation(url) {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase();
  const firstSegment = parsed.pathname.split("/").find((segment) => segment !== "");
  const virtual = AWS_VIRTUAL_HOST.exec(host);
  if (virtual?.[1] && !AWS_PATH_HOST.test(host)) return { bucket: virtual[1], endpoint: void 0, region: virtual[2] ?? "us-east-1", forcePathStyle: false };
  if (!firstSegment) {
    throw new HalcyonError("config/public-url-without-bucket", `HALCYON_PUBLIC_STORAGE_URL is set to "${url}", which names no bucket`, {
      remedy: "Set it to https://BUCKET.s3.amazonaws.com (AWS), or to ENDPOINT/BUCKET for an S3-compatible service."
    });
  }
  const aws = AWS_PATH_HOST.exec(host);
  if (aws) return { bucket: firstSegment, endpoint: void 0, region: aws[1] ?? "us-east-1", forcePathStyle: true };
  return { bucket: firstSegment, endpoint: parsed.origin, region: "us-east-1", forcePathStyle: true };
}
var PublicStore = class {
  constructor(baseUrl, log, policy = DEFAULT_TRANSFER_POLICY, sleep = realSleep) {
    this.baseUrl = baseUrl;
    this.log = log;
    this.policy = policy;
    this.sleep = sleep;
    this.location = publicLocation(baseUrl);
  }
  baseUrl;
  log;
  policy;
  sleep;
  tier = "public";
  title = "public storage";
  handle;
  location;
  /** The SDK's client, anonymous, made (and the SDK loaded) at the first request that needs it. */
  s3() {
    this.handle ??= createS3Client({ ...this.location, credentials: { accessKeyId: "anonymous", secretAccessKey: "anonymous" }, unsigned: true }, this.policy);
    return this.handle;
  }
  async open(key, options = {}) {
    try {
      const response = await getObject(await this.s3(), this.location.bucket, key, options.budget ?? new RetryBudget(this.policy, this.sleep));
      if (!(response.Body instanceof Readable2)) return void 0;
      return { body: response.Body, sizeBytes: response.ContentLength, sha256: response.Metadata?.sha256 };
    } catch (error) {
      return this.miss(error, `download ${key}`);
    }
  }
  /** By curl from the object's public URL (the SDK's stream where curl is missing or the answer is an error). */
  async download(key, file, options = {}) {
    const budget = options.budget ?? new RetryBudget(this.policy, this.sleep);
    const source = { key, title: this.title, log: this.log, url: async () => objectUrl(this.baseUrl, key), open: (shared) => this.open(key, { budget: shared }) };
    try {
      return await downloadIntoFile(source, file, this.policy, budget, options);
    } catch (error) {
      return this.miss(error, `download ${key}`);
    }
  }
  async list(prefix) {
    try {
      return await listObjects(await this.s3(), this.location.bucket, prefix, () => new RetryBudget(this.policy, this.sleep));
    } catch (error) {
      this.miss(error, `list ${prefix}`);
      return [];
    }
  }
  async save() {
    throw new Error("internal: public storage is read-only");
  }
  async remove() {
    throw new Error("internal: public storage is read-only");
  }
  /** Not there (404) or not public (403): a quiet miss. Anything else from the server: a miss with a warning. */
  miss(error, what) {
    if (error instanceof HalcyonError) throw error;
    const failure = classifyS3Error(error);
    if (failure !== "missing" && failure !== "denied") {
      this.log.warn(`Could not ${what} from public storage (${describeS3Error(error)}${failure === "transient" ? `, after ${this.policy.attempts} attempts` : ""})`, "Treated as a miss.");
    }
    return void 0;
  }
};
function objectUrl(baseUrl, key) {
  return `${baseUrl.replace(/\/+$/, "")}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

// src/storage/s3-store.ts
import { createReadStream } from "node:fs";
import { Readable as Readable3, Transform } from "node:stream";

// src/storage/s3-location.ts
var AWS_HOST = /^s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d|external-1))?\.amazonaws\.com$/;
function resolveS3Location(endpoint, region, pathStyle) {
  if (endpoint === void 0) return { endpoint: void 0, region: region ?? "us-east-1", forcePathStyle: pathStyle ?? false };
  const url = /^[a-z]+:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
  const host = new URL(url).hostname.toLowerCase();
  const aws = AWS_HOST.exec(host);
  if (aws) {
    const hostRegion = aws[1] === void 0 || aws[1] === "external-1" ? "us-east-1" : aws[1];
    return { endpoint: void 0, region: region ?? hostRegion, forcePathStyle: pathStyle ?? false };
  }
  return { endpoint: url.replace(/\/+$/, ""), region: region ?? "us-east-1", forcePathStyle: pathStyle ?? true };
}

// src/storage/presign.ts
import { createHash, createHmac } from "node:crypto";
var ALGORITHM = "AWS4-HMAC-SHA256";
var UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
function sha256Hex2(text2) {
  return createHash("sha256").update(text2, "utf8").digest("hex");
}
function hmac(key, text2) {
  return createHmac("sha256", key).update(text2, "utf8").digest();
}
function encodeKey(key) {
  return key.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function dnsCompatible(bucket) {
  return /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket);
}
function objectUrl2(location, bucket, key) {
  const path5 = encodeKey(key);
  if (location.endpoint !== void 0) {
    const endpoint = new URL(location.endpoint);
    const base = endpoint.pathname.replace(/\/+$/, "");
    if (location.forcePathStyle || !dnsCompatible(bucket)) return new URL(`${endpoint.origin}${base}/${bucket}/${path5}`);
    return new URL(`${endpoint.protocol}//${bucket}.${endpoint.host}${base}/${path5}`);
  }
  const host = `s3.${location.region}.amazonaws.com`;
  if (location.forcePathStyle || !dnsCompatible(bucket)) return new URL(`https://${host}/${bucket}/${path5}`);
  return new URL(`https://${bucket}.${host}/${path5}`);
}
async function presignGet(location, bucket, key, credentials, expiresInSeconds, signingDate = /* @__PURE__ */ new Date()) {
  const url = objectUrl2(location, bucket, key);
  const amzDate = signingDate.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${location.region}/s3/aws4_request`;
  const params = {
    "X-Amz-Algorithm": ALGORITHM,
    "X-Amz-Content-Sha256": UNSIGNED_PAYLOAD,
    "X-Amz-Credential": `${credentials.accessKeyId}/${scope}`,
    "X-Amz-Date": amzDate,
    "X-Amz-Expires": String(expiresInSeconds),
    "X-Amz-SignedHeaders": "host",
    // As the SDK's GetObject does: a tag S3 ignores, signed like the rest.
    "x-id": "GetObject"
  };
  const query = Object.entries(params).map(([name, value]) => [rfc3986(name), rfc3986(value)]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, value]) => `${name}=${value}`).join("&");
  const canonicalRequest = ["GET", url.pathname, query, `host:${url.host}`, "", "host", UNSIGNED_PAYLOAD].join("\n");
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex2(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), location.region), "s3"), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");
  return `${url.protocol}//${url.host}${url.pathname}?${query}&X-Amz-Signature=${signature}`;
}
function rfc3986(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/storage/s3-store.ts
var SINGLE_PUT_LIMIT_BYTES = 5 * 1024 ** 3;
var PART_SIZE_BYTES = 64 * 1024 * 1024;
var SHA256_METADATA = "sha256";
var WRITE_CHECK_KEY = ".halcyon-write-check";
var SIZE_METADATA = "size-bytes";
var PRESIGNED_SECONDS = 3600;
var UploadMismatchError = class extends Error {
  name = "UploadMismatchError";
};
var S3Store = class {
  constructor(config, permission, log, policy, sleep = realSleep) {
    this.config = config;
    this.permission = permission;
    this.log = log;
    this.policy = policy;
    this.sleep = sleep;
    this.location = resolveS3Location(config.endpoint, config.region, config.pathStyle);
    this.title = `private bucket ${config.bucket}`;
    log.addSecret(config.secretAccessKey);
  }
  config;
  permission;
  log;
  policy;
  sleep;
  tier = "private";
  title;
  handle;
  location;
  /** The SDK's client, made (and the SDK loaded) at the first request that needs it. */
  s3() {
    const { accessKeyId, secretAccessKey } = this.config;
    this.handle ??= createS3Client({ ...this.location, credentials: { accessKeyId, secretAccessKey } }, this.policy);
    return this.handle;
  }
  /** Keys this run could not upload: a one-off build must not claim the bucket has everything. */
  failedUploads = [];
  unreadKeys = [];
  get bucket() {
    return this.config.bucket;
  }
  async open(key, options = {}) {
    try {
      const budget = options.budget ?? new RetryBudget(this.policy, this.sleep);
      const object = await getObjectRanged(await this.s3(), this.config.bucket, key, budget, this.policy, () => new RetryBudget(this.policy, this.sleep));
      if (!(object.body instanceof Readable3)) return void 0;
      return { body: object.body, sizeBytes: object.sizeBytes, sha256: object.metadata?.[SHA256_METADATA] };
    } catch (error) {
      return this.miss(error, `download ${key}`, key);
    }
  }
  /**
   * With curl on PATH, from a presigned URL, socket to file inside curl; an answer of 400 or
   * more is asked again through the SDK, which says what it means (a miss, a refusal). Without
   * curl, the SDK's ranged stream into the file.
   */
  async download(key, file, options = {}) {
    const budget = options.budget ?? new RetryBudget(this.policy, this.sleep);
    const source = {
      key,
      title: this.title,
      log: this.log,
      url: () => presignGet(this.location, this.config.bucket, key, this.config, PRESIGNED_SECONDS),
      open: (shared) => this.open(key, { budget: shared })
    };
    try {
      const got = await downloadIntoFile(source, file, this.policy, budget, options);
      this.bucketFound ||= got !== void 0 || await this.confirmBucket(key);
      return got;
    } catch (error) {
      return this.miss(error, `download ${key}`, key);
    }
  }
  /** Set once an answer showed the bucket exists. */
  bucketFound = false;
  /**
   * curl's 404 does not tell a missing key from a missing bucket: a miss is asked again
   * through the SDK, whose error says which (a missing bucket stops the run, naming
   * HALCYON_S3_BUCKET), until an answer proves the bucket is there: later misses are the keys'.
   */
  async confirmBucket(key) {
    const budget = new RetryBudget(this.policy, this.sleep);
    try {
      const opened = await getObjectRanged(await this.s3(), this.config.bucket, key, budget, this.policy, () => new RetryBudget(this.policy, this.sleep));
      if (opened.body instanceof Readable3) opened.body.destroy();
      return true;
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === "fatal") throw error;
      return failure === "missing" || failure === "denied";
    }
  }
  /**
   * True once the object is in the bucket, checked: S3 checks the sha256 sent with the upload
   * (x-amz-checksum-sha256) on arrival, and the store reads back the object's size (and its
   * sha256, where the service keeps it). A mismatch is a failed upload, and the object is
   * removed rather than left looking complete.
   */
  async save(key, filePath, integrity, onProgress) {
    if (!this.permission.allowed) return false;
    try {
      if (integrity.sizeBytes > SINGLE_PUT_LIMIT_BYTES) await this.uploadMultipart(key, filePath, integrity, onProgress);
      else await this.putFile(key, filePath, integrity, onProgress);
      await this.verifyUpload(key, integrity);
      return true;
    } catch (error) {
      this.failedUploads.push(key);
      if (error instanceof UploadMismatchError) {
        this.log.warn(`Uploading ${key} to ${this.title} failed: ${error.message}`, "The object was removed; the archive stays in the cache; run again to upload it.");
        await this.remove(key);
        return false;
      }
      const failure = classifyS3Error(error);
      if (failure === "fatal") throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === "denied") this.permission.refuse(this.config.bucket, `the upload of ${key}`);
      else if (failure === "rejected") this.log.warn(`${this.title} rejected the upload of ${key}: ${describeS3Error(error)}`, rejectionRemedy(error));
      else this.log.warn(`Uploading ${key} to ${this.title} failed after ${this.policy.attempts} attempts: ${describeS3Error(error)}`, "The archive stays in the cache; run again to upload it.");
      return false;
    }
  }
  /** One PutObject from the file, a fresh read of it for every attempt. */
  async putFile(key, filePath, integrity, onProgress) {
    const { sdk, client } = await this.s3();
    await new RetryBudget(this.policy, this.sleep).run(
      () => client.send(
        new sdk.PutObjectCommand({
          ...this.objectParams(key, integrity),
          Body: countedRead(filePath, onProgress),
          ContentLength: integrity.sizeBytes,
          ChecksumSHA256: Buffer.from(integrity.sha256, "hex").toString("base64")
        })
      ),
      transient
    );
  }
  async uploadMultipart(key, filePath, integrity, onProgress) {
    const { client } = await this.s3();
    const storage = await import("./chunk-EEBK5IKH.mjs");
    const { Upload } = "Upload" in storage && typeof storage.Upload === "function" ? storage : storage.default;
    const upload = new Upload({
      client,
      params: { ...this.objectParams(key, integrity), Body: createReadStream(filePath, { highWaterMark: 1 << 20 }) },
      partSize: PART_SIZE_BYTES,
      queueSize: 2,
      leavePartsOnError: false
    });
    if (onProgress) upload.on("httpUploadProgress", (progress) => onProgress(progress.loaded ?? 0));
    return (await upload.done()).ETag;
  }
  objectParams(key, integrity) {
    return {
      Bucket: this.config.bucket,
      Key: key,
      ACL: this.config.acl,
      ContentType: key.endsWith(".constraints") ? "text/plain" : "application/zstd",
      Metadata: { [SHA256_METADATA]: integrity.sha256, [SIZE_METADATA]: String(integrity.sizeBytes) }
    };
  }
  /** What the bucket holds under the key, read back: its size, and its sha256 where the service keeps one. */
  async verifyUpload(key, integrity) {
    const { sdk, client } = await this.s3();
    const head = await new RetryBudget(this.policy, this.sleep).run(() => client.send(new sdk.HeadObjectCommand({ Bucket: this.config.bucket, Key: key, ChecksumMode: "ENABLED" })), transient);
    if (head.ContentLength !== integrity.sizeBytes) {
      throw new UploadMismatchError(`the bucket holds ${head.ContentLength ?? "no"} bytes under it, not the ${integrity.sizeBytes} sent`);
    }
    const stored = head.ChecksumSHA256 && !head.ChecksumSHA256.includes("-") ? Buffer.from(head.ChecksumSHA256, "base64").toString("hex") : void 0;
    if (stored !== void 0 && stored !== integrity.sha256) throw new UploadMismatchError(`the bucket stored other bytes than were sent (sha256 ${stored}, sent ${integrity.sha256})`);
  }
  /**
   * Settles whether this run may write, with one small upload (refused, it puts the run in
   * read-only mode). Asked only before public storage would be read: until then, the first
   * real upload settles it.
   */
  async checkWriteAccess(consequence) {
    if (!this.permission.allowed) return false;
    if (this.mayWrite) return true;
    try {
      const { sdk, client } = await this.s3();
      await new RetryBudget(this.policy, this.sleep).run(
        () => client.send(new sdk.PutObjectCommand({ Bucket: this.config.bucket, Key: WRITE_CHECK_KEY, Body: "halcyon write check\n", ACL: this.config.acl })),
        transient
      );
      this.mayWrite = true;
      return true;
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === "fatal") throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === "denied") this.permission.refuse(this.config.bucket, "a write", consequence === void 0);
      else this.log.warn(`Could not check write access to ${this.title}: ${describeS3Error(error)}`, consequence ?? "Public storage is not used in this run.");
      return false;
    }
  }
  /** A write check succeeded: asked once a run. */
  mayWrite = false;
  async list(prefix) {
    try {
      return await listObjects(await this.s3(), this.config.bucket, prefix, () => new RetryBudget(this.policy, this.sleep));
    } catch (error) {
      await this.miss(error, `list ${prefix}`);
      return [];
    }
  }
  async remove(key) {
    if (!this.permission.allowed) return;
    try {
      const { sdk, client } = await this.s3();
      await new RetryBudget(this.policy, this.sleep).run(() => client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: key })), transient);
    } catch (error) {
      const failure = classifyS3Error(error);
      if (failure === "fatal") throw fatalS3Error(error, this.config.bucket, this.location.region);
      if (failure === "denied") this.permission.refuse(this.config.bucket, `the deletion of ${key}`);
      else this.log.warn(`Deleting ${key} from ${this.title} failed: ${describeS3Error(error)}`, "It is cleaned on a later run.");
    }
  }
  /** 404 and 403 on a read are misses; retried-out transient failures are misses with a warning; misconfiguration stops the run. */
  async miss(error, what, key) {
    if (error instanceof HalcyonError) throw error;
    const failure = classifyS3Error(error);
    if (failure === "fatal") throw fatalS3Error(error, this.config.bucket, this.location.region);
    if (failure === "transient") {
      if (key !== void 0) this.unreadKeys.push({ key, reason: describeS3Error(error) });
      this.log.warn(`Could not ${what} from ${this.title} after ${this.policy.attempts} attempts: ${describeS3Error(error)}`, "Treated as a miss.");
    } else if (failure === "download") {
      this.log.warn(`Could not ${what} from ${this.title}: ${errorMessage(error)}`, "Treated as a miss.");
    } else if (failure === "rejected") {
      this.log.warn(`${this.title} rejected the request to ${what}: ${describeS3Error(error)}`, "Treated as a miss.");
    }
    return void 0;
  }
};
var transient = transientS3;
function countedRead(filePath, onProgress) {
  const file = createReadStream(filePath, { highWaterMark: 1 << 20 });
  if (!onProgress) return file;
  let sent = 0;
  const counter = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk, _encoding, callback) {
      onProgress(sent += chunk.length);
      callback(null, chunk);
    }
  });
  file.on("error", (error) => counter.destroy(error));
  return file.pipe(counter);
}

// src/storage/gated-store.ts
var GatedStore = class {
  constructor(inner, mayUse) {
    this.inner = inner;
    this.mayUse = mayUse;
    this.tier = inner.tier;
    this.title = inner.title;
    const download = inner.download?.bind(inner);
    this.download = download ? async (key, file, options) => await this.allowed() ? download(key, file, options) : void 0 : void 0;
  }
  inner;
  mayUse;
  tier;
  title;
  /** The inner store's download into a file, behind the same condition. */
  download;
  decision;
  allowed() {
    this.decision ??= this.mayUse();
    return this.decision;
  }
  async open(key, options) {
    return await this.allowed() ? this.inner.open(key, options) : void 0;
  }
  async list(prefix) {
    return await this.allowed() ? this.inner.list(prefix) : [];
  }
  save(key, filePath, integrity, onProgress) {
    return this.inner.save(key, filePath, integrity, onProgress);
  }
  remove(key) {
    return this.inner.remove(key);
  }
};

// src/storage/upload-permission.ts
var UploadPermission = class {
  constructor(allowedByConfig, log) {
    this.allowedByConfig = allowedByConfig;
    this.log = log;
  }
  allowedByConfig;
  log;
  refusal;
  get allowed() {
    return this.allowedByConfig && this.refusal === void 0;
  }
  /** `warn: false`: the caller says what the refusal means (a one-off build stops). */
  refuse(bucket, what, warn = true) {
    if (this.refusal !== void 0) return;
    this.refusal = what;
    if (!warn) return;
    this.log.warn(
      `The private bucket ${bucket} refused ${what} (403 AccessDenied): its policy lets this key read but not write`,
      "Going on read-only: nothing more is uploaded or deleted, and public storage is not used.\nTo upload, allow s3:PutObject, s3:PutObjectAcl and s3:DeleteObject for this key on the bucket;\nto use the bucket read-only on purpose, set HALCYON_NO_UPLOAD=1 (which also silences this warning)."
    );
  }
};

// src/storage/tiers.ts
var StorageTiers = class _StorageTiers {
  constructor(privateStore, publicStore, permission, checkWrites) {
    this.privateStore = privateStore;
    this.permission = permission;
    this.publicStore = publicStore && privateStore && checkWrites ? new GatedStore(publicStore, () => privateStore.checkWriteAccess()) : publicStore;
  }
  privateStore;
  permission;
  publicStore;
  /** `checkWrites: false` for runs that must not write at all (halcyon plan). */
  static create(options, log, { checkWrites = true, policy = DEFAULT_TRANSFER_POLICY } = {}) {
    const publicStore = options.publicUrl ? new PublicStore(options.publicUrl, log, policy) : void 0;
    if (!options.privateBucket) return new _StorageTiers(void 0, publicStore, void 0, checkWrites);
    const permission = new UploadPermission(!options.noUpload, log);
    return new _StorageTiers(new S3Store(options.privateBucket, permission, log, policy), publicStore, permission, checkWrites);
  }
  static none() {
    return new _StorageTiers(void 0, void 0, void 0, false);
  }
  get mode() {
    if (this.privateStore) return this.permission?.allowed ? "private-read-write" : "private-read-only";
    return this.publicStore ? "public" : "none";
  }
  /** Lookup order after the cache. Read-only private mode uses only what the private bucket has. */
  readable() {
    if (!this.privateStore) return this.publicStore ? [this.publicStore] : [];
    return this.mode === "private-read-write" && this.publicStore ? [this.privateStore, this.publicStore] : [this.privateStore];
  }
  /** The private bucket, while this run may write to it. */
  writable() {
    return this.mode === "private-read-write" ? this.privateStore : void 0;
  }
  describe() {
    switch (this.mode) {
      case "none":
        return "none (cache only)";
      case "public":
        return "public";
      case "private-read-only":
        return `private (read-only), bucket ${this.privateStore?.bucket ?? ""}`;
      case "private-read-write":
        return `${this.publicStore ? "private and public" : "private"}, bucket ${this.privateStore?.bucket ?? ""}`;
    }
  }
};

// src/layers/releases.ts
import { text } from "node:stream/consumers";
import { rm } from "node:fs/promises";
var RELEASES_PREFIX = "halcyon-releases/";
function releasesKey(app) {
  return `${RELEASES_PREFIX}${app.replace(/[^A-Za-z0-9._-]/g, "_")}.json`;
}
function withRelease(record, app, release, keep) {
  const others = (record?.releases ?? []).filter((r) => r.installKey !== release.installKey);
  return { format: 1, app, releases: [release, ...others].slice(0, keep) };
}
function parseReleases(content) {
  try {
    const parsed = JSON.parse(content);
    if (parsed.format !== 1 || typeof parsed.app !== "string" || !Array.isArray(parsed.releases)) return void 0;
    return parsed.releases.every(isRelease) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function isRelease(value) {
  if (typeof value !== "object" || value === null) return false;
  const r = value;
  const strings = ["label", "installKey", "installInputs", "source", "deployedAt"].every((name) => typeof r[name] === "string");
  const lists = [r.keys, r.executables].every((list) => Array.isArray(list) && list.every((item) => typeof item === "string"));
  const named = r.installNamedInputs === void 0 || typeof r.installNamedInputs === "object" && r.installNamedInputs !== null && Object.values(r.installNamedInputs).every((v) => typeof v === "string");
  return strings && lists && named && (r.commit === void 0 || typeof r.commit === "string");
}
async function readAppReleases(store, key) {
  const opened = await store.open(key);
  if (!opened) return void 0;
  try {
    return parseReleases(await text(opened.body)) ?? "unreadable";
  } catch {
    return "unreadable";
  }
}
async function recordDeployInBucket(ctx, app, release) {
  const bucket = ctx.storage.writable();
  if (!bucket) return;
  const key = releasesKey(app);
  const existing = await readAppReleases(bucket, key);
  const record = withRelease(existing === "unreadable" ? void 0 : existing, app, release, ctx.options.storage.retention.keepReleases);
  const content = `${JSON.stringify(record, null, 2)}
`;
  const file = ctx.cache.pathOf(key);
  try {
    await writeFileAtomic(file, content);
    if (await bucket.save(key, file, { sha256: sha256Hex(Buffer.from(content)), sizeBytes: Buffer.byteLength(content) })) {
      ctx.log.detail(`recorded this deploy in ${bucket.title}: ${key} (${record.releases.length} of at most ${ctx.options.storage.retention.keepReleases} releases kept by cleaning)`);
    }
  } catch (error) {
    ctx.log.warn(`Could not record this deploy in ${bucket.title}: ${errorMessage(error)}`, "Cleaning by other apps sharing the bucket still spares its archives for HALCYON_CLEAN_GRACE_PERIOD.");
  } finally {
    await rm(file, { force: true });
  }
}
function keptBecause(object, protectedKeys2, now, retention) {
  if (protectedKeys2.has(object.key)) return "recent release";
  if (!object.lastModified || now.getTime() - object.lastModified.getTime() < retention.gracePeriodMs) return "grace period";
  return void 0;
}
async function protectedKeys(store, keep) {
  const keys = /* @__PURE__ */ new Set();
  for (const object of await store.list(RELEASES_PREFIX)) {
    if (!object.key.endsWith(".json")) continue;
    const record = await readAppReleases(store, object.key);
    if (record === "unreadable" || record === void 0) return void 0;
    for (const release of record.releases.slice(0, keep)) for (const key of release.keys) keys.add(key);
  }
  return keys;
}
function describePeriod(periodMs) {
  for (const [unitMs, unit] of [[864e5, "day"], [36e5, "hour"], [6e4, "minute"]]) {
    if (periodMs >= unitMs && periodMs % unitMs === 0) return `${periodMs / unitMs} ${unit}${periodMs === unitMs ? "" : "s"}`;
  }
  return `${Math.round(periodMs / 1e3)} s`;
}

// src/layers/transfer.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { readdir, rm as rm3 } from "node:fs/promises";
import path4 from "node:path";

// src/util/progress.ts
function reportProgress(log, label, intervalMs) {
  const startedMs = Date.now();
  let done = 0;
  let total;
  const timer = setInterval(() => log.detail(progressLine(label, done, total, Date.now() - startedMs)), intervalMs);
  timer.unref();
  return {
    set(doneBytes, totalBytes) {
      done = doneBytes;
      if (totalBytes !== void 0) total = totalBytes;
    },
    stop: () => clearInterval(timer)
  };
}
function progressLine(label, doneBytes, totalBytes, elapsedMs) {
  const rate = elapsedMs > 0 ? doneBytes / elapsedMs * 1e3 : 0;
  const of = totalBytes !== void 0 && totalBytes > 0 ? ` of ${formatBytes(totalBytes)}` : "";
  const left = totalBytes !== void 0 && rate > 0 && totalBytes > doneBytes ? `, about ${formatDuration((totalBytes - doneBytes) / rate * 1e3)} left` : "";
  return `${label}: ${formatBytes(doneBytes)}${of}, ${formatBytes(Math.round(rate))}/s${left}`;
}
async function withProgress(log, label, intervalMs, work) {
  const progress = reportProgress(log, label, intervalMs);
  try {
    return await work(progress);
  } finally {
    progress.stop();
  }
}

// src/layers/join-parts.ts
import { rm as rm2 } from "node:fs/promises";
var PartsRead = class {
  waiting = /* @__PURE__ */ new Map();
  read = /* @__PURE__ */ new Set();
  ended = false;
  done(index) {
    this.read.add(index);
    this.waiting.get(index)?.(true);
  }
  /** The extraction is over: a part not read by now never will be. */
  end() {
    this.ended = true;
    for (const resolve of this.waiting.values()) resolve(false);
  }
  whole(index) {
    if (this.read.has(index) || this.ended) return Promise.resolve(this.read.has(index));
    return new Promise((resolve) => this.waiting.set(index, resolve));
  }
};
async function joinBehind(file, parts, read, append) {
  if (parts.length <= 1) return;
  const unread = (index) => new Error(`the extraction ended before it read part ${index + 1} of ${parts.length}`);
  try {
    if (!await read.whole(0)) throw unread(0);
    for (const [index, part] of parts.entries()) {
      if (index === 0) continue;
      if (!await read.whole(index - 1)) throw unread(index - 1);
      if (!await part.written) throw new Error(`part ${index + 1} of ${parts.length} was not downloaded whole`);
      await append(file, [part.file]);
      if (!await read.whole(index)) throw unread(index);
      await rm2(part.file, { force: true });
    }
  } catch (error) {
    await rm2(file, { force: true });
    throw error;
  }
}
async function removeBehind(parts, read) {
  for (const [index, part] of parts.entries()) {
    await read.whole(index);
    await rm2(part.file, { force: true });
  }
}

// src/layers/rates.ts
var ASSUMED = { packBytesPerMs: 4e4, uploadBytesPerMs: 5e3, compression: 0.2 };
var measuredByRun = /* @__PURE__ */ new WeakMap();
function measured(ctx) {
  let rates = measuredByRun.get(ctx);
  if (!rates) measuredByRun.set(ctx, rates = { ...validRates(ctx.previousRun?.rates) });
  return rates;
}
function ratesOf(ctx) {
  return { ...ASSUMED, ...measured(ctx) };
}
function measuredRates(ctx) {
  return { ...measured(ctx) };
}
var MEASURABLE_BYTES = 8 * 1024 * 1024;
function recordPack(ctx, unpackedBytes, archiveBytes, durationMs) {
  if (unpackedBytes < MEASURABLE_BYTES) return;
  Object.assign(measured(ctx), { packBytesPerMs: unpackedBytes / Math.max(1, durationMs), compression: archiveBytes / unpackedBytes });
}
function recordUpload(ctx, bytes, durationMs) {
  if (bytes < MEASURABLE_BYTES) return;
  Object.assign(measured(ctx), { uploadBytesPerMs: bytes / Math.max(1, durationMs) });
}
function validRates(rates) {
  const valid = {};
  for (const name of ["packBytesPerMs", "uploadBytesPerMs", "compression"]) {
    const value = rates?.[name];
    if (typeof value === "number" && Number.isFinite(value) && value > 0) valid[name] = value;
  }
  return valid;
}

// src/layers/transfer.ts
async function restoreFromStore(ctx, store, key, liveDir) {
  if (store.download) return restoreDownloaded(ctx, store, store.download.bind(store), key, liveDir, new RetryBudget(ctx.options.transfer));
  return restoreOpened(ctx, store, key, liveDir);
}
async function restoreOpened(ctx, store, key, liveDir) {
  const opened = await store.open(key);
  if (!opened) return void 0;
  let input = opened.body;
  if (opened.filePath !== void 0) {
    opened.body.destroy();
    input = { filePath: opened.filePath };
  }
  const progress = reportProgress(ctx.log, `extracting ${path4.basename(key)}`, ctx.options.progressIntervalMs);
  try {
    return await restoreDirectory(input, liveDir, { ...opened.sha256 ? { expectedSha256: opened.sha256 } : {}, onProgress: (done, total) => progress.set(done, total) });
  } catch (error) {
    opened.body.destroy();
    stopForFullDisk(error);
    ctx.log.warn(
      `The archive ${key} from ${store.title} could not be restored: ${errorMessage(error)}`,
      "It is treated as a miss. If this keeps happening for the cache, purge it (heroku builds:cache:purge)."
    );
    if (store.tier === "cache") await store.remove(key);
    return void 0;
  } finally {
    progress.stop();
  }
}
async function restoreDownloaded(ctx, store, download, key, liveDir, budget) {
  const target = await ctx.cache.beginDownload(key);
  const progress = reportProgress(ctx.log, `downloading ${path4.basename(key)} from ${store.title}`, ctx.options.progressIntervalMs);
  const fetch = (file, onParts) => download(key, file, { budget, onParts, onProgress: (bytes, total) => progress.set(bytes, total) }).finally(() => progress.stop());
  const { got, extracted, whole } = await restoreWhileDownloading(fetch, target.path, liveDir);
  if (got.status === "rejected" || got.value === void 0 || extracted.status === "rejected") {
    await target.abort();
    if (got.status === "rejected") throw got.reason;
    if (got.value !== void 0 && extracted.status === "rejected") {
      stopForFullDisk(extracted.reason);
      ctx.log.warn(`The archive ${key} from ${store.title} could not be restored: ${errorMessage(extracted.reason)}`, "It is treated as a miss.");
    }
    return void 0;
  }
  const kept = await (whole.status === "rejected" ? Promise.reject(whole.reason) : target.commit()).then(
    () => true,
    async (error) => {
      await target.abort();
      ctx.log.warn(`Could not keep a copy of ${key} in the cache: ${errorMessage(error)}`, "The next run downloads it again.");
      return false;
    }
  );
  if (kept && store.tier === "public") await ctx.storage.writable()?.save(key, ctx.cache.pathOf(key), extracted.value);
  return extracted.value;
}
function stopForFullDisk(error) {
  if (error instanceof ArchiveError && error.reason === "no-space") throw error;
}
async function restoreWhileDownloading(fetch, file, liveDir, { keepFile = true, append = appendFiles, replace = true } = {}) {
  let layOut = () => void 0;
  const laidOut = new Promise((resolve) => layOut = resolve);
  let toolsStarted = () => void 0;
  const started = new Promise((resolve) => toolsStarted = resolve);
  const announce = (parts, sha256) => {
    layOut({ parts, sha256 });
    return started;
  };
  const downloading = fetch(file, announce).finally(() => layOut({ parts: [], sha256: void 0 }));
  const read = new PartsRead();
  const extracting = laidOut.then(
    ({ parts, sha256 }) => restoreDirectory({ growingParts: parts, onPartRead: (index) => read.done(index) }, liveDir, {
      // Known from the first answer, or once the download ends; zstd checks its own checksum besides.
      expectedSha256: sha256 ?? downloading.then((got2) => got2?.sha256, () => void 0),
      onStarted: toolsStarted,
      replace
    })
  );
  void extracting.finally(toolsStarted).catch(() => void 0);
  const joining = laidOut.then(({ parts }) => keepFile ? joinBehind(file, parts, read, append) : removeBehind(parts, read)).then(
    () => ({ status: "fulfilled", value: void 0 }),
    (reason) => ({ status: "rejected", reason })
  );
  const [got, extracted] = await Promise.allSettled([downloading, extracting]);
  read.end();
  const joined = await joining;
  const restored = got.status === "fulfilled" && got.value !== void 0 && extracted.status === "fulfilled";
  const whole = !keepFile ? { status: "rejected", reason: new Error("the archive was not kept") } : restored ? joined : { status: "rejected", reason: new Error("nothing was restored") };
  if (!keepFile) await rm3(file, { force: true });
  const dir = path4.dirname(file);
  const prefix = `${path4.basename(file)}.`;
  for (const name of await readdir(dir).catch(() => [])) if (name.startsWith(prefix) && /\.part\d+$/.test(name)) await rm3(path4.join(dir, name), { force: true });
  return { got, extracted, whole };
}
async function archiveToCache(ctx, layer, key) {
  await keepCredentialsOut(ctx, layer);
  const startedMs = Date.now();
  const stats = await withProgress(
    ctx.log,
    `archiving ${path4.basename(key)}`,
    ctx.options.progressIntervalMs,
    (progress) => packDirectory(layer.liveDir, ctx.cache.pathOf(key), { onProgress: (written) => progress.set(written) })
  );
  recordPack(ctx, stats.unpackedBytes, stats.sizeBytes, Date.now() - startedMs);
  ctx.cache.keep(key);
  await writeSidecarsToCache(ctx, layer);
  return stats;
}
async function writeSidecarsToCache(ctx, layer) {
  for (const sidecar of layer.sidecars?.() ?? []) {
    await writeFileAtomic(ctx.cache.pathOf(sidecar.key), sidecar.content);
    ctx.cache.keep(sidecar.key);
  }
}
async function uploadToPrivate(ctx, layer, key, integrity) {
  const bucket = ctx.storage.writable();
  if (!bucket) return;
  const startedMs = Date.now();
  const saved = await withProgress(
    ctx.log,
    `uploading ${path4.basename(key)} to ${bucket.title}`,
    ctx.options.progressIntervalMs,
    (progress) => bucket.save(key, ctx.cache.pathOf(key), integrity, (sent) => progress.set(sent, integrity.sizeBytes))
  );
  if (!saved) return;
  for (const sidecar of layer.sidecars?.() ?? []) {
    const content = Buffer.from(sidecar.content);
    if (!await bucket.save(sidecar.key, ctx.cache.pathOf(sidecar.key), { sha256: sha256Hex(content), sizeBytes: content.length })) return;
  }
  recordUpload(ctx, integrity.sizeBytes, Date.now() - startedMs);
  ctx.log.detail(`uploaded to ${bucket.title} (${formatBytes(integrity.sizeBytes)}, ${formatDuration(Date.now() - startedMs)})`);
  await cleanPrivate(ctx, layer, key);
}
async function cleanPrivate(ctx, layer, key) {
  const bucket = ctx.storage.writable();
  if (!bucket || !layer.supersedes || ctx.options.storage.noCleanPrivate) return;
  const folder = key.slice(0, key.lastIndexOf("/") + 1);
  const outOfDate = (await bucket.list(folder)).filter((object) => object.key !== key && layer.supersedes?.(object.key));
  if (outOfDate.length === 0) return;
  const { retention } = ctx.options.storage;
  const spared = await protectedKeys(bucket, retention.keepReleases);
  if (!spared) {
    ctx.log.warn(`Nothing out of date was removed from ${bucket.title}: a release record (${RELEASES_PREFIX}) could not be read`, "A later run cleans once it can read them; or remove a damaged record by hand.");
    return;
  }
  const kept = /* @__PURE__ */ new Map();
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
  const release = kept.get("recent release");
  const recent = kept.get("grace period");
  if (release) ctx.log.detail(`kept ${release} out-of-date ${release === 1 ? "archive" : "archives"}: needed by one of the latest ${retention.keepReleases} deploys of an app (HALCYON_KEEP_RELEASES)`);
  if (recent) ctx.log.detail(`kept ${recent} out-of-date ${recent === 1 ? "archive" : "archives"}: uploaded less than ${describePeriod(retention.gracePeriodMs)} ago (HALCYON_CLEAN_GRACE_PERIOD)`);
}
async function keepCredentialsOut(ctx, layer) {
  const needles = credentialNeedles(ctx.options.remoteRepo);
  if (needles.length === 0) return;
  for (const file of await regularFiles(layer.liveDir)) {
    if (!await fileContains(file, needles)) continue;
    const rel = path4.relative(layer.liveDir, file);
    if (/(^|\/)dist-newstyle\/cache\//.test(rel)) {
      await rm3(file, { force: true });
      continue;
    }
    throw new HalcyonError("internal/credentials-in-layer", `${rel} in the ${layer.title} holds the package repository's credentials, so it is not archived`, {
      remedy: "This is a bug: please report it (without the credentials). Meanwhile, a repository URL without credentials avoids it."
    });
  }
}
function credentialNeedles(repo) {
  if (!repo || repo.url === repo.publicUrl) return [];
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s]*@)/i.exec(repo.url)?.[1];
  if (!userinfo) return [];
  const forms = /* @__PURE__ */ new Set([userinfo]);
  try {
    forms.add(decodeURIComponent(userinfo));
  } catch {
  }
  return [...forms].map((form) => Buffer.from(form));
}
async function regularFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path4.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await regularFiles(full));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}
async function fileContains(file, needles) {
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream2(file, { highWaterMark: 1 << 20 })) {
    const window = Buffer.concat([tail, chunk]);
    if (needles.some((needle) => window.includes(needle))) return true;
    tail = window.subarray(Math.max(0, window.length - overlap));
  }
  return false;
}

export {
  DEFAULT_TRANSFER_POLICY,
  RetryBudget,
  StallError,
  isNetworkError,
  DEFAULT_REMOTE_REPO,
  engineOptions,
  PRIVATE_VARS,
  resolveSettings,
  StorageTiers,
  ratesOf,
  measuredRates,
  withProgress,
  releasesKey,
  parseReleases,
  readAppReleases,
  recordDeployInBucket,
  restoreFromStore,
  restoreWhileDownloading,
  archiveToCache,
  writeSidecarsToCache,
  uploadToPrivate,
  keepCredentialsOut
};
