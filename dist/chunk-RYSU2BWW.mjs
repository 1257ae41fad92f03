import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  layerPaths,
  renderShellEnvironment,
  shellEnvironment
} from "./chunk-I5G4ZHPJ.mjs";
import {
  PRIVATE_VARS
} from "./chunk-6RYO4LFK.mjs";
import {
  isInside,
  writeFileAtomic
} from "./chunk-LKZ3LCCS.mjs";
import {
  HalcyonError
} from "./chunk-IXRDPPGN.mjs";

// src/heroku/slug.ts
import { cp, lstat, mkdir, readlink, realpath, rename, rm } from "node:fs/promises";
import path from "node:path";
var SLUG_BUILDPACK_DIR = ".buildpack";
var SOURCE_ARCHIVE = "source.tar.zst";
var SHIPPED = ["bin", "dist", "inventory", "package.json"];
async function installBuildpackIntoSlug(buildpackDir, buildDir, sourceArchive) {
  const target = path.join(buildDir, SLUG_BUILDPACK_DIR);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const name of SHIPPED) {
    await cp(path.join(buildpackDir, name), path.join(target, name), { recursive: true, preserveTimestamps: true });
  }
  if (sourceArchive === void 0) return;
  await rename(sourceArchive, path.join(target, SOURCE_ARCHIVE)).catch(async () => {
    await cp(sourceArchive, path.join(target, SOURCE_ARCHIVE));
  });
}
async function writeProfileScript(buildDir, options) {
  const variables = shellEnvironment(layerPaths(options.basePath), options).map(
    (variable) => (
      // The one-off commands (build, restore) after the app's own executables.
      variable.name === "PATH" ? { ...variable, prepend: [...(variable.prepend ?? []).slice(0, 1), `${options.prefixPath}/${SLUG_BUILDPACK_DIR}/bin`, ...(variable.prepend ?? []).slice(1)] } : variable
    )
  );
  const lines = ["# Written by the Haskell on Heroku buildpack at compile time.", ...renderShellEnvironment(variables, "default"), ""];
  await writeFileAtomic(path.join(buildDir, ".profile.d", "halcyon.sh"), lines.join("\n"));
}
async function writeReleaseInfo(buildDir, manifest) {
  const web = manifest?.executables[0];
  const yaml = web ? `---
default_process_types:
  web: bin/${web}
` : "--- {}\n";
  await writeFileAtomic(path.join(buildDir, SLUG_BUILDPACK_DIR, "release.yml"), yaml);
}
async function checkSlugExecutables(buildDir, manifest) {
  for (const exe of manifest.executables) {
    const file = path.join(buildDir, "bin", exe);
    const info = await lstat(file).catch(() => void 0);
    const problem = !info ? "is missing" : info.isSymbolicLink() ? `is a symlink (to ${await readlink(file)}), which may not resolve on a dyno` : !info.isFile() ? "is not a regular file" : (info.mode & 73) === 0 ? "is not executable" : !isInside(await realpath(file), await realpath(buildDir)) ? "is outside the slug" : void 0;
    if (problem) {
      throw new HalcyonError("app/slug-executable", `The slug's bin/${exe}, which the release runs, ${problem}`, {
        remedy: "Check what the hooks in .halcyon/ do to the install directory (its bin/ must hold the built executables), then push again."
      });
    }
  }
}

