import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  SLUG_BUILDPACK_DIR,
  SOURCE_ARCHIVE,
  buildpackOnlyInstructions,
  checkSlugExecutables,
  deadlineInstructions,
  describeRelease,
  installBuildpackIntoSlug,
  previousBuildInstructions,
  writeProfileScript,
  writeReleaseInfo
} from "./chunk-RYSU2BWW.mjs";
import {
  LAYERS,
  TAG_FILE,
  VERSION,
  announceStorage,
  appBuildInvocation,
  buildDirOf,
  cabalBuildArgs,
  copyInstall,
  createExec,
  createRunContext,
  detectPlatform,
  directorySize,
  distDirOf,
  endingError,
  journalLayer,
  journaled,
  keyLabel,
  keysNotFound,
  layerPaths,
  magicFileLayer,
  makeTempDir,
  restoreIfAvailable,
  runPipeline,
  runRecord,
  unknownVariablesWarning,
  writeBuildData
} from "./chunk-I5G4ZHPJ.mjs";
import {
  engineOptions,
  parseReleases,
  readAppReleases,
  recordDeployInBucket,
  releasesKey,
  resolveSettings
} from "./chunk-6RYO4LFK.mjs";
import {
  exists,
  formatBytes,
  formatDuration,
  packDirectory,
  readTextIfExists,
  withCleanup,
  writeFileAtomic
} from "./chunk-LKZ3LCCS.mjs";
import {
  urlPasswords
} from "./chunk-GZYYE4GQ.mjs";
import "./chunk-K36WU7B4.mjs";
import {
  looksSecret,
  lookupVar
} from "./chunk-AJ3HSWEX.mjs";
import {
  BuildNeededError,
  DeadlineReachedError,
  HalcyonError,
  errorMessage
} from "./chunk-IXRDPPGN.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/heroku/compile.ts
import { cp, realpath } from "node:fs/promises";
import path5 from "node:path";

