import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  buildAndPublish
} from "./chunk-27KBL3GN.mjs";
import {
  LAYERS,
  announceStorage,
  appInputs,
  computePlan,
  constraintLines,
  createExec,
  createRunContext,
  describeStart,
  endingError,
  findAppPackage,
  installTarget,
  layerInputs,
  lookupStores,
  magicFileLayer,
  pathsSnippet,
  readTag,
  resolvePlan,
  runPipeline,
  runRecord,
  sweepKilledRuns,
  unknownVariablesWarning,
  writeBuildData
} from "./chunk-I5G4ZHPJ.mjs";
import {
  StorageTiers,
  engineOptions,
  resolveSettings
} from "./chunk-6RYO4LFK.mjs";
import {
  formatDuration
} from "./chunk-LKZ3LCCS.mjs";
import "./chunk-GZYYE4GQ.mjs";
import "./chunk-K36WU7B4.mjs";
import {
  GROUP_ORDER,
  VARIABLES,
  flagName,
  lookupVar
} from "./chunk-AJ3HSWEX.mjs";
import {
  DeadlineReachedError,
  HalcyonError
} from "./chunk-IXRDPPGN.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-I6IKL4X6.mjs";

// node_modules/dotenv/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/dotenv/dist/index.cjs"(exports, module) {
    var j = (e, n) => () => {
      try {
        return n || e((n = { exports: {} }).exports, n), n.exports;
      } catch (t) {
        throw n = 0, t;
      }
    };
    var R = j((Z, N) => {
      function T(e) {
        return typeof e == "string" ? !["false", "0", "no", "off", ""].includes(e.toLowerCase()) : !!e;
      }
      function U(e = process.env) {
        let n = {};
        for (let t of ["ENCODING", "PATH", "QUIET", "DEBUG", "OVERRIDE", "FAST"]) {
          let r = e[`DOTENV_${t}`] != null ? e[`DOTENV_${t}`] : e[`DOTENV_CONFIG_${t}`];
          r != null && (n[t.toLowerCase()] = t === "ENCODING" || t === "PATH" ? r : T(r));
        }
        return n;
      }
      N.exports = { parseBoolean: T, optionsFromEnv: U };
    });
    var P = j((ee, b) => {
      var F = __require("fs"), _ = __require("path"), B = __require("os"), { URL: L, fileURLToPath: Q } = __require("url"), { parseBoolean: $, optionsFromEnv: I } = R(), G = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg, y = new Uint8Array(256);
      for (let e = 48; e <= 57; e++) y[e] = 1;
      for (let e = 65; e <= 90; e++) y[e] = 1;
      for (let e = 97; e <= 122; e++) y[e] = 1;
      y[45] = 1;
      y[46] = 1;
      y[95] = 1;
      function H(e) {
        let n = {}, t = e.toString();
        t = t.replace(/\r\n?/mg, `
`);
        let r;
        for (; (r = G.exec(t)) != null; ) {
          let o = r[1], i = r[2] || "";
          i = i.trim();
          let c = i[0];
          i = i.replace(/^(['"`])([\s\S]*)\1$/mg, "$2"), c === '"' && (i = i.replace(/\\n/g, `
`), i = i.replace(/\\r/g, "\r")), n[o] = i;
        }
        return n;
      }
      function g(e) {
        return e <= 32 ? e === 32 || e >= 9 && e <= 13 : e >= 160 && (e === 160 || e === 5760 || e >= 8192 && e <= 8202 || e === 8232 || e === 8233 || e === 8239 || e === 8287 || e === 12288 || e === 65279);
      }
      function O(e) {
        return e === 10 || e === 8232 || e === 8233;
      }
      function V(e) {
        let n = {}, t = typeof e == "string" ? e : e.toString();
        t.indexOf("\r") !== -1 && (t = t.replace(/\r\n?/g, `
`));
        let r = t.length, o = 0;
        for (; o < r; ) {
          let i = t.charCodeAt(o);
          for (; o < r && g(i); ) o++, i = t.charCodeAt(o);
          if (o >= r) break;
          if (i === 35) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let c = -1;
          if (i === 101 && o + 6 < r && t.charCodeAt(o + 1) === 120 && t.charCodeAt(o + 2) === 112 && t.charCodeAt(o + 3) === 111 && t.charCodeAt(o + 4) === 114 && t.charCodeAt(o + 5) === 116) {
            let u = t.charCodeAt(o + 6);
            if (g(u)) {
              let s = o + 7;
              for (; s < r && g(t.charCodeAt(s)); ) s++;
              y[t.charCodeAt(s)] && (c = o + 6, o = s);
            } else i = t.charCodeAt(o);
          }
          let E = o, p = 0;
          for (; o < r && (p = t.charCodeAt(o), y[p]); ) o++;
          if (o === E) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let k = t.slice(E, o), D = o;
          if (o >= r && (p = 0), g(p)) do
            o++, p = o < r ? t.charCodeAt(o) : 0;
          while (g(p));
          if (p === 61) o++;
          else if (p === 58 && o === D && o + 1 < r && g(t.charCodeAt(o + 1))) o += 2;
          else {
            for (o = c === -1 ? D : c; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let d = o, l = o;
          for (; l < r && g(t.charCodeAt(l)); ) l++;
          let C = t.charCodeAt(l), a, q = false;
          if (C === 39 || C === 34 || C === 96) {
            let u = t[l], s = t.indexOf(u, l + 1), f = -1, h = -1;
            for (; s !== -1; ) {
              let x = t.charCodeAt(s - 1) === 92, w = s + 1;
              for (; w < r && !O(t.charCodeAt(w)) && g(t.charCodeAt(w)); ) w++;
              if ((w === r || O(t.charCodeAt(w)) || t.charCodeAt(w) === 35) && (f = s, h = w), !x) break;
              s = t.indexOf(u, s + 1);
            }
            if (f !== -1) {
              if (a = t.slice(l + 1, f), o = h, t.charCodeAt(o) === 35) for (; o < r && !O(t.charCodeAt(o)); ) o++;
              q = true;
            }
          }
          if (!q) {
            let u = t.indexOf(`
`, d);
            u === -1 && (u = r);
            let s;
            if (r < 4096) s = t.indexOf("#", d), (s === -1 || s > u) && (s = u);
            else for (s = d; s < u && t.charCodeAt(s) !== 35; ) s++;
            let f = d, h = s;
            for (; f < h && g(t.charCodeAt(f)); ) f++;
            for (; h > f && g(t.charCodeAt(h - 1)); ) h--;
            let x = t.charCodeAt(f);
            if (a = t.slice(f, h), a.includes("\u2028") || a.includes("\u2029") ? a = a.replace(/^(['"`])([\s\S]*)\1$/mg, "$2") : h - f >= 2 && (x === 39 || x === 34 || x === 96) && t.charCodeAt(h - 1) === x && (a = t.slice(f + 1, h - 1)), o = s, s < u) for (; o < r && !O(t.charCodeAt(o)); ) o++;
          }
          C === 34 && (q || l < o) && a.indexOf("\\") !== -1 && (a = a.replace(/\\n/g, `
`).replace(/\\r/g, "\r")), n[k] = a;
        }
        return n;
      }
      function J(e, n) {
        return n && $(n.fast) ? V(e) : H(e);
      }
      function v(e) {
        console.log(`\u2506 ${e}`);
      }
      function W(e) {
        console.error(`\u25C7 ${e}`);
      }
      function S(e) {
        return e[0] === "~" ? _.join(B.homedir(), e.slice(1)) : e;
      }
      function K(e = {}) {
        let n = { ...e };
        for (let t of Object.keys(n)) n[t] === void 0 && delete n[t];
        return { ...I(), ...n };
      }
      function M(e) {
        e = K(e);
        let n = _.resolve(process.cwd(), ".env"), t = "utf8", r = process.env;
        e && e.processEnv != null && (r = e.processEnv);
        let o = $(e && e.debug);
        e && e.encoding ? t = e.encoding : o && v("no encoding is specified (UTF-8 is used by default)");
        let i = [n];
        if (e && e.path) if (!Array.isArray(e.path)) i = [S(e.path)];
        else {
          i = [];
          for (let d of e.path) i.push(S(d));
        }
        let c, E = {}, p = { fast: e.fast };
        for (let d of i) try {
          let l = A.parse(F.readFileSync(d, { encoding: t }), p);
          A.populate(E, l, e);
        } catch (l) {
          o && v(`failed to load ${d} ${l.message}`), c = l;
        }
        let k = A.populate(r, E, e), D = $(Object.prototype.hasOwnProperty.call(e, "quiet") ? e.quiet : I(r).quiet);
        if (o || !D) {
          let d = Object.keys(k).length, l = [];
          for (let C of i) try {
            let a = _.relative(process.cwd(), C instanceof L ? Q(C) : C);
            l.push(a);
          } catch (a) {
            o && v(`failed to load ${C} ${a.message}`), c = a;
          }
          W(`injected env (${d}) from ${l.join(",")}`);
        }
        return c ? { parsed: E, error: c } : { parsed: E };
      }
      function Y(e) {
        return A.configDotenv(e);
      }
      function z(e, n, t = {}) {
        let r = $(t && t.debug), o = $(t && t.override), i = {};
        if (e === null || typeof e != "object" || n === null || typeof n != "object") {
          let c = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
          throw c.code = "OBJECT_REQUIRED", c;
        }
        for (let c of Object.keys(n)) Object.prototype.hasOwnProperty.call(e, c) ? (o === true && (e[c] = n[c], i[c] = n[c]), r && v(o === true ? `"${c}" is already defined and WAS overwritten` : `"${c}" is already defined and was NOT overwritten`)) : (e[c] = n[c], i[c] = n[c]);
        return i;
      }
      var A = { configDotenv: M, config: Y, parse: J, populate: z };
      b.exports.configDotenv = A.configDotenv;
      b.exports.config = A.config;
      b.exports.parse = A.parse;
      b.exports.populate = A.populate;
      b.exports = A;
    });
    var m = P();
    module.exports = m;
    module.exports.config = m.config;
    module.exports.configDotenv = m.configDotenv;
    module.exports.parse = m.parse;
    module.exports.populate = m.populate;
  }
});

