import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  buildAndPublish
} from "./chunk-27KBL3GN.mjs";
import {
  SOURCE_ARCHIVE,
  deploySteps,
  privateStorageSetup
} from "./chunk-RYSU2BWW.mjs";
import {
  announceStorage,
  createExec,
  createRunContext,
  magicFileLayer,
  makeTempDir,
  runPipeline,
  sweepKilledRuns,
  unknownVariablesWarning
} from "./chunk-I5G4ZHPJ.mjs";
import {
  engineOptions,
  resolveSettings
} from "./chunk-6RYO4LFK.mjs";
import {
  exists,
  extractArchive,
  formatDuration,
  withCleanup
} from "./chunk-LKZ3LCCS.mjs";
import "./chunk-GZYYE4GQ.mjs";
import "./chunk-K36WU7B4.mjs";
import "./chunk-AJ3HSWEX.mjs";
import {
  DeadlineReachedError,
  HalcyonError
} from "./chunk-IXRDPPGN.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/heroku/one-off.ts
import path from "node:path";
async function herokuBuild(request, log) {
  return withSlugSource(request, log, async (sourceDir) => {
    const startedMs = Date.now();
    const ctx = await oneOffContext(request, sourceDir, log, { noBuild: false, noBuildDependencies: false });
    if (ctx.storage.mode !== "private-read-write") {
      const readOnly = ctx.storage.mode === "private-read-only";
      throw new HalcyonError(readOnly ? "config/build-without-uploads" : "config/build-without-private-storage", readOnly ? "build needs to upload to the private bucket, but HALCYON_NO_UPLOAD is set" : ctx.options.storage.privateStorageOff ? "build needs private storage, which HALCYON_NO_PRIVATE_STORAGE turns off" : "build needs private storage, and none is configured", {
        remedy: readOnly ? "Unset it for this run: heroku run -s performance-l -e HALCYON_NO_UPLOAD=0 build" : ["Set up private storage, then run build again:", ...privateStorageSetup(ctx.options.storage)].join("\n")
      });
    }
    if (!await ctx.storage.privateStore?.checkWriteAccess("Nothing is built until this run can write.")) {
      const bucket = ctx.storage.privateStore?.title ?? "the private bucket";
      if (ctx.storage.mode === "private-read-write") {
        throw new HalcyonError("storage/build-write-check-failed", `build could not check that it may write to ${bucket}: the warning above says why (nothing was built)`, {
          remedy: "Check HALCYON_S3_ENDPOINT and HALCYON_S3_REGION (or the network), then run build again."
        });
      }
      throw new HalcyonError("storage/build-uploads-refused", `build needs to upload to ${bucket}, which refused a write from this key (nothing was built)`, {
        remedy: 'Run it with a key that may write (s3:PutObject): heroku run -s performance-l -e "HALCYON_AWS_ACCESS_KEY_ID=...;HALCYON_AWS_SECRET_ACCESS_KEY=..." build'
      });
    }
    const scratch = await makeTempDir("install");
    return withCleanup(async () => {
      const result = await buildAndPublish(ctx, { appDir: sourceDir, goal: "install", installTarget: scratch.dir, baseTarget: () => scratch.dir }).catch((error) => {
        throw error instanceof DeadlineReachedError ? error.continueWith("heroku run -s performance-l build") : error;
      });
      log.step(`App built: ${result.app.label} (${formatDuration(Date.now() - startedMs)})`);
      deploySteps(log, "Every layer is in the private bucket. Now deploy the app (an empty commit, since the source is already pushed):");
      return 0;
    }, scratch.remove);
  });
}
async function herokuRestore(request, log) {
  return withSlugSource(request, log, async (sourceDir) => {
    const ctx = await oneOffContext(request, sourceDir, log);
    const result = await runPipeline(ctx, { appDir: sourceDir, goal: "restore", installTarget: ctx.options.prefixPath, baseTarget: (base) => base });
    log.step(`App restored: ${result.app.label}`);
    log.detail("To run GHCi in the app:");
    log.detail("  $ cabal repl");
    return 0;
  });
}
async function oneOffContext(request, sourceDir, log, overrides = {}) {
  const unknown = unknownVariablesWarning(Object.keys(request.processEnv), "config vars");
  if (unknown) log.warn(unknown.message, unknown.remedy.replace("or unset it", "or heroku config:unset it"));
  const settings = resolveSettings([{ source: "env", vars: request.processEnv }, await magicFileLayer(sourceDir)]);
  const options = { ...engineOptions(settings, { basePath: "/app", cachePath: "/var/tmp/halcyon-cache", noBuildDependencies: false }), ...overrides };
  const ctx = await createRunContext({ log, options, exec: createExec(log, { ...request.processEnv }) });
  announceStorage(ctx);
  await sweepKilledRuns(ctx);
  return ctx;
}
async function withSlugSource(request, log, work) {
  const archive = path.join(request.buildpackDir, SOURCE_ARCHIVE);
  if (!await exists(archive)) {
    throw new HalcyonError("app/no-slug-source", `No app source at ${archive}`, {
      remedy: "Run this on a one-off dyno of an app deployed with this buildpack (heroku run -s performance-l build)."
    });
  }
  const scratch = await makeTempDir("source");
  const sourceDir = path.join(scratch.dir, "app");
  return withCleanup(async () => {
    await extractArchive({ filePath: archive }, sourceDir);
    log.step("Restored the app source archived at compile time");
    return work(sourceDir);
  }, scratch.remove);
}
export {
  herokuBuild,
  herokuRestore
};