// src/heroku/test-script.ts
import path from "node:path";
var TEST_SCRIPT = "test.sh";
async function writeTestScript(ctx, buildDir, result) {
  const cabal = appBuildInvocation(ctx, result.toolchain);
  const appBuildDir = buildDirOf(ctx, keyLabel(result.app, ctx.options));
  const args = [...cabal.globalArgs, "test", "all", ...cabalBuildArgs(ctx, result.toolchain, distDirOf(appBuildDir))];
  const lines = [
    "#!/bin/sh",
    "# Written by bin/test-compile: the app's test suites, built there, run by bin/test.",
    "set -e",
    `cd ${quote(appBuildDir)}`,
    // The cabal layer's own config: a run's copy with repository credentials is gone once test-compile ends.
    ...Object.entries({ ...cabal.env, CABAL_CONFIG: path.join(layerPaths(ctx.options.basePath).cabal, "config") }).map(([name, value]) => `export ${name}=${quote(value)}`),
    ...cabal.prependPath.length > 0 ? [`export PATH=${quote(cabal.prependPath.join(":"))}:"$PATH"`] : [],
    `exec ${[cabal.bin, ...args].map(quote).join(" ")}`,
    ""
  ];
  await writeFileAtomic(path.join(buildDir, SLUG_BUILDPACK_DIR, TEST_SCRIPT), lines.join("\n"));
}
function quote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/storage/cache-clean.ts
async function snapshotCache(cache) {
  return new Map((await cache.listAll()).map((o) => [o.key, o.sizeBytes]));
}
async function cleanCache(cache, before, options, log) {
  await cache.removeLeftovers();
  if (!options.noClean) {
    for (const object of await cache.listAll()) {
      if (!cache.keptKeys().has(object.key)) await cache.remove(object.key);
    }
  }
  const after = await snapshotCache(cache);
  const changes = [];
  for (const [key, size] of after) {
    if (!before.has(key)) changes.push(`+ ${key}`);
    else if (before.get(key) !== size) changes.push(`* ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`- ${key}`);
  log.step(`Cache: ${after.size} ${after.size === 1 ? "file" : "files"}${changes.length === 0 ? ", unchanged" : ""}`);
  for (const change of changes.sort((a, b) => a.slice(2).localeCompare(b.slice(2)))) log.detail(change);
}

// src/heroku/env-dir.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path2 from "node:path";
var UNSAFE = /^(PATH|GIT_DIR|CPATH|LIBRARY_PATH|LD_.*|BUILDPACK_INTERNAL_.*|HALCYON_INTERNAL_.*)$/;
var MAX_ENV_VALUE_BYTES = 128 * 1024 - 1;
async function readEnvDir(envDir) {
  const vars = {};
  const skipped = [];
  if (!envDir) return { vars, skipped };
  let names;
  try {
    names = (await readdir(envDir)).sort();
  } catch {
    return { vars, skipped };
  }
  for (const name of names) {
    const file = path2.join(envDir, name);
    if (UNSAFE.test(name)) {
      skipped.push({ name, reason: "not settable by a config var" });
      continue;
    }
    if (lookupVar(name)?.scope === "process") {
      skipped.push({ name, reason: "fixed by the buildpack" });
      continue;
    }
    const info = await stat(file).catch(() => void 0);
    if (!info?.isFile()) {
      skipped.push({ name, reason: info ? "it is a directory, not a file" : "it is a dangling symlink", warn: true });
      continue;
    }
    try {
      vars[name] = (await readFile(file, "utf8")).replace(/\n$/, "");
    } catch (error) {
      skipped.push({ name, reason: `it cannot be read (${error.code ?? errorMessage(error)})`, warn: true });
    }
  }
  return { vars, skipped };
}
function isSecretVar(name) {
  const spec = lookupVar(name);
  return spec ? spec.secret === true : looksSecret(name);
}
function displayValue(name, value) {
  const spec = lookupVar(name);
  if (!spec) return "(set)";
  if (spec.secret) return "(secret)";
  return value.length > 120 ? `${value.slice(0, 100)}\u2026 (${value.length} characters)` : value;
}

// src/heroku/deploys.ts
import { randomUUID } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
var STATE_FILE = ".halcyon-deploys.json";
async function readDeployState(cachePath) {
  try {
    const parsed = JSON.parse(await readFile2(path3.join(cachePath, STATE_FILE), "utf8"));
    if (parsed.format !== 1 || typeof parsed.app !== "string") return void 0;
    const lastDeploy = parsed.lastDeploy ? parseReleases(JSON.stringify({ format: 1, app: parsed.app, releases: [parsed.lastDeploy] }))?.releases[0] : void 0;
    return { format: 1, app: parsed.app, ...lastDeploy ? { lastDeploy } : {}, ...parsed.lastPush ? { lastPush: parsed.lastPush } : {} };
  } catch {
    return void 0;
  }
}
async function writeDeployState(cachePath, state) {
  await writeFileAtomic(path3.join(cachePath, STATE_FILE), `${JSON.stringify(state, null, 2)}
`).catch(() => void 0);
}
function appIdentity(state, vars) {
  const herokuId = vars.HEROKU_APP_ID?.trim();
  return herokuId && /^[A-Za-z0-9-]{1,64}$/.test(herokuId) ? herokuId : state?.app ?? randomUUID();
}
async function lastDeployInBucket(bucket, app, vars) {
  if (!bucket || vars.HEROKU_APP_ID?.trim() !== app) return void 0;
  const record = await readAppReleases(bucket, releasesKey(app));
  return record === "unreadable" ? void 0 : record?.releases[0];
}

// src/engine/previous-install.ts
async function restoreDeployedInstall(ctx, release, title, request) {
  const layer = {
    kind: "install",
    title,
    liveDir: layerPaths(ctx.options.basePath).install(release.label),
    key: release.installKey,
    inputs: release.installInputs,
    namedInputs: release.installNamedInputs ?? { source: release.source },
    isDependency: false,
    build: () => Promise.reject(new HalcyonError("internal/previous-install-built", "A deployed install is restored, never built"))
  };
  const restored = await restoreIfAvailable(ctx, layer);
  if (!restored) return void 0;
  journalLayer(ctx, layer, restored);
  for (const key of release.keys) ctx.cache.keep(key);
  return copyInstall(layer.liveDir, request);
}

// src/heroku/stack.ts
import { rm } from "node:fs/promises";
import path4 from "node:path";
var STACK_FILE = "halcyon-stack";
async function checkStack(cacheDir, archivesDir, stack, log) {
  if (!stack) return void 0;
  const file = path4.join(cacheDir, STACK_FILE);
  const previous = (await readTextIfExists(file))?.trim();
  let discarded;
  if (previous && previous !== stack) {
    discarded = `stack changed from ${previous} to ${stack}`;
    log.step(`Stack changed from ${previous} to ${stack}: discarding the cached layers`);
    await rm(archivesDir, { recursive: true, force: true });
  }
  await writeFileAtomic(file, `${stack}
`);
  return discarded;
}

// src/heroku/compile.ts
async function herokuCompile(request, log) {
  const startedMs = Date.now();
  const summary = { command: request.tests ? "test-compile" : "compile", startedMs, stack: request.processEnv.STACK };
  const cachePath = path5.join(request.cacheDir, "halcyon");
  log.step(`Haskell on Heroku ${VERSION}`);
  let ctx;
  let cacheDiscarded;
  const state = await readDeployState(cachePath);
  try {
    const envDir = await readEnvDir(request.envDir);
    reportConfigVars(envDir, log);
    const options = await compileOptions(request, envDir.vars, startedMs);
    refuseIncompleteStorage(options);
    cacheDiscarded = await checkStack(request.cacheDir, options.cachePath, request.processEnv.STACK, log);
    ctx = await createRunContext({ log, options, exec: createExec(log, childEnvironment(request.processEnv, envDir.vars, log)) });
    const identity = { ...request.processEnv, ...envDir.vars };
    const app = appIdentity(state, identity);
    const lastDeploy = state?.lastDeploy ?? await lastDeployInBucket(ctx.storage.privateStore, app, identity);
    const ended = await compileInto(ctx, request, startedMs, { app, state, lastDeploy });
    const outcome = ended.stopped ? "stopped-at-deadline" : ended.kept ? "previous-build-kept" : !ended.result?.manifest ? "buildpack-only" : request.tests ? "built" : "deployed";
    await writeBuildData(cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome, ...ended.stopped ? { error: endingError(ended.stopped) } : {}, cacheDiscarded }));
    if (!request.tests) await rememberPush(ctx, cachePath, { app, lastDeploy: ended.deployed ?? lastDeploy, outcome });
    return 0;
  } catch (error) {
    await writeBuildData(cachePath, runRecord(ctx, ctx?.platform ?? await detectPlatform(), { ...summary, outcome: "failed", error: endingError(error), cacheDiscarded }));
    throw error;
  }
}
async function rememberPush(ctx, cachePath, push) {
  const { target } = journaled(ctx);
  const lastPush = target ? { installInputs: target.installInputs, source: target.source, outcome: push.outcome, at: ctx.now.toISOString() } : void 0;
  await writeDeployState(cachePath, { format: 1, app: push.app, ...push.lastDeploy ? { lastDeploy: push.lastDeploy } : {}, ...lastPush ? { lastPush } : {} });
}
function refuseIncompleteStorage(options) {
  const missing = options.storage.incompletePrivate;
  if (missing.length === 0) return;
  throw new HalcyonError("config/incomplete-private-storage", `Private storage is only partly configured: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`, {
    remedy: `Nothing was deployed: the running app stays. Set ${missing.join(" and ")} (heroku config:set ${missing[0] ?? ""}=...; check the spelling of the names set), or unset the other HALCYON_AWS_*/HALCYON_S3_* config vars to deploy without a private bucket.`
  });
}
async function compileInto(ctx, request, startedMs, { app, state, lastDeploy }) {
  const { log, options } = ctx;
  announceStorage(ctx);
  const before = await snapshotCache(ctx.cache);
  const ended = await withPristineSource(request, () => request.tests ? runPipeline(ctx, pipelineRequest(request.buildDir, true)) : deployOrExplain(ctx, request.buildDir, lastDeploy !== void 0));
  const stopped = ended instanceof DeadlineReachedError ? ended : void 0;
  const result = ended instanceof DeadlineReachedError ? void 0 : ended;
  if (!result?.manifest && !stopped) refuseUnprovenMisses(ctx);
  const kept = !result?.manifest && !request.tests && lastDeploy ? await keepPreviousBuild(ctx, lastDeploy, request.buildDir) : void 0;
  const manifest = result?.manifest ?? kept?.manifest;
  if (result?.manifest && options.keepDependencies) await keepDependencies(ctx, request.buildDir);
  await writeProfileScript(request.buildDir, options);
  if (manifest) await checkSlugExecutables(request.buildDir, manifest);
  await writeReleaseInfo(request.buildDir, manifest);
  if (result && request.tests) await writeTestScript(ctx, request.buildDir, result);
  const deployed = result?.manifest && !request.tests ? await recordDeploy(ctx, app, result.manifest, request.processEnv.SOURCE_VERSION) : void 0;
  await cleanCache(ctx.cache, before, { noClean: options.noCleanCache }, log);
  if (result && request.tests) {
    log.step(`App and test suites built: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail("bin/test runs them (cabal test)");
  } else if (result?.manifest) {
    log.step(`App deployed: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
    log.detail(`web: bin/${result.manifest.executables[0] ?? ""}`);
    log.detail("To run GHCi on a one-off dyno: heroku run bash, then restore, then cabal repl");
  } else {
    if (!stopped) sameAsLastPush(ctx, state);
    if (kept) previousBuildInstructions(log, kept.release, ctx.storage.mode, options.storage, stopped);
    else if (stopped) deadlineInstructions(log, stopped, ctx.storage.mode);
    else buildpackOnlyInstructions(log, ctx.storage.mode, options.storage);
  }
  return { result, stopped, deployed, kept: kept?.release };
}
async function keepPreviousBuild(ctx, release, buildDir) {
  const manifest = await restoreDeployedInstall(ctx, release, `Keeping the previous build of the app: ${describeRelease(release)}`, { installTarget: buildDir, baseTarget: () => buildDir });
  if (manifest) return { release, manifest };
  throw new HalcyonError("build-needed/previous-build-gone", `This push cannot build the app, and the build deployed before (${describeRelease(release)}) is in neither the cache nor the bucket any more: releasing the buildpack alone would stop the running app`, {
    remedy: [
      "Nothing was deployed: the running app stays. Either build the dependencies during one push:",
      "  $ heroku config:set HALCYON_NO_BUILD_DEPENDENCIES=0, push again, then heroku config:unset it;",
      "or accept the app stopping until the one-off build: heroku builds:cache:purge -a APP, then push",
      "(the push deploys the buildpack alone, as a first deploy does)."
    ].join("\n")
  });
}
async function recordDeploy(ctx, app, manifest, commit) {
  const { target } = journaled(ctx);
  if (!target) return void 0;
  const release = {
    label: manifest.label,
    installKey: target.installKey,
    installInputs: target.installInputs,
    installNamedInputs: target.installNamedInputs,
    source: target.source,
    ...commit ? { commit } : {},
    deployedAt: ctx.now.toISOString(),
    executables: manifest.executables,
    keys: [target.installKey, ...manifest.builtFrom]
  };
  await recordDeployInBucket(ctx, app, release);
  return release;
}
function sameAsLastPush(ctx, state) {
  const { target } = journaled(ctx);
  const last = state?.lastPush;
  if (!target || !last || last.installInputs !== target.installInputs || !["buildpack-only", "previous-build-kept"].includes(last.outcome)) return;
  ctx.log.warn(
    `Nothing has changed since the last push (${last.at.slice(0, 16).replace("T", " ")} UTC, source ${target.source.slice(0, 12)}), which could not build the app either`,
    "Run the one-off build first (heroku run -s performance-l build), then push again."
  );
}
function refuseUnprovenMisses(ctx) {
  const bucket = ctx.storage.privateStore;
  const notFound = keysNotFound(ctx);
  const unread = [...new Map((bucket?.unreadKeys ?? []).filter((u) => notFound.has(u.key)).map((u) => [u.key, u.reason])).entries()];
  const last = unread.at(-1);
  if (!bucket || !last) return;
  throw new HalcyonError("storage/s3/unreachable", `The private bucket ${bucket.bucket} could not be read for ${unread.length === 1 ? "a layer" : `${unread.length} layers`} this push needs (${last[1]}), so whether ${unread.length === 1 ? "it is" : "they are"} prebuilt is unknown`, {
    remedy: "Nothing was deployed: the running app stays. Check HALCYON_S3_ENDPOINT and HALCYON_S3_REGION (or the network, or an S3 outage), then push again."
  });
}
var COMPILE_LIMIT_MS = 25 * 6e4;
var HEROKU_STEPS_MS = 3 * 6e4;
async function compileOptions(request, configVars, startedMs) {
  const settings = resolveSettings([
    { source: "env", vars: onlyBaseVars(request.processEnv) },
    { source: "config var", vars: configVars },
    await magicFileLayer(request.buildDir)
  ]);
  return engineOptions(settings, {
    basePath: "/app",
    cachePath: path5.join(request.cacheDir, "halcyon"),
    noBuildDependencies: request.tests !== true,
    tests: request.tests === true,
    startedMs,
    limit: { durationMs: COMPILE_LIMIT_MS - HEROKU_STEPS_MS, source: "the Heroku compile limit of 25 minutes, less 3 for Heroku's own steps" }
  });
}
async function deployOrExplain(ctx, buildDir, keepsPrevious) {
  const instead = keepsPrevious ? "The previous build of the app keeps running" : "Deploying the buildpack only";
  try {
    return await runPipeline(ctx, pipelineRequest(buildDir));
  } catch (error) {
    if (error instanceof DeadlineReachedError) {
      ctx.log.warn(error.message, error.stalled ? `No package finished before the deadline: ${error.stalled}. ${instead}; the steps below build the app.` : `${instead}; push again to continue (the steps are below).`);
      return error;
    }
    if (!(error instanceof BuildNeededError)) throw error;
    ctx.log.warn(error.message, `${instead}; the steps below build the app.`);
    return void 0;
  }
}
function pipelineRequest(buildDir, tests = false) {
  return { appDir: buildDir, goal: "install", installTarget: buildDir, baseTarget: () => buildDir, fastPath: !tests };
}
async function keepDependencies(ctx, buildDir) {
  const layers = layerPaths(ctx.options.basePath);
  ctx.log.step("Keeping GHC, cabal and the dependencies in the slug (HALCYON_KEEP_DEPENDENCIES)");
  for (const dir of LAYERS.flatMap((spec) => spec.keptInSlug?.(layers) ?? [])) {
    if (!await exists(dir)) continue;
    const target = path5.join(buildDir, path5.relative(ctx.options.basePath, dir));
    if (await realpath(dir) === await realpath(target).catch(() => "")) continue;
    await cp(dir, target, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, filter: (source) => path5.basename(source) !== TAG_FILE });
    ctx.log.detail(`${path5.relative(buildDir, target)} (${formatBytes(await directorySize(target))})`);
  }
}
async function withPristineSource(request, work) {
  const scratch = await makeTempDir("compile");
  const sourceArchive = path5.join(scratch.dir, SOURCE_ARCHIVE);
  let archived = false;
  return withCleanup(
    async () => {
      const excluded = (rel) => [".git", ".halcyon-layers"].some((top) => rel === top || rel.startsWith(`${top}/`));
      await packDirectory(request.buildDir, sourceArchive, { exclude: excluded });
      archived = true;
      return work();
    },
    () => withCleanup(() => installBuildpackIntoSlug(request.buildpackDir, request.buildDir, archived ? sourceArchive : void 0), scratch.remove)
  );
}
function onlyBaseVars(env) {
  const vars = {};
  for (const name of ["HALCYON_BASE", "HALCYON_PREFIX", "HALCYON_ROOT"]) {
    const value = env[name];
    if (value !== void 0) vars[name] = value;
  }
  return vars;
}
function reportConfigVars(envDir, log) {
  const names = Object.keys(envDir.vars);
  if (names.length === 0 && envDir.skipped.length === 0) return;
  log.step("Config vars");
  for (const name of names) {
    const value = envDir.vars[name] ?? "";
    if (isSecretVar(name)) log.addSecret(value);
    for (const password of urlPasswords(value)) log.addSecret(password);
    log.detail(`${name.padEnd(34)} ${displayValue(name, value)}`);
  }
  for (const { name, reason, warn } of envDir.skipped) {
    if (warn) log.warn(`The config var file ${name} in ENV_DIR is ignored: ${reason}`, "Set config vars with heroku config:set NAME=VALUE; each is a file in ENV_DIR.");
    else log.detail(`${name.padEnd(34)} ignored: ${reason}`);
  }
  const unknown = unknownVariablesWarning(names, "config vars");
  if (unknown) log.warn(unknown.message, unknown.remedy.replace("or unset it", "or heroku config:unset it"));
}
function childEnvironment(processEnv, configVars, log) {
  const env = { ...processEnv };
  for (const [name, value] of Object.entries(configVars)) {
    if (Buffer.byteLength(value) + name.length + 1 > MAX_ENV_VALUE_BYTES) {
      log.warn(`The config var ${name} is not passed to the build (${Buffer.byteLength(value)} bytes; a process environment takes ${MAX_ENV_VALUE_BYTES + 1} at most per variable)`, "The app gets it at run time as usual.");
      continue;
    }
    env[name] = value;
  }
  return env;
}
export {
  herokuCompile
};