// src/cli/halcyon.ts
var import_dotenv = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/engine/plan.ts
async function planDeploy(ctx, appDir) {
  const inputs = await layerInputs(ctx, appDir);
  const final = LAYERS.find((spec) => spec.stage === "final")?.make(ctx, inputs);
  const finalOrigin = final ? await locate(ctx, final) : "unknown";
  const planned = [];
  const notLive = [];
  for (const spec of LAYERS) {
    if (spec.stage === "final") continue;
    if (spec.stage === "planned" && inputs.plan === void 0 && notLive.length === 0) inputs.plan = await computePlan(ctx, inputs.toolchain, appDir);
    const layer = spec.stage === "planned" && notLive.length > 0 ? void 0 : spec.make(ctx, inputs);
    if (!layer) {
      if (spec.stage === "planned") planned.push({ kind: spec.kind, title: spec.kind, key: void 0, origin: "unknown", note: `its key comes from the install plan, which needs ${notLive.join(", ")} live${unplannedBecause(ctx, finalOrigin)}` });
      continue;
    }
    inputs.made[spec.kind] = layer;
    const origin = await locate(ctx, layer);
    if (spec.stage === "tools" && origin !== "live" && origin !== "system") notLive.push(layer.title);
    planned.push(origin === "build" ? await withStart(ctx, layer) : { kind: layer.kind, title: layer.title, key: layer.key, origin });
  }
  if (final) planned.push({ kind: final.kind, title: final.title, key: final.key, origin: finalOrigin });
  return { app: inputs.app, layers: planned, needsBuild: finalOrigin === "build" };
}
function unplannedBecause(ctx, finalOrigin) {
  if (!ctx.options.noBuild && !ctx.options.noBuildDependencies) return " (run halcyon restore)";
  return finalOrigin === "build" ? ": the build machine works it out (halcyon install there)" : ": not needed, the install archive is found";
}
async function withStart(ctx, layer) {
  const best = (await layer.startingPoints?.(ctx, { sameInputsOnly: false }))?.[0];
  if (!best?.holds) return { kind: layer.kind, title: layer.title, key: layer.key, origin: "build" };
  return { kind: layer.kind, title: layer.title, key: layer.key, origin: "partial", note: `${describeStart(best)} in ${best.key}` };
}
async function locate(ctx, layer) {
  if (layer.key === void 0) return "system";
  const tag = await readTag(layer.liveDir);
  if (tag?.key === layer.key && tag.inputs === layer.inputs) return "live";
  for (const store of lookupStores(ctx)) {
    if ((await store.list(layer.key)).some((o) => o.key === layer.key)) return store.tier;
  }
  return "build";
}

