import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  packDirectory,
  restoreDirectory,
  sha256Hex
} from "./chunk-3MZJU7C2.mjs";
import {
  lookupVar
} from "./chunk-UREOA77E.mjs";
import {
  DEFAULT_TRANSFER_POLICY,
  RetryBudget
} from "./chunk-G6H4CZ5J.mjs";
import {
  appendFiles,
  formatBytes,
  formatDuration,
  writeFileAtomic
} from "./chunk-IMWYNXDL.mjs";
import {
  HalcyonError,
  errorMessage
} from "./chunk-C7SAENDW.mjs";

// src/config/options.ts
import path from "node:path";
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
  if (accessKeyId !== void 0) checkCredential(accessKeyId, settings.describe("HALCYON_AWS_ACCESS_KEY_ID"), true);
  if (secretAccessKey !== void 0) checkCredential(secretAccessKey, settings.describe("HALCYON_AWS_SECRET_ACCESS_KEY"), false);
  if (bucket !== void 0) checkBucketName(bucket, settings.describe("HALCYON_S3_BUCKET"));
  const given = PRIVATE_VARS.filter((name) => settings.string(name) !== void 0);
  const configured = accessKeyId !== void 0 && secretAccessKey !== void 0 && bucket !== void 0;
  const pathStyle = settings.get("HALCYON_S3_PATH_STYLE") ? settings.bool("HALCYON_S3_PATH_STYLE") : void 0;
  return {
    privateBucket: configured && !settings.bool("HALCYON_NO_PRIVATE_STORAGE") ? {
      accessKeyId,
      secretAccessKey,
      bucket,
      endpoint: validEndpoint(settings.string("HALCYON_S3_ENDPOINT")),
      region: settings.string("HALCYON_S3_REGION"),
      pathStyle,
      acl: settings.string("HALCYON_S3_ACL") ?? "private"
    } : void 0,
    incompletePrivate: given.length > 0 && !configured ? PRIVATE_VARS.filter((name) => !given.includes(name)) : [],
    noUpload: settings.bool("HALCYON_NO_UPLOAD"),
    noCleanPrivate: settings.bool("HALCYON_NO_CLEAN_PRIVATE_STORAGE"),
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
function checkCredential(value, from, showValue) {
  if (/^[\x21-\x7e]+$/.test(value)) return;
  const what = /[\r\n]/.test(value) ? "a line break" : /\s/.test(value) ? "a space" : "a character that is not printable ASCII";
  throw new HalcyonError("config/invalid-credential", `${from} has ${what} in it${showValue ? ` ("${value.replace(/\s/g, " ")}")` : ""}`, {
    remedy: "Set it again without it (copy the key alone): heroku config:set NAME=VALUE, or export it off Heroku."
  });
}
function checkBucketName(bucket, from) {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/.test(bucket) && !bucket.includes("..")) return;
  throw new HalcyonError("config/invalid-bucket", `${from} is set to "${bucket}", which is not a bucket name`, {
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
  const from = settings.describe("HALCYON_EXTRA_CONFIGURE_FLAGS");
  const flags = splitWords(settings.string("HALCYON_EXTRA_CONFIGURE_FLAGS") ?? "", from);
  for (const flag of flags) {
    if (MOVING_OPTIONS.test(flag)) {
      throw new HalcyonError("config/configure-flag-moves-build", `${from} has ${flag}, which the buildpack sets itself`, {
        remedy: "Remove it: the build directory, install prefix, compiler and store are fixed by the layers (see HALCYON_PREFIX and HALCYON_GHC_VERSION)."
      });
    }
    if (!flag.startsWith("-")) {
      throw new HalcyonError("config/configure-flag-not-an-option", `${from} has "${flag}", which is not an option`, {
        remedy: 'Give cabal options only, e.g. --flags=production or --ghc-options=-O2; quote a value with spaces: --ghc-options="-O2 -j".'
      });
    }
  }
  return flags;
}
var PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$/;
function osPackages(settings) {
  const from = settings.describe("HALCYON_EXTRA_OS_PACKAGES");
  const names = splitWords(settings.string("HALCYON_EXTRA_OS_PACKAGES") ?? "", from);
  for (const name of names) {
    if (!PACKAGE_NAME.test(name)) {
      throw new HalcyonError("config/invalid-os-package", `${from} has "${name}", which is not a Debian package name`, {
        remedy: "List package names separated by spaces, as apt-get install takes them, e.g. libyajl-dev libpq-dev."
      });
    }
  }
  return [...new Set(names)].sort();
}
function splitWords(text, from) {
  const words = [];
  let current;
  let quote;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = void 0;
      else current = (current ?? "") + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      current ??= "";
    } else if (/\s/.test(char)) {
      if (current !== void 0) words.push(current);
      current = void 0;
    } else current = (current ?? "") + char;
  }
  if (quote) {
    throw new HalcyonError("config/unclosed-quote", `${from} has an unclosed ${quote}`, { remedy: `Close the quote, or remove it.` });
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
        remedy: `Set ${spec.name} to a whole number from ${min} to ${max} (now: ${spec.defaultText} by default).`
      });
    }
  }
  if (spec.kind === "duration" && raw.trim() !== "" && parseDurationMs(raw.trim()) === void 0) {
    throw new HalcyonError("config/not-a-duration", `${givenAs} is set to "${raw.trim()}", which is not a duration`, {
      remedy: `Set ${spec.name} to a duration of at least one second: seconds, minutes and hours, such as 90s, 20m or 1h30m.`
    });
  }
  if (spec.kind === "path" && raw.trim() !== "" && !raw.trim().startsWith("/")) {
    throw new HalcyonError("config/not-an-absolute-path", `${givenAs} is set to "${raw.trim()}", which is not an absolute path`, {
      remedy: `Set ${spec.name} to an absolute path.`
    });
  }
}
var DURATION_UNIT_MS = { h: 36e5, m: 6e4, s: 1e3 };
function parseDurationMs(text) {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) >= 1 ? Number(trimmed) * 1e3 : void 0;
  if (!/^(\d+h)?(\d+m)?(\d+s)?$/.test(trimmed) || trimmed === "") return void 0;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([hms])/g)) total += Number(amount) * (DURATION_UNIT_MS[unit ?? "s"] ?? 0);
  return total >= 1e3 ? total : void 0;
}