// src/heroku/instructions.ts
function privateStorageSetup(storage) {
  if (storage.privateStorageOff) return ["  $ heroku config:unset HALCYON_NO_PRIVATE_STORAGE"];
  const names = storage.incompletePrivate.length > 0 ? storage.incompletePrivate : PRIVATE_VARS;
  return names.map((name) => `  $ heroku config:set ${name}=...`);
}
function describeRelease(release) {
  const from = release.commit ? `commit ${release.commit.slice(0, 7)} (source ${release.source.slice(0, 12)})` : `source ${release.source.slice(0, 12)}`;
  return `${release.label} from ${from}, deployed ${release.deployedAt.slice(0, 16).replace("T", " ")} UTC`;
}
function previousBuildInstructions(log, release, mode, storage, stopped) {
  const from = release.commit ? `commit ${release.commit.slice(0, 7)}` : `source ${release.source.slice(0, 12)}`;
  log.step(`The previous build of the app, from ${from}, keeps running`);
  if (stopped) {
    log.detail(`The new source is not built yet: ${stopped.builtCount} of ${stopped.plannedCount} dependencies are built.`);
    deadlineSteps(log, stopped, mode);
    return;
  }
  log.detail("The new source is in the slug, not built yet: some layers (GHC, cabal or the");
  log.detail("dependencies) are not prebuilt, and a compile dyno does not build them.");
  log.detail("");
  buildSteps(log, mode, storage);
  deploySteps(log);
}
function buildpackOnlyInstructions(log, mode, storage) {
  log.step("Buildpack deployed, app not yet built");
  log.detail("Some layers (GHC, cabal or the dependencies) are not prebuilt, and a compile");
  log.detail("dyno does not build them. Build them once on a bigger one-off dyno.");
  log.detail("");
  buildSteps(log, mode, storage);
  deploySteps(log);
  log.detail("");
  log.detail("Or build everything during the push (only for small dependency trees):");
  log.detail("  $ heroku config:set HALCYON_NO_BUILD_DEPENDENCIES=0");
}
function buildSteps(log, mode, storage) {
  if (mode === "none" || mode === "public") {
    log.detail("First, set up private storage, so the one-off dyno can hand the layers over:");
    for (const line of privateStorageSetup(storage)) log.detail(line);
  } else if (mode === "private-read-only") {
    log.detail("The private bucket is used read-only here (HALCYON_NO_UPLOAD, or a key the bucket");
    log.detail("refuses writes). Build on a one-off dyno with a key that may write (it uploads every");
    log.detail("layer to the private bucket):");
    log.detail('  $ heroku run -s performance-l -e "HALCYON_NO_UPLOAD=0;HALCYON_AWS_ACCESS_KEY_ID=...;HALCYON_AWS_SECRET_ACCESS_KEY=..." build');
  }
  if (mode !== "private-read-only") {
    log.detail("Build the app on a one-off dyno (it uploads every layer to the private bucket):");
    log.detail("  $ heroku run -s performance-l build");
  }
}
function deploySteps(log, lead = "Then push again (an empty commit, since the source is already pushed):") {
  log.detail(lead);
  for (const line of pushAgain()) log.detail(line);
}
function pushAgain(why = "Deploy the prebuilt build") {
  return [`  $ git commit --allow-empty -m "${why}"`, "  $ git push heroku main"];
}
function deadlineInstructions(log, stop, mode) {
  log.step(`Buildpack deployed, app not yet built: ${stop.builtCount} of ${stop.plannedCount} dependencies built`);
  deadlineSteps(log, stop, mode);
}
function deadlineSteps(log, stop, mode) {
  if (stop.stalled) {
    log.detail(`No package finished before the deadline: ${stop.stalled}.`);
    log.detail("Another push would not get further. Build them on a bigger one-off dyno:");
    log.detail("  $ heroku run -s performance-l build");
    deploySteps(log);
    return;
  }
  if (stop.partialKey) {
    const where = mode === "private-read-write" ? "in the cache and the private bucket" : "in the cache";
    log.detail(`The packages built are kept ${where}; the next push starts from them:`);
  } else {
    log.detail("Nothing could be built in the time there was. The next push tries again:");
  }
  for (const line of pushAgain("Continue the build")) log.detail(line);
  log.detail("");
  log.detail("Or build them all at once on a bigger one-off dyno:");
  log.detail("  $ heroku run -s performance-l build");
}

export {
  SLUG_BUILDPACK_DIR,
  SOURCE_ARCHIVE,
  installBuildpackIntoSlug,
  writeProfileScript,
  writeReleaseInfo,
  checkSlugExecutables,
  privateStorageSetup,
  describeRelease,
  previousBuildInstructions,
  buildpackOnlyInstructions,
  deploySteps,
  deadlineInstructions
};