// src/engine/cache-clean.ts
async function cleanSuperseded(ctx, layers) {
  const superseding = Object.values(layers).flatMap((l) => l?.supersedes && l.key ? [l] : []);
  if (superseding.length === 0) return;
  for (const object of await ctx.cache.listAll()) {
    if (superseding.some((l) => l.key !== object.key && l.supersedes?.(object.key))) {
      await ctx.cache.remove(object.key);
      ctx.log.detail(`removed out-of-date ${object.key} from the cache`);
    }
  }
}

// src/cli/help.ts
var HEADER = `Usage: halcyon COMMAND [APP] [--option=VALUE ...]

Builds and installs Haskell apps from prebuilt, hash-keyed layers (GHC, cabal and its
package index, the dependency store, the app build, the installed app), restored from
the local cache, a private S3 bucket or public storage, and built only when missing.

Commands (APP is the app's directory; default: the current one):
  install [APP]       Install the app into HALCYON_ROOT + HALCYON_PREFIX. On a deploy
                      machine whose install archive is in the cache or a bucket, that
                      archive alone is restored: no GHC, no cabal, nothing built.
  build [APP]         Everything up to the app's build, uploading what it made.
  restore [APP]       GHC, cabal and the dependencies, for development (cabal repl).
  plan [APP]          Each layer's key and where it would come from, changing nothing.
                      Exit 0 when a deploy would build nothing, 2 when it would.
  label [APP]         The app's name-version.
  executable [APP]    The app's (first) executable.
  constraints [APP]   The resolved dependencies, as name-version lines.
  paths               A shell snippet: eval "$(halcyon paths)".
  archive VERB ...    One layer archive by hand (private bucket from the variables):
    archive pack DIR FILE       Pack DIR into a new archive FILE (tar + zstd).
    archive extract FILE DIR    Unpack FILE, verified, into a new directory DIR.
    archive get KEY FILE        Download the bucket's object KEY into a new FILE.
    archive put FILE KEY        Upload FILE as KEY ([--sha256 HEX]: its known sha256).
    archive restore KEY DIR     Download KEY and unpack it into DIR as it arrives.
  help                This text.

Exit codes: 0 success; 2 a build is needed but not allowed (HALCYON_NO_BUILD,
HALCYON_NO_BUILD_DEPENDENCIES); 3 the dependencies' build stopped before its deadline
(HALCYON_BUILD_DEADLINE), what it built kept: run again to continue; 1 any other error.

Options: every variable HALCYON_X is also the option --x (booleans: --x alone means 1).
Precedence: options, then environment variables, then .halcyon/<name> files in the
app, then a .env file in the current directory. Each in full: docs/reference.md.
`;
var PLACEHOLDERS = {
  boolean: "",
  string: "=VALUE",
  path: "=DIR",
  enum: "=VALUE",
  integer: "=N",
  duration: "=TIME"
};
function optionLines(specs, label) {
  const width = Math.max(...specs.map((spec) => label(spec).length)) + 2;
  return specs.map((spec) => `  ${label(spec).padEnd(width)}${spec.summary}`);
}
function optionsText() {
  const all = VARIABLES;
  const options = all.filter((spec) => !spec.shimOnly);
  const label = (spec) => `${flagName(spec.name)}${PLACEHOLDERS[spec.kind]}`;
  const sections = GROUP_ORDER.map((group) => {
    const specs = options.filter((spec) => spec.group === group);
    return specs.length === 0 ? "" : `
${group}:
${optionLines(specs, label).join("\n")}
`;
  });
  const shimOnly = all.filter((spec) => spec.shimOnly);
  const shims = `
Read by the shims before Node.js runs (environment variables, not options):
${optionLines(shimOnly, (spec) => spec.name).join("\n")}
`;
  return `${sections.join("")}${shims}`;
}
var HELP_TEXT = `${HEADER}${optionsText()}`;