// src/layers/transfer.ts
import { createReadStream } from "node:fs";
import { readdir, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";

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
import { rm } from "node:fs/promises";
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
      await rm(part.file, { force: true });
    }
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}
async function removeBehind(parts, read) {
  for (const [index, part] of parts.entries()) {
    await read.whole(index);
    await rm(part.file, { force: true });
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
  const progress = reportProgress(ctx.log, `extracting ${path2.basename(key)}`, ctx.options.progressIntervalMs);
  try {
    return await restoreDirectory(input, liveDir, { ...opened.sha256 ? { expectedSha256: opened.sha256 } : {}, onProgress: (done, total) => progress.set(done, total) });
  } catch (error) {
    opened.body.destroy();
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
  const progress = reportProgress(ctx.log, `downloading ${path2.basename(key)} from ${store.title}`, ctx.options.progressIntervalMs);
  const fetch = (file, onParts) => download(key, file, { budget, onParts, onProgress: (bytes, total) => progress.set(bytes, total) }).finally(() => progress.stop());
  const { got, extracted, whole } = await restoreWhileDownloading(fetch, target.path, liveDir);
  if (got.status === "rejected" || got.value === void 0 || extracted.status === "rejected") {
    await target.abort();
    if (got.status === "rejected") throw got.reason;
    if (got.value !== void 0 && extracted.status === "rejected") {
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
async function restoreWhileDownloading(fetch, file, liveDir, { keepFile = true, append = appendFiles } = {}) {
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
      // Known from the first answer, it is checked (and zstd need not check its own).
      expectedSha256: sha256 ?? downloading.then((got2) => got2?.sha256, () => void 0),
      onStarted: toolsStarted
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
  if (!keepFile) await rm2(file, { force: true });
  const dir = path2.dirname(file);
  const prefix = `${path2.basename(file)}.`;
  for (const name of await readdir(dir).catch(() => [])) if (name.startsWith(prefix) && /\.part\d+$/.test(name)) await rm2(path2.join(dir, name), { force: true });
  return { got, extracted, whole };
}
async function archiveToCache(ctx, layer, key) {
  await keepCredentialsOut(ctx, layer);
  const startedMs = Date.now();
  const stats = await withProgress(
    ctx.log,
    `archiving ${path2.basename(key)}`,
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
    `uploading ${path2.basename(key)} to ${bucket.title}`,
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
  for (const object of await bucket.list(folder)) {
    if (object.key === key || !layer.supersedes(object.key)) continue;
    await bucket.remove(object.key);
    if (!ctx.storage.writable()) return;
    ctx.log.detail(`removed out-of-date ${object.key} from ${bucket.title}`);
  }
}
async function keepCredentialsOut(ctx, layer) {
  const needles = credentialNeedles(ctx.options.remoteRepo);
  if (needles.length === 0) return;
  for (const file of await regularFiles(layer.liveDir)) {
    if (!await fileContains(file, needles)) continue;
    const rel = path2.relative(layer.liveDir, file);
    if (/(^|\/)dist-newstyle\/cache\//.test(rel)) {
      await rm2(file, { force: true });
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
    const full = path2.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await regularFiles(full));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}
async function fileContains(file, needles) {
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const window = Buffer.concat([tail, chunk]);
    if (needles.some((needle) => window.includes(needle))) return true;
    tail = window.subarray(Math.max(0, window.length - overlap));
  }
  return false;
}

export {
  DEFAULT_REMOTE_REPO,
  engineOptions,
  resolveSettings,
  ratesOf,
  measuredRates,
  withProgress,
  restoreFromStore,
  restoreWhileDownloading,
  archiveToCache,
  writeSidecarsToCache,
  uploadToPrivate,
  keepCredentialsOut
};