// src/cli/halcyon.ts
async function runHalcyon(args, environment, log) {
  const command = args.command ?? "help";
  if (command === "help") {
    environment.print(HELP_TEXT);
    return 0;
  }
  const appDir = path.resolve(environment.cwd, args.positional[0] ?? ".");
  switch (command) {
    case "label":
      environment.print(`${(await findAppPackage(appDir)).label}
`);
      return 0;
    case "executable":
      environment.print(`${(await findAppPackage(appDir)).executables[0] ?? ""}
`);
      return 0;
    case "paths":
      environment.print(await pathsSnippet(await loadOptions(args, environment, appDir, log)));
      return 0;
    case "plan":
      return plan(await context(args, environment, appDir, log, { checkWrites: false }), appDir, environment);
    case "constraints": {
      const ctx = await context(args, environment, appDir, log);
      const resolved = await resolvePlan(ctx, await appInputs(ctx, appDir));
      environment.print(constraintLines(resolved).map((line) => `${line}
`).join(""));
      return 0;
    }
    case "install":
    case "build":
    case "restore":
      return pipeline(await context(args, environment, appDir, log), appDir, command);
    default:
      throw new HalcyonError("config/unknown-command", `Unknown command: ${command}`, { remedy: "Run `halcyon help` for the commands." });
  }
}
async function pipeline(ctx, appDir, goal) {
  const startedMs = Date.now();
  const summary = { command: `halcyon ${goal}`, startedMs, stack: void 0 };
  announceStorage(ctx);
  await sweepKilledRuns(ctx);
  const request = { appDir, goal, installTarget: installTarget(ctx.options), baseTarget: (base) => path.join(ctx.options.rootPath, base) };
  let result;
  try {
    result = goal === "build" && ctx.storage.writable() ? await buildAndPublish(ctx, request) : await runPipeline(ctx, request);
  } catch (error) {
    const stopped = error instanceof DeadlineReachedError;
    await writeBuildData(ctx.options.cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome: stopped ? "stopped-at-deadline" : "failed", error: endingError(error) }));
    throw stopped ? error.continueWith(`halcyon ${goal}`) : error;
  }
  await writeBuildData(ctx.options.cachePath, runRecord(ctx, ctx.platform, { ...summary, outcome: goal === "install" ? "installed" : goal === "build" ? "built" : "restored" }));
  if (!ctx.options.noCleanCache) await cleanSuperseded(ctx, result.layers);
  const took = formatDuration(Date.now() - startedMs);
  if (goal === "install") ctx.log.step(`App installed: ${result.app.label} in ${installTarget(ctx.options)} (${took})`);
  if (goal === "build") ctx.log.step(`App built: ${result.app.label} (${took})`);
  if (goal === "restore") {
    ctx.log.step(`GHC, cabal and the dependencies of ${result.app.label} restored (${took})`);
    ctx.log.detail('eval "$(halcyon paths)", then cabal repl in the app');
  }
  return 0;
}
async function plan(ctx, appDir, environment) {
  const report = await planDeploy(ctx, appDir);
  environment.print(`${report.app.label} (external storage: ${ctx.storage.describe()})
`);
  for (const layer of report.layers) {
    const what = layer.origin === "partial" ? `${layer.note ?? ""}; builds ${layer.key ?? ""}` : layer.key ?? `(${layer.note ?? "no archive"})`;
    environment.print(`${layer.kind.padEnd(8)} ${layer.origin.padEnd(8)} ${what}
`);
  }
  environment.print(report.needsBuild ? needsBuildLine(ctx) : "A deploy would restore the install archive and build nothing.\n");
  return report.needsBuild ? 2 : 0;
}
function needsBuildLine(ctx) {
  if (!ctx.options.noBuild) return "A deploy would build the app (exit code 2).\n";
  return "A deploy would need the app built, which HALCYON_NO_BUILD forbids here (exit code 2): install this source on the build machine first; halcyon install there uploads the install archive.\n";
}
async function context(args, environment, appDir, log, storage = {}) {
  const options = await loadOptions(args, environment, appDir, log);
  return createRunContext({
    log,
    options,
    exec: createExec(log, { ...environment.env }),
    storage: StorageTiers.create(options.storage, log, { ...storage, policy: options.transfer })
  });
}
async function loadOptions(args, environment, appDir, log) {
  const dotenv = await readDotenv(environment.cwd);
  warnUnknown(log, environment.env, "environment");
  warnUnknown(log, dotenv, ".env");
  const settings = resolveSettings([
    { source: "flag", vars: args.flags, describe: (name) => args.flagNames.get(name) ?? name },
    { source: "env", vars: environment.env },
    await magicFileLayer(appDir),
    { source: ".env", vars: dotenv, describe: (name) => `${name} (in .env)` }
  ]);
  const options = engineOptions(settings, { basePath: "/app", cachePath: "/var/tmp/halcyon-cache", noBuildDependencies: false });
  for (const [name, value] of settings.entries()) if (lookupVar(name)?.secret) log.addSecret(value.value);
  return options;
}
async function readDotenv(cwd) {
  try {
    return (0, import_dotenv.parse)(await readFile(path.join(cwd, ".env"), "utf8"));
  } catch {
    return {};
  }
}
function warnUnknown(log, vars, where) {
  const unknown = unknownVariablesWarning(Object.keys(vars), where);
  if (unknown) log.warn(unknown.message, unknown.remedy);
}
export {
  runHalcyon
};
