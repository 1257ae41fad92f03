import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  DEFAULT_REMOTE_REPO,
  DEFAULT_TRANSFER_POLICY,
  RetryBudget,
  StallError,
  StorageTiers,
  archiveToCache,
  isNetworkError,
  keepCredentialsOut,
  measuredRates,
  ratesOf,
  restoreFromStore,
  uploadToPrivate,
  withProgress,
  writeSidecarsToCache
} from "./chunk-6RYO4LFK.mjs";
import {
  copyEntry,
  copyTree,
  exists,
  formatBytes,
  formatDuration,
  isInside,
  readTextIfExists,
  readdirUtf8,
  replaceDirectory,
  sha256Hex,
  shortHash,
  sweepLeftovers,
  tempSibling,
  withCleanup,
  writeFileAtomic
} from "./chunk-LKZ3LCCS.mjs";
import {
  urlPasswords
} from "./chunk-GZYYE4GQ.mjs";
import {
  onInterrupt
} from "./chunk-K36WU7B4.mjs";
import {
  VARIABLES,
  lookupVar
} from "./chunk-AJ3HSWEX.mjs";
import {
  BuildNeededError,
  DeadlineReachedError,
  HalcyonError,
  errorMessage,
  unexpectedError
} from "./chunk-IXRDPPGN.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-I6IKL4X6.mjs";

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path35, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path35.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat3, path35, options) {
      if (!stat3.isSymbolicLink() && !stat3.isFile()) {
        return false;
      }
      return checkPathExt(path35, options);
    }
    function isexe(path35, options, cb) {
      fs.stat(path35, function(er, stat3) {
        cb(er, er ? false : checkStat(stat3, path35, options));
      });
    }
    function sync(path35, options) {
      return checkStat(fs.statSync(path35), path35, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path35, options, cb) {
      fs.stat(path35, function(er, stat3) {
        cb(er, er ? false : checkStat(stat3, options));
      });
    }
    function sync(path35, options) {
      return checkStat(fs.statSync(path35), options);
    }
    function checkStat(stat3, options) {
      return stat3.isFile() && checkMode(stat3, options);
    }
    function checkMode(stat3, options) {
      var mod = stat3.mode;
      var uid = stat3.uid;
      var gid = stat3.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path35, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path35, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path35, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path35, options) {
      try {
        return core.sync(path35, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path35 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i2) => new Promise((resolve, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path35.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve, reject) => {
        if (ii === pathExt.length)
          return resolve(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve(p + ext);
          }
          return resolve(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path35.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path35 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path35.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path35.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path35, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path35.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path35 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path35.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse = require_parse();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync2;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// src/config/magic.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
async function magicFileLayer(appDir) {
  const dir = path.join(appDir, ".halcyon");
  const vars = {};
  const names = new Set(await readdir(dir).catch(() => []));
  const byFile = /* @__PURE__ */ new Map();
  for (const spec of VARIABLES) {
    if (spec.magic && names.has(spec.magic)) {
      vars[spec.name] = (await readFile(path.join(dir, spec.magic), "utf8")).trim();
      byFile.set(spec.name, `.halcyon/${spec.magic}`);
    }
  }
  return { source: "magic file", vars, describe: (name) => byFile.get(name) ?? name };
}

// src/config/unknown.ts
function unknownVariables(names) {
  const known = VARIABLES.flatMap((spec) => [spec.name, ...spec.aliases ?? []]);
  const unknown = [];
  for (const name of names) {
    if (!name.startsWith("HALCYON_") || name.startsWith("HALCYON_INTERNAL_") || lookupVar(name)) continue;
    unknown.push({ name, closest: closestName(name, known) });
  }
  return unknown;
}
function unknownVariablesWarning(names, where) {
  const unknown = unknownVariables(names);
  if (unknown.length === 0) return void 0;
  const described = unknown.map((u2) => u2.closest ? `${u2.name} (did you mean ${u2.closest}?)` : u2.name);
  return {
    message: `Unknown variable${unknown.length === 1 ? "" : "s"} in the ${where}: ${described.join(", ")}`,
    remedy: "Unknown variables are ignored: fix the name (docs/reference.md lists them all), or unset it."
  };
}
function closestName(name, known) {
  let best;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 5)) ? best.name : void 0;
}
function editDistance(a2, b) {
  const rows = Array.from({ length: a2.length + 1 }, (_, i2) => [i2, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i2 = 1; i2 <= a2.length; i2++) {
    const row = rows[i2];
    const above = rows[i2 - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = a2[i2 - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i2 > 1 && j > 1 && a2[i2 - 1] === b[j - 2] && a2[i2 - 2] === b[j - 1]) value = Math.min(value, (rows[i2 - 2][j - 2] ?? 0) + 1);
      row[j] = value;
    }
  }
  return rows[a2.length][b.length] ?? 0;
}

// src/config/paths.ts
import path2 from "node:path";
function layerPaths(basePath) {
  const root = path2.join(basePath, ".halcyon-layers");
  return {
    root,
    ghc: path2.join(root, "ghc"),
    cabal: path2.join(root, "cabal"),
    store: path2.join(root, "store"),
    os: path2.join(root, "os"),
    build: (label) => path2.join(root, "build", label),
    install: (label) => path2.join(root, "install", label)
  };
}

// src/engine/announce.ts
async function sweepKilledRuns(ctx) {
  const nowMs = ctx.now.getTime();
  const removed = [...await sweepLeftovers(ctx.options.cachePath, nowMs, 6), ...await sweepLeftovers(layerPaths(ctx.options.basePath).root, nowMs)];
  if (removed.length > 0) ctx.log.detail(`removed ${removed.length} leftover temp ${removed.length === 1 ? "file" : "files"} of interrupted runs`);
}
function announceStorage(ctx) {
  ctx.log.step(`External storage: ${ctx.storage.describe()}`);
  const { incompletePrivate, noUpload } = ctx.options.storage;
  if (incompletePrivate.length > 0) {
    ctx.log.warn(
      `Private storage is only partly configured: ${incompletePrivate.join(", ")} ${incompletePrivate.length === 1 ? "is" : "are"} missing`,
      `Set ${incompletePrivate.join(" and ")} too, or unset the others. Until then the private bucket is not used.`
    );
  }
  if (ctx.storage.mode === "private-read-only" && noUpload) ctx.log.detail("HALCYON_NO_UPLOAD=1: nothing is uploaded or deleted, and public storage is not used");
}

// src/engine/platform.ts
import { readFile as readFile2 } from "node:fs/promises";
import os from "node:os";
async function detectPlatform(osReleasePath = "/etc/os-release") {
  const fields = parseOsRelease(await readFile2(osReleasePath, "utf8").catch(() => ""));
  const distro = (fields.get("ID") ?? "unknown").toLowerCase();
  const version = fields.get("VERSION_ID") ?? "unknown";
  return `${os.platform()}-${distro}-${version}-${archName(os.arch())}`;
}
function archName(nodeArch) {
  if (nodeArch === "x64") return "x86_64";
  if (nodeArch === "arm64") return "aarch64";
  return nodeArch;
}
function parseOsRelease(text2) {
  const fields = /* @__PURE__ */ new Map();
  for (const line of text2.split("\n")) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== void 0) fields.set(match[1], match[2].replace(/^["']|["']$/g, ""));
  }
  return fields;
}

// src/layers/journal.ts
var journals = /* @__PURE__ */ new WeakMap();
function journalOf(ctx) {
  let journal = journals.get(ctx);
  if (!journal) journals.set(ctx, journal = { app: void 0, target: void 0, layers: /* @__PURE__ */ new Map() });
  return journal;
}
function journalApp(ctx, label) {
  journalOf(ctx).app = label;
}
function journalTarget(ctx, target) {
  journalOf(ctx).target = target;
}
function journalLayer(ctx, layer, resolved) {
  journalOf(ctx).layers.set(layer.kind, {
    kind: layer.kind,
    title: layer.title,
    key: layer.key,
    origin: resolved.origin,
    sizeBytes: resolved.sizeBytes,
    durationMs: resolved.durationMs,
    inputs: layer.namedInputs,
    ...resolved.rebuiltBecause ? { rebuiltBecause: resolved.rebuiltBecause } : {}
  });
}
function journaled(ctx) {
  const journal = journalOf(ctx);
  return { app: journal.app, target: journal.target, layers: [...journal.layers.values()] };
}

// src/version.ts
var VERSION = "0.1.0";

// src/engine/build-data.ts
import { readFile as readFile3, rename } from "node:fs/promises";
import path3 from "node:path";
var BUILD_DATA_FILE = ".halcyon-build-data.json";
var PREVIOUS_BUILD_DATA_FILE = ".halcyon-build-data.previous.json";
var BUILD_REPORT_FILE = ".halcyon-build-report.yml";
async function readBuildData(cachePath) {
  try {
    const parsed = JSON.parse(await readFile3(path3.join(cachePath, BUILD_DATA_FILE), "utf8"));
    return parsed.format === 1 && Array.isArray(parsed.layers) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function runRecord(ctx, platform2, summary) {
  const { app, layers } = ctx ? journaled(ctx) : { app: void 0, layers: [] };
  const rates = ctx ? measuredRates(ctx) : void 0;
  return {
    format: 1,
    buildpackVersion: VERSION,
    command: summary.command,
    startedAt: new Date(summary.startedMs).toISOString(),
    durationMs: Date.now() - summary.startedMs,
    stack: summary.stack,
    platform: platform2,
    app,
    outcome: summary.outcome,
    ...summary.error ? { error: { id: summary.error.id, message: summary.error.message } } : {},
    ...summary.cacheDiscarded ? { cacheDiscarded: summary.cacheDiscarded } : {},
    layers,
    ...rates && Object.keys(rates).length > 0 ? { rates } : {},
    ...summary.error instanceof DeadlineReachedError ? { deadline: { builtPackages: summary.error.builtCount, plannedPackages: summary.error.plannedCount, partialKey: summary.error.partialKey } } : {}
  };
}
function endingError(error) {
  return unexpectedError(error);
}
async function writeBuildData(cachePath, record) {
  try {
    await rename(path3.join(cachePath, BUILD_DATA_FILE), path3.join(cachePath, PREVIOUS_BUILD_DATA_FILE)).catch(() => void 0);
    await writeFileAtomic(path3.join(cachePath, BUILD_DATA_FILE), `${JSON.stringify(record, null, 2)}
`);
    await writeFileAtomic(path3.join(cachePath, BUILD_REPORT_FILE), renderYaml(record));
  } catch {
  }
}
function renderYaml(record) {
  const lines = ["---"];
  const put = (name, value) => {
    if (value !== void 0) lines.push(`halcyon.${name}: ${typeof value === "number" ? String(value) : JSON.stringify(value)}`);
  };
  put("buildpack_version", record.buildpackVersion);
  put("command", record.command);
  put("started_at", record.startedAt);
  put("duration_ms", record.durationMs);
  put("stack", record.stack);
  put("platform", record.platform);
  put("app", record.app);
  put("outcome", record.outcome);
  put("failure_id", record.error?.id);
  put("failure_reason", record.error?.message);
  put("cache_discarded", record.cacheDiscarded);
  put("deadline.built_packages", record.deadline?.builtPackages);
  put("deadline.planned_packages", record.deadline?.plannedPackages);
  put("deadline.partial_key", record.deadline?.partialKey);
  for (const layer of record.layers) {
    const prefix = `layers.${layer.kind}`;
    put(`${prefix}.key`, layer.key);
    put(`${prefix}.origin`, layer.origin);
    put(`${prefix}.size_bytes`, layer.sizeBytes);
    put(`${prefix}.duration_ms`, layer.durationMs);
    put(`${prefix}.rebuilt_because`, layer.rebuiltBecause);
    for (const [name, value] of Object.entries(layer.inputs)) {
      put(`${prefix}.inputs.${name.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}`, value.includes("\n") ? `${value.split("\n").length} entries` : value);
    }
  }
  return `${lines.join("\n")}
`;
}

// src/storage/cache-store.ts
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir as readdir2, rename as rename2, rm, stat } from "node:fs/promises";
import path4 from "node:path";
function isSafeKey(key) {
  return key.length > 0 && !key.startsWith("/") && key.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
var CacheStore = class {
  constructor(rootDir) {
    this.rootDir = rootDir;
  }
  rootDir;
  tier = "cache";
  title = "cache";
  touched = /* @__PURE__ */ new Set();
  /** Keys come from bucket listings too: one that could leave the cache directory is refused. */
  pathOf(key) {
    if (!isSafeKey(key)) throw new HalcyonError("storage/unsafe-key", `Refusing the archive key "${key}": it would leave the cache directory`, { remedy: "Remove that object from the bucket." });
    return path4.join(this.rootDir, ...key.split("/"));
  }
  /** Marks a key as used by this run, so cleaning keeps it even though nothing read it. */
  keep(key) {
    this.touched.add(key);
  }
  keptKeys() {
    return this.touched;
  }
  async open(key) {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) return void 0;
      this.touched.add(key);
      return { body: createReadStream(file, { highWaterMark: 1 << 20 }), sizeBytes: info.size, sha256: void 0, filePath: file };
    } catch {
      return void 0;
    }
  }
  async save(key, filePath, _integrity) {
    const target = this.pathOf(key);
    await mkdir(path4.dirname(target), { recursive: true });
    const temp = tempSibling(target);
    try {
      await copyFile(filePath, temp);
      await rename2(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    this.touched.add(key);
    return true;
  }
  /** Saves a stream (a bucket download being restored at the same time) under a temp name; commit() makes it visible. */
  /** A temp file in the cache for a download of `key`, put in place by commit once it is verified. */
  async beginDownload(key) {
    const target = this.pathOf(key);
    await mkdir(path4.dirname(target), { recursive: true });
    const temp = tempSibling(target);
    return {
      path: temp,
      commit: async () => {
        await rename2(temp, target);
        this.touched.add(key);
      },
      abort: () => rm(temp, { force: true })
    };
  }
  async list(prefix) {
    const all = await this.listAll();
    return all.filter((o2) => o2.key.startsWith(prefix));
  }
  async remove(key) {
    await rm(this.pathOf(key), { force: true });
  }
  /** Every archive (hidden files, such as temp files, are not archives). */
  async listAll() {
    const found = [];
    for (const file of await this.files()) {
      if (!path4.basename(file.key).startsWith(".")) found.push({ key: file.key, sizeBytes: (await stat(file.path)).size });
    }
    return found.sort((a2, b) => a2.key.localeCompare(b.key));
  }
  /** Removes temp files left by runs that were killed before their rename. */
  async removeLeftovers() {
    for (const file of await this.files()) {
      if (/^\..*\.tmp-\d+-[0-9a-f]+$/.test(path4.basename(file.key))) await rm(file.path, { force: true });
    }
  }
  async files() {
    const found = [];
    const walk2 = async (dir, relative) => {
      const entries = await readdir2(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const key = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk2(path4.join(dir, entry.name), key);
        else if (entry.isFile()) found.push({ key, path: path4.join(dir, entry.name) });
      }
    };
    await walk2(this.rootDir, "");
    return found;
  }
};

// src/engine/create-context.ts
import os3 from "node:os";

// src/haskell/cabal-config.ts
import { rmSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os2 from "node:os";
import path5 from "node:path";
function cabalConfigText(cabalDir, storeDir, repo, jobs, credentials) {
  const lines = [`-- Written by halcyon; regenerated on every cabal layer build.`];
  if (repo) {
    lines.push(`repository ${repo.name}`, `  url: ${credentials === "with-credentials" ? repo.url : repo.publicUrl}`);
    if (repo.name === DEFAULT_REMOTE_REPO.name && /^https?:\/\/hackage\.haskell\.org\/?$/.test(repo.url)) lines.push("  secure: True");
  }
  lines.push(`remote-repo-cache: ${cabalDir}/packages`, `store-dir: ${storeDir}`, `jobs: ${jobs}`, "");
  return lines.join("\n");
}
function repoId(repo) {
  return repo ? repo.name.toLowerCase().replace(/[^a-z0-9.-]/g, "-") : "none";
}
async function runConfigPath(cabalDir, storeDir, repo, jobs) {
  if (!repo || repo.url === repo.publicUrl) return path5.join(cabalDir, "config");
  const dir = await mkdtemp(path5.join(os2.tmpdir(), "halcyon-cabal-config-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const file = path5.join(dir, "config");
  await writeFile(file, cabalConfigText(cabalDir, storeDir, repo, jobs, "with-credentials"), { mode: 384 });
  return file;
}

// src/engine/create-context.ts
var DEFAULT_BASE = "/app";
function layerRootFor(platform2, basePath) {
  return basePath === DEFAULT_BASE ? platform2 : `${platform2}-base-${shortHash(basePath).slice(0, 8)}`;
}
async function createRunContext(input) {
  const platform2 = await detectPlatform();
  for (const password of urlPasswords(input.options.remoteRepo?.url ?? "")) input.log.addSecret(password);
  return {
    log: input.log,
    options: input.options,
    exec: input.exec,
    platform: platform2,
    layerRoot: layerRootFor(platform2, input.options.basePath),
    cache: new CacheStore(input.options.cachePath),
    storage: input.storage ?? StorageTiers.create(input.options.storage, input.log, { policy: input.options.transfer }),
    now: input.now ?? /* @__PURE__ */ new Date(),
    previousRun: await readBuildData(input.options.cachePath),
    cabalConfig: await runConfigPath(layerPaths(input.options.basePath).cabal, layerPaths(input.options.basePath).store, input.options.remoteRepo, os3.availableParallelism())
  };
}

// src/util/temp.ts
import { rmSync as rmSync2 } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import os4 from "node:os";
import path6 from "node:path";
async function makeTempDir(prefix) {
  const dir = await mkdtemp2(path6.join(os4.tmpdir(), `halcyon-${prefix}-`));
  const forget = onInterrupt(() => rmSync2(dir, { recursive: true, force: true }));
  return {
    dir,
    remove: async () => {
      forget();
      await rm2(dir, { recursive: true, force: true });
    }
  };
}
async function withTempDir(prefix, work) {
  const temp = await makeTempDir(prefix);
  return withCleanup(() => work(temp.dir), temp.remove);
}

// src/haskell/plan.ts
import { readFile as readFile5 } from "node:fs/promises";
import path8 from "node:path";

// src/os/layout.ts
import { lstat, readdir as readdir3, readFile as readFile4, readlink, rm as rm3, symlink, writeFile as writeFile2 } from "node:fs/promises";
import os5 from "node:os";
import path7 from "node:path";
function multiarchTriplet(arch = os5.arch()) {
  if (arch === "arm64") return "aarch64-linux-gnu";
  if (arch === "x64") return "x86_64-linux-gnu";
  return `${arch}-linux-gnu`;
}
function libraryDirs(root) {
  const triplet = multiarchTriplet();
  return [path7.join(root, "usr", "lib", triplet), path7.join(root, "usr", "lib"), path7.join(root, "lib", triplet), path7.join(root, "lib")];
}
function buildEnvironment(root) {
  const triplet = multiarchTriplet();
  const includes = [path7.join(root, "usr", "include", triplet), path7.join(root, "usr", "include")];
  return {
    PKG_CONFIG_PATH: [path7.join(root, "usr", "lib", triplet, "pkgconfig"), path7.join(root, "usr", "lib", "pkgconfig"), path7.join(root, "usr", "share", "pkgconfig")].join(":"),
    CPATH: includes.join(":"),
    LIBRARY_PATH: libraryDirs(root).join(":"),
    LD_LIBRARY_PATH: libraryDirs(root).join(":")
  };
}
async function relocateTree(dir, finalRoot) {
  for (const docs of ["usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/lintian"]) await rm3(path7.join(dir, docs), { recursive: true, force: true });
  await walk(dir, "", async (rel, isLink) => {
    const full = path7.join(dir, rel);
    if (isLink) {
      const target = await readlink(full);
      if (!path7.isAbsolute(target)) return;
      await rm3(full);
      if (await lstat(path7.join(dir, target)).catch(() => void 0)) await symlink(path7.relative(path7.dirname(path7.join(dir, rel)), path7.join(dir, target)), full);
    } else if (rel.endsWith(".pc") && rel.includes("pkgconfig")) {
      const text2 = await readFile4(full, "utf8");
      await writeFile2(full, text2.replace(/^(\w+)=\/usr(?=\/|$)/gm, `$1=${finalRoot}/usr`));
    }
  });
}
async function walk(dir, rel, visit) {
  for (const entry of await readdir3(path7.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? path7.join(rel, entry.name) : entry.name;
    if (entry.isDirectory()) await walk(dir, child, visit);
    else await visit(child, entry.isSymbolicLink());
  }
}
function isSharedLibrary(name) {
  return /\.so(\.\d+)*$/.test(name);
}

// src/haskell/pkg-config.ts
var DEV_PACKAGES = {
  zlib: "zlib1g-dev",
  yajl: "libyajl-dev",
  libpq: "libpq-dev",
  openssl: "libssl-dev",
  libssl: "libssl-dev",
  libcrypto: "libssl-dev",
  sqlite3: "libsqlite3-dev",
  libffi: "libffi-dev",
  gmp: "libgmp-dev",
  "libxml-2.0": "libxml2-dev",
  liblzma: "liblzma-dev",
  "icu-uc": "libicu-dev",
  "icu-i18n": "libicu-dev",
  "yaml-0.1": "libyaml-dev"
};
function missingPkgConfigNames(cabalOutput) {
  const text2 = cabalOutput.replace(/\s+/g, " ");
  const names = [...text2.matchAll(/pkg-config package (\S+?)-(?:any|none|[<>=^(])[^,]*, not found in the pkg-config database/g)].map((m) => m[1] ?? "");
  return [...new Set(names.filter((name) => name !== ""))];
}
function missingPkgConfigError(names, extraOsPackages, cabalTail) {
  const files = names.map((name) => `${name}.pc`).join(", ");
  const add = names.map((name) => {
    const known = DEV_PACKAGES[name];
    return known ? `${known} (it provides ${name}.pc)` : `the Debian/Ubuntu -dev package that provides ${name}.pc (apt-file search ${name}.pc names it)`;
  });
  const already = extraOsPackages.length > 0 ? `
HALCYON_EXTRA_OS_PACKAGES is now "${extraOsPackages.join(" ")}": none of them provides ${names.length === 1 ? "it" : "them"}.` : "";
  return new HalcyonError("app/pkg-config-not-found", `cabal found no pkg-config file for the C ${names.length === 1 ? "library" : "libraries"} the app's packages need: ${files}`, {
    remedy: `Add to HALCYON_EXTRA_OS_PACKAGES (space-separated): ${add.join("; ")}.${already}
cabal said:
${cabalTail}`
  });
}

// src/haskell/plan.ts
function cabalInvocation(ctx, toolchain) {
  const paths = layerPaths(ctx.options.basePath);
  return {
    bin: toolchain.cabalBin,
    globalArgs: [`--store-dir=${paths.store}`],
    env: { CABAL_DIR: paths.cabal, CABAL_CONFIG: ctx.cabalConfig, GHC_ENVIRONMENT: "-", ...ctx.options.extraOsPackages.length > 0 ? buildEnvironment(paths.os) : {} },
    prependPath: toolchain.binDirs
  };
}
function appBuildInvocation(ctx, toolchain) {
  const cabal = cabalInvocation(ctx, toolchain);
  return { ...cabal, env: { ...cabal.env, CABAL_DIR: ctx.options.prefixPath } };
}
function cabalBuildArgs(ctx, toolchain, buildDir) {
  return [
    `--with-compiler=${toolchain.ghcBin}`,
    `--builddir=${buildDir}`,
    // The same test options in test-compile's build and bin/test's run, or cabal reconfigures.
    ...ctx.options.tests ? ["--enable-tests", "--test-show-details=direct"] : [],
    ...ctx.options.extraConfigureFlags
  ];
}
async function computePlan(ctx, toolchain, appDir) {
  const cabal = cabalInvocation(ctx, toolchain);
  return withTempDir("plan", async (scratch) => {
    const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, "build", "--dry-run", "all", ...cabalBuildArgs(ctx, toolchain, scratch)], {
      cwd: appDir,
      env: cabal.env,
      prependPath: cabal.prependPath,
      quiet: true
    });
    if (result.exitCode !== 0) {
      const unreadable = /Errors encountered when parsing cabal file (\S+?):?$/m.exec(`${result.stdout}
${result.tail}`)?.[1];
      if (unreadable !== void 0) {
        throw new HalcyonError("app/cabal-file-syntax", `cabal could not parse ${path8.basename(unreadable)}`, {
          remedy: `Fix it where cabal says (line:column below); \`cabal check\` in the project shows the same. cabal said:
${result.tail}`
        });
      }
      const noPkgConfig = missingPkgConfigNames(`${result.stdout}
${result.tail}`);
      if (noPkgConfig.length > 0) throw missingPkgConfigError(noPkgConfig, ctx.options.extraOsPackages, result.tail);
      throw new HalcyonError("app/unresolvable-dependencies", "cabal could not resolve the dependencies of the app", {
        remedy: `Check the build-depends of the .cabal file and HALCYON_CABAL_REMOTE_REPO. cabal said:
${result.tail}`
      });
    }
    return parsePlan(await readFile5(path8.join(scratch, "cache", "plan.json"), "utf8"));
  });
}
function parsePlan(json) {
  const parsed = JSON.parse(json);
  const units = Array.isArray(parsed["install-plan"]) ? parsed["install-plan"] : [];
  const byId = /* @__PURE__ */ new Map();
  for (const unit of units) {
    if (typeof unit !== "object" || unit === null) continue;
    const u2 = unit;
    if (u2.type !== "configured" || u2.style !== "global") continue;
    if (typeof u2.id !== "string" || typeof u2["pkg-name"] !== "string" || typeof u2["pkg-version"] !== "string") continue;
    byId.set(u2.id, { id: u2.id, name: u2["pkg-name"], version: u2["pkg-version"] });
  }
  return { dependencies: [...byId.values()].sort((a2, b) => a2.id.localeCompare(b.id)) };
}
function constraintLines(plan) {
  return [...new Set(plan.dependencies.map((u2) => `${u2.name}-${u2.version}`))].sort();
}

// src/layers/layer.ts
import path9 from "node:path";
function digestInputs(named) {
  return sha256Hex(Object.keys(named).sort().map((name) => `${name}=${named[name] ?? ""}`).join("\n"));
}
var TAG_FILE = ".halcyon-tag";
var PARTIAL_INPUT = "partial";
async function readTag(dir) {
  const text2 = await readTextIfExists(path9.join(dir, TAG_FILE));
  if (text2 === void 0) return void 0;
  try {
    const parsed = JSON.parse(text2);
    if (typeof parsed === "object" && parsed !== null && "key" in parsed && "inputs" in parsed) {
      const { key, inputs } = parsed;
      const named = "named" in parsed ? namedInputsOf(parsed.named) : void 0;
      if (typeof key === "string" && typeof inputs === "string") return { key, inputs, ...named ? { named } : {} };
    }
  } catch {
  }
  return void 0;
}
async function writeTag(dir, tag) {
  await writeFileAtomic(path9.join(dir, TAG_FILE), `${JSON.stringify(tag)}
`);
}
function namedInputsOf(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const entries = Object.entries(value);
  return entries.every(([, v]) => typeof v === "string") ? Object.fromEntries(entries) : void 0;
}

// src/haskell/cabal-file.ts
import { readdir as readdir4, readFile as readFile6 } from "node:fs/promises";
import path10 from "node:path";
var FIELD_PATTERN = /^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$/;
var VERSION_PATTERN = /^\d+(\.\d+)*$/;
var PACKAGE_NAME_PATTERN = /^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)*$/;
function toLines(text2) {
  const lines = [];
  text2.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).forEach((raw, index) => {
    const expanded = expandTabs(raw);
    const text3 = expanded.trim();
    if (text3 === "" || text3.startsWith("--")) return;
    lines.push({ indent: expanded.length - expanded.trimStart().length, text: text3, lineNo: index + 1 });
  });
  return lines;
}
function expandTabs(line) {
  if (!line.includes("	")) return line;
  let out = "";
  for (const c3 of line) out += c3 === "	" ? " ".repeat(8 - out.length % 8) : c3;
  return out;
}
function parseLayout(text2, fileName) {
  const lines = toLines(text2);
  return parseBlock(lines, { index: 0 }, -1, fileName);
}
function parseBlock(lines, position, parentIndent, fileName) {
  const nodes = [];
  for (; ; ) {
    const line = lines[position.index];
    if (line === void 0 || line.indent <= parentIndent) return nodes;
    position.index += 1;
    const field = FIELD_PATTERN.exec(line.text);
    if (field !== null) {
      const values = [(field[2] ?? "").trim()];
      for (let next = lines[position.index]; next !== void 0 && next.indent > line.indent; next = lines[position.index]) {
        values.push(next.text);
        position.index += 1;
      }
      nodes.push({
        kind: "field",
        name: (field[1] ?? "").toLowerCase(),
        lines: values.filter((v) => v !== ""),
        lineNo: line.lineNo
      });
      continue;
    }
    if (/[{}]/.test(line.text)) {
      throw new HalcyonError("app/cabal-braces-layout", `${fileName} line ${line.lineNo} uses the { } braces layout, which this buildpack does not read: ${line.text}`, {
        remedy: `Write ${fileName} in the usual indentation layout (a section header such as "executable NAME" on its own line, its fields indented below it), as "cabal init" does.`
      });
    }
    const [head = "", ...rest] = line.text.split(/\s+/);
    const children = parseBlock(lines, position, line.indent, fileName);
    nodes.push({ kind: "section", name: head.toLowerCase(), args: rest.join(" "), children, lineNo: line.lineNo });
  }
}
function fieldValue(nodes, name) {
  const field = nodes.find((n2) => n2.kind === "field" && n2.name === name);
  return field === void 0 ? void 0 : field.lines.join("\n");
}
function splitList(value) {
  const items = [];
  let i2 = 0;
  const isSeparator = (c3) => c3 === "," || /\s/.test(c3);
  while (i2 < value.length) {
    const c3 = value.charAt(i2);
    if (isSeparator(c3)) {
      i2 += 1;
    } else if (c3 === '"') {
      let item = "";
      i2 += 1;
      while (i2 < value.length && value.charAt(i2) !== '"') {
        if (value.charAt(i2) === "\\" && i2 + 1 < value.length) i2 += 1;
        item += value.charAt(i2);
        i2 += 1;
      }
      i2 += 1;
      items.push(item);
    } else {
      let item = "";
      while (i2 < value.length && !isSeparator(value.charAt(i2))) {
        item += value.charAt(i2);
        i2 += 1;
      }
      items.push(item);
    }
  }
  return items;
}
function toPosix(p) {
  return p.split(path10.sep).join("/");
}
function parseCabalFile(text2, fileName) {
  const nodes = parseLayout(text2, fileName);
  const remedyPrefix = `${fileName} must be a cabal package description with "name:" and "version:" fields at the top`;
  const name = fieldValue(nodes, "name")?.trim();
  if (name === void 0 || name === "") {
    throw new HalcyonError("app/cabal-no-name", `${fileName} has no "name" field: it is not a valid cabal package description`, {
      remedy: `${remedyPrefix}, e.g. "name: my-app" (see "cabal init").`
    });
  }
  if (!PACKAGE_NAME_PATTERN.test(name)) {
    throw new HalcyonError("app/cabal-invalid-name", `${fileName}: "${name}" is not a valid package name`, {
      remedy: `Use letters, digits and single hyphens in "name:" (each hyphen-separated part needs a letter), e.g. "name: my-app".`
    });
  }
  const version = fieldValue(nodes, "version")?.trim();
  if (version === void 0 || version === "") {
    throw new HalcyonError("app/cabal-no-version", `${fileName} has no "version" field: it is not a valid cabal package description`, {
      remedy: `${remedyPrefix}, e.g. "version: 0.1.0.0".`
    });
  }
  if (!VERSION_PATTERN.test(version)) {
    throw new HalcyonError("app/cabal-invalid-version", `${fileName}: version "${version}" is not a version number`, {
      remedy: `Give "version:" as numbers separated by dots, e.g. "version: 0.1.0.0".`
    });
  }
  const executables = [];
  for (const node of nodes) {
    if (node.kind !== "section" || node.name !== "executable") continue;
    const exe = node.args.trim();
    if (exe === "" || /\s/.test(exe)) {
      throw new HalcyonError("app/cabal-executable-name", `${fileName} line ${node.lineNo}: an executable section needs one name, as in "executable my-app"`, {
        remedy: `Name the section: "executable NAME"; Heroku runs bin/NAME.`
      });
    }
    if (fieldValue(node.children, "buildable")?.trim().toLowerCase() === "false") continue;
    executables.push(exe);
  }
  const dataFiles = nodes.filter((n2) => n2.kind === "field" && n2.name === "data-files").flatMap((f) => splitList(f.lines.join("\n")));
  const dataDir = splitList(fieldValue(nodes, "data-dir") ?? "")[0] ?? "";
  const packageDir = path10.posix.dirname(toPosix(fileName));
  return {
    name,
    version,
    label: `${name}-${version}`,
    executables,
    dataFiles,
    dataDir,
    cabalFile: toPosix(fileName),
    packageDir: packageDir === "." ? "" : packageDir
  };
}
async function listDir(dir) {
  try {
    return await readdir4(dir, { withFileTypes: true });
  } catch (error) {
    throw new HalcyonError("app/unreadable-directory", `Cannot read the directory ${dir}`, {
      cause: error,
      remedy: "Check that the app directory exists and is readable."
    });
  }
}
function cabalFilesIn(entries) {
  return entries.filter((e) => e.isFile() && e.name.endsWith(".cabal") && !e.name.startsWith(".")).map((e) => e.name).sort();
}
async function readPackage(appDir, relative) {
  let text2;
  try {
    text2 = await readFile6(path10.join(appDir, relative), "utf8");
  } catch (error) {
    throw new HalcyonError("app/unreadable-cabal-file", `Cannot read ${relative}`, { cause: error, remedy: `Check that ${relative} is a readable file.` });
  }
  return parseCabalFile(text2, relative);
}
function noExecutableError(packages) {
  const described = packages.map((p) => `${p.label} (${p.cabalFile})`).join(", ");
  const only = packages.length === 1 ? packages[0] : void 0;
  return new HalcyonError("app/no-executable", `No executable to run: ${described} ${packages.length === 1 ? "has" : "have"} no "executable" section`, {
    remedy: `Add an executable section to ${only === void 0 ? "the app's .cabal file" : only.cabalFile}, e.g. "executable ${only?.name ?? "my-app"}" with "main-is: Main.hs"; Heroku runs bin/<executable>.`
  });
}
async function findAppPackage(appDir) {
  const entries = await listDir(appDir);
  const topLevel = cabalFilesIn(entries);
  const hasProject = entries.some((e) => e.isFile() && e.name === "cabal.project");
  if (topLevel.length === 1 && topLevel[0] !== void 0) {
    const top = await readPackage(appDir, topLevel[0]);
    if (top.executables.length > 0) return top;
    if (!hasProject) throw noExecutableError([top]);
  }
  if (!hasProject) {
    if (topLevel.length > 1) {
      throw new HalcyonError("app/several-cabal-files", `Several .cabal files at the top of the app: ${topLevel.join(", ")}`, {
        remedy: `Keep one .cabal file in the app's root directory, or add a cabal.project that lists the packages ("packages: ./app ./lib").`
      });
    }
    const hasHpack = entries.some((e) => e.isFile() && e.name === "package.yaml");
    throw new HalcyonError("app/no-cabal-file", "No .cabal file at the top of the app: this buildpack builds cabal packages", {
      remedy: hasHpack ? "The app has a package.yaml: generate the .cabal file with hpack and commit it." : 'Add a .cabal file describing the app with an executable section (e.g. run "cabal init"), or a cabal.project listing the packages.'
    });
  }
  const packages = await projectPackages(appDir);
  if (packages.length === 0) {
    throw new HalcyonError("app/project-without-packages", "cabal.project lists no packages that exist in the app", {
      remedy: `List the app's package directories or .cabal files in cabal.project, e.g. "packages: ./ ./lib".`
    });
  }
  const app = packages.find((p) => p.executables.length > 0);
  if (app === void 0) throw noExecutableError(packages);
  return app;
}
async function findLocalPackages(appDir) {
  const entries = await listDir(appDir);
  if (entries.some((e) => e.isFile() && e.name === "cabal.project")) return projectPackages(appDir);
  const [only] = cabalFilesIn(entries);
  return only === void 0 ? [] : [await readPackage(appDir, only)];
}
async function projectPackages(appDir) {
  const projectText = await readFile6(path10.join(appDir, "cabal.project"), "utf8");
  const nodes = parseLayout(projectText, "cabal.project");
  const entries = nodes.filter((n2) => n2.kind === "field" && n2.name === "packages").flatMap((f) => splitList(f.lines.join("\n")));
  const patterns = entries.length > 0 ? entries : ["./*.cabal"];
  const cabalFiles = [];
  for (const pattern of patterns) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(pattern) || /\.(tar\.gz|tgz)$/.test(pattern)) continue;
    const matches2 = await expandPattern(appDir, pattern);
    if (matches2.length === 0 && !/[*?]/.test(pattern)) {
      throw new HalcyonError("app/project-package-missing", `cabal.project lists "${pattern}", which is not a .cabal file or a directory holding one`, {
        remedy: `Fix the "packages:" field of cabal.project: give package directories (e.g. "./app") or .cabal files.`
      });
    }
    for (const match of matches2) if (!cabalFiles.includes(match)) cabalFiles.push(match);
  }
  const packages = [];
  for (const file of cabalFiles) packages.push(await readPackage(appDir, file));
  return packages;
}
async function expandPattern(appDir, pattern) {
  const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..") || path10.isAbsolute(pattern)) {
    throw new HalcyonError("app/project-package-outside", `cabal.project lists "${pattern}", outside the app directory`, {
      remedy: "Keep all of the app's packages inside the app (the directory pushed to Heroku) and list them with relative paths."
    });
  }
  let candidates = [""];
  for (const segment of segments) {
    const next = [];
    for (const base of candidates) {
      if (!/[*?]/.test(segment)) {
        next.push(base === "" ? segment : `${base}/${segment}`);
        continue;
      }
      const regex = globSegment(segment);
      let names;
      try {
        names = await readdir4(path10.join(appDir, base), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of names.sort((a2, b) => a2.name < b.name ? -1 : a2.name > b.name ? 1 : 0)) {
        if (entry.name.startsWith(".") && !segment.startsWith(".")) continue;
        if (entry.name === "dist-newstyle") continue;
        if (regex.test(entry.name)) next.push(base === "" ? entry.name : `${base}/${entry.name}`);
      }
    }
    candidates = next;
  }
  const found = [];
  for (const candidate of candidates) {
    if (candidate.endsWith(".cabal")) {
      try {
        const entries2 = await readdir4(path10.join(appDir, path10.dirname(candidate)), { withFileTypes: true });
        if (entries2.some((e) => e.isFile() && e.name === path10.basename(candidate))) found.push(candidate);
      } catch {
      }
      continue;
    }
    let entries;
    try {
      entries = await readdir4(path10.join(appDir, candidate), { withFileTypes: true });
    } catch {
      continue;
    }
    const inside = cabalFilesIn(entries);
    if (inside.length > 1) {
      throw new HalcyonError("app/several-cabal-files-in-package", `Several .cabal files in ${candidate === "" ? "the app's root" : candidate}: ${inside.join(", ")}`, {
        remedy: "Keep one .cabal file per package directory."
      });
    }
    if (inside[0] !== void 0) found.push(candidate === "" ? inside[0] : `${candidate}/${inside[0]}`);
  }
  return found;
}
function globSegment(segment) {
  let source = "";
  for (const c3 of segment) {
    if (c3 === "*") source += ".*";
    else if (c3 === "?") source += ".";
    else source += c3.replace(/[\\^$.+()|{}[\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
async function projectField(appDir, name) {
  let text2;
  try {
    text2 = await readFile6(path10.join(appDir, "cabal.project"), "utf8");
  } catch {
    return void 0;
  }
  return fieldValue(parseLayout(text2, "cabal.project"), name.toLowerCase())?.trim();
}

// src/layers/size.ts
import { lstat as lstat2, readdir as readdir5 } from "node:fs/promises";
import path11 from "node:path";
async function directorySize(dir) {
  let total = 0;
  for (const entry of await readdir5(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path11.join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile() || entry.isSymbolicLink()) total += (await lstat2(full).catch(() => void 0))?.size ?? 0;
  }
  return total;
}

// src/layers/build.ts
import { rm as rm6 } from "node:fs/promises";
import path16 from "node:path";

// src/haskell/source.ts
import { createHash } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { copyFile as copyFile2, lstat as lstat3, mkdir as mkdir2, readFile as readFile7, readlink as readlink2, rm as rm4, symlink as symlink2, utimes } from "node:fs/promises";
import path13 from "node:path";
import { pipeline } from "node:stream/promises";

// src/haskell/data-files.ts
import { readdir as readdir6 } from "node:fs/promises";
import path12 from "node:path";
async function expandDataFiles(packageDir, dataDir, patterns, origin = { field: "data-files", remedy: "Fix the data-files field of the .cabal file (cabal sdist would fail on it too)." }) {
  if (patterns.length === 0) return [];
  const base = path12.join(packageDir, dataDir);
  const all = await listFiles(base);
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const regex = globToRegex(pattern);
    const matches2 = all.filter((file) => regex.test(file));
    if (matches2.length === 0) {
      throw new HalcyonError("app/data-files-no-match", `${origin.field} pattern "${pattern}" matches no file under ${dataDir || "the package directory"}`, { remedy: origin.remedy });
    }
    for (const match of matches2) found.add(match);
  }
  return [...found].sort();
}
function globToRegex(pattern) {
  let source = "";
  const normalized = pattern.replace(/^\.\//, "");
  for (let i2 = 0; i2 < normalized.length; i2++) {
    const char = normalized[i2] ?? "";
    if (normalized.startsWith("**/", i2)) {
      source += "(?:[^/]+/)*";
      i2 += 2;
    } else if (char === "*") source += "[^/]*";
    else source += char.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
async function listFiles(dir, rel = "") {
  let entries;
  try {
    entries = await readdir6(path12.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== "dist-newstyle" && entry.name !== ".git" && !(rel === "" && entry.name === "dist")) files.push(...await listFiles(dir, childRel));
    } else files.push(childRel);
  }
  return files;
}

// src/haskell/source.ts
var IGNORED_ANYWHERE = /* @__PURE__ */ new Set([".git", ".hg", ".svn", "dist-newstyle", ".stack-work", ".halcyon-tag"]);
var IGNORED_AT_TOP = /* @__PURE__ */ new Set(["dist", ".buildpack", ".profile.d", ".halcyon-layers"]);
function ignored(name, atTop) {
  return IGNORED_ANYWHERE.has(name) || atTop && IGNORED_AT_TOP.has(name) || name.startsWith(".ghc.environment.");
}
function sourceIgnore(patterns) {
  const byName = patterns.filter((p) => !p.replace(/^\.\//, "").includes("/")).map(globToRegex);
  const byPath = patterns.filter((p) => p.replace(/^\.\//, "").includes("/")).map((p) => globToRegex(p.replace(/\/+$/, "")));
  return (relPath) => byName.some((r) => r.test(path13.posix.basename(relPath))) || byPath.some((r) => r.test(relPath));
}
async function listSource(appDir, skip = () => false) {
  const entries = [];
  const walk2 = async (rel) => {
    const names = (await readdirUtf8(path13.join(appDir, rel))).sort();
    for (const name of names) {
      if (ignored(name, rel === "")) continue;
      const childRel = rel ? `${rel}/${name}` : name;
      if (skip(childRel)) continue;
      const info = await lstat3(path13.join(appDir, childRel));
      if (info.isDirectory()) await walk2(childRel);
      else if (info.isSymbolicLink()) entries.push({ relPath: childRel, type: "symlink", executable: false });
      else if (info.isFile()) entries.push({ relPath: childRel, type: "file", executable: (info.mode & 73) !== 0 });
    }
  };
  await walk2("");
  return entries;
}
async function fileDigest(file) {
  const hash = createHash("sha256");
  await pipeline(createReadStream2(file), hash);
  return hash.digest("hex");
}
async function hashSource(appDir, extraIgnore = []) {
  const hash = createHash("sha256");
  for (const entry of await listSource(appDir, sourceIgnore(extraIgnore))) {
    const full = path13.join(appDir, entry.relPath);
    const content = entry.type === "symlink" ? `link:${await readlink2(full)}` : await fileDigest(full);
    hash.update(`${entry.relPath}\0${entry.type}\0${entry.executable ? "x" : "-"}\0${content}
`);
  }
  return hash.digest("hex");
}
async function syncSource(appDir, buildDir, skip = () => false) {
  await mkdir2(buildDir, { recursive: true });
  const wanted = await listSource(appDir, skip);
  const wantedPaths = new Set(wanted.map((e) => e.relPath));
  const changed = [];
  for (const stale of await listSource(buildDir, skip)) {
    if (!wantedPaths.has(stale.relPath)) {
      await rm4(path13.join(buildDir, stale.relPath), { force: true });
      changed.push(`- ${stale.relPath}`);
    }
  }
  for (const entry of wanted) {
    const from = path13.join(appDir, entry.relPath);
    const to = path13.join(buildDir, entry.relPath);
    if (await sameEntry(from, to, entry)) continue;
    await mkdir2(path13.dirname(to), { recursive: true });
    await rm4(to, { force: true, recursive: true });
    if (entry.type === "symlink") await symlink2(await readlink2(from), to);
    else {
      await copyFile2(from, to);
      const now = /* @__PURE__ */ new Date();
      await utimes(to, now, now);
    }
    changed.push(`* ${entry.relPath}`);
  }
  return changed;
}
async function sameEntry(from, to, entry) {
  try {
    const info = await lstat3(to);
    if (entry.type === "symlink") return info.isSymbolicLink() && await readlink2(to) === await readlink2(from);
    if (!info.isFile() || (info.mode & 73) !== 0 !== entry.executable) return false;
    const [a2, b] = await Promise.all([readFile7(from), readFile7(to)]);
    return a2.equals(b);
  } catch {
    return false;
  }
}

// src/haskell/local-project.ts
import { rm as rm5 } from "node:fs/promises";
import path14 from "node:path";
var LOCAL_PROJECT_FILE = "cabal.project.local";
var HEADER = "-- Added by Halcyon to the build copy, for HALCYON_EXTRA_OS_PACKAGES=";
function localProjectSettings(options, packageNames) {
  if (options.extraOsPackages.length === 0) return void 0;
  const runPath = libraryDirs(layerPaths(options.basePath).os).slice(0, 2).map((dir) => `-optl-Wl,-rpath,${dir}`).join(" ");
  const stanzas = [...new Set(packageNames)].sort().map((name) => `package ${name}
  ghc-options: ${runPath}
`);
  return `${HEADER}${options.extraOsPackages.join(" ")}
${stanzas.join("")}`;
}
async function syncLocalProject(appDir, buildDir, settings) {
  const own = withNewline(await readTextIfExists(path14.join(appDir, LOCAL_PROJECT_FILE)));
  const target = path14.join(buildDir, LOCAL_PROJECT_FILE);
  const before = split(await readTextIfExists(target));
  const wanted = own === void 0 && settings === void 0 ? void 0 : `${own ?? ""}${settings ?? ""}`;
  if (wanted === void 0) await rm5(target, { force: true });
  else if (wanted !== `${before.own ?? ""}${before.settings ?? ""}`) await writeFileAtomic(target, wanted);
  const changes = (before.own ?? "") === (own ?? "") ? [] : [`${own === void 0 ? "-" : "*"} ${LOCAL_PROJECT_FILE}`];
  return { changes, settingsChanged: before.settings !== settings };
}
function withNewline(text2) {
  return text2 === void 0 || text2 === "" || text2.endsWith("\n") ? text2 : `${text2}
`;
}
function split(text2) {
  const at = text2?.indexOf(HEADER) ?? -1;
  if (text2 === void 0 || at < 0) return { own: text2, settings: void 0 };
  return { own: at === 0 ? void 0 : text2.slice(0, at), settings: text2.slice(at) };
}

// src/haskell/hooks.ts
import { access, constants, lstat as lstat4 } from "node:fs/promises";
import path15 from "node:path";
var HOOK_NAMES = ["pre-build-hook", "post-build-hook", "pre-install-hook", "post-install-hook"];
function hookPath(appDir, name) {
  return path15.join(appDir, ".halcyon", name);
}
async function checkHooks(appDir) {
  const present = [];
  for (const name of HOOK_NAMES) {
    const file = hookPath(appDir, name);
    const info = await lstat4(file).catch(() => void 0);
    if (!info) continue;
    const executable = await access(file, constants.X_OK).then(
      () => true,
      () => false
    );
    if (!info.isFile() && !info.isSymbolicLink()) throw notRunnable(name, "it is not a file");
    if (!executable) throw notRunnable(name, "it is not executable");
    present.push(name);
  }
  return present;
}
function notRunnable(name, why) {
  return new HalcyonError("app/hook-not-runnable", `The hook .halcyon/${name} cannot run: ${why}`, {
    remedy: `Make it an executable file with a #! line, and commit its mode: chmod +x .halcyon/${name} && git update-index --chmod=+x .halcyon/${name}`
  });
}
async function runHook(name, run2) {
  const file = hookPath(run2.appDir, name);
  if (!await lstat4(file).catch(() => void 0)) return false;
  run2.log.detail(`running .halcyon/${name}`);
  const result = await run2.exec(file, run2.args, { cwd: run2.cwd, env: run2.env, prependPath: run2.prependPath });
  if (result.exitCode !== 0) {
    throw new HalcyonError("build-failed/hook", `The hook .halcyon/${name} failed (exit code ${result.exitCode})`, {
      remedy: `See its output above. It ran in ${run2.cwd} as: .halcyon/${name} ${run2.args.join(" ")}`
    });
  }
  return true;
}

// src/layers/build.ts
function buildLayer(ctx, input) {
  const { toolchain, label, sourceHash, depsInputs } = input;
  const namedInputs = {
    source: sourceHash,
    dependencies: depsInputs,
    ghc: toolchain.ghcId,
    cabal: toolchain.cabalId,
    base: ctx.options.basePath,
    prefix: ctx.options.prefixPath,
    ...ctx.options.extraConfigureFlags.length > 0 ? { "configure flags": ctx.options.extraConfigureFlags.join(" ") } : {},
    ...ctx.options.tests ? { tests: "built" } : {}
  };
  return {
    kind: "build",
    title: `build of ${label}`,
    liveDir: buildDirOf(ctx, label),
    key: `${ctx.layerRoot}/ghc-${toolchain.ghcVersion}/halcyon-build-${label}.tar.zst`,
    inputs: digestInputs(namedInputs),
    namedInputs,
    isDependency: false,
    build: (buildCtx) => buildApp(buildCtx, input)
  };
}
function buildDirOf(ctx, label) {
  return layerPaths(ctx.options.basePath).build(label);
}
function hookEnvironment(ctx, toolchain, appLabel) {
  return {
    exec: ctx.exec,
    log: ctx.log,
    prependPath: toolchain.binDirs,
    env: {
      HALCYON_BASE: ctx.options.basePath,
      HALCYON_PREFIX: ctx.options.prefixPath,
      HALCYON_APP_LABEL: appLabel,
      HALCYON_GHC_VERSION: toolchain.ghcVersion,
      HALCYON_CABAL_VERSION: toolchain.cabalVersion
    }
  };
}
async function buildApp(ctx, { toolchain, label, appDir, packageNames }) {
  const buildDir = buildDirOf(ctx, label);
  const local = await syncLocalProject(appDir, buildDir, localProjectSettings(ctx.options, packageNames));
  const changes = [...await syncSource(appDir, buildDir, (relPath) => relPath === LOCAL_PROJECT_FILE), ...local.changes];
  if (local.settingsChanged) await solveAgain(ctx, buildDir);
  ctx.log.detail(changes.length === 0 ? "source unchanged" : `${changes.length} source ${changes.length === 1 ? "file" : "files"} changed`);
  for (const change of changes.slice(0, 20)) ctx.log.detail(`  ${change}`);
  if (changes.length > 20) ctx.log.detail(`  \u2026 and ${changes.length - 20} more`);
  const hook = { ...hookEnvironment(ctx, toolchain, label), appDir: buildDir, cwd: buildDir, args: [appDir, buildDir] };
  await runHook("pre-build-hook", hook);
  const cabal = appBuildInvocation(ctx, toolchain);
  const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, "build", "all", ...cabalBuildArgs(ctx, toolchain, distDirOf(buildDir))], {
    cwd: buildDir,
    env: cabal.env,
    prependPath: cabal.prependPath
  });
  if (result.exitCode !== 0) {
    throw new HalcyonError("build-failed/app", `cabal build failed for ${label}`, {
      remedy: "Fix the error shown in cabal's output above, commit, and push again."
    });
  }
  await runHook("post-build-hook", hook);
}
async function solveAgain(ctx, buildDir) {
  const caches = path16.join(distDirOf(buildDir), "cache");
  if (!await exists(caches)) return;
  await rm6(caches, { recursive: true, force: true });
  ctx.log.detail("the extra OS packages changed: cabal solves the plan again");
}
function distDirOf(buildDir) {
  return path16.join(buildDir, "dist-newstyle");
}

// src/layers/cabal.ts
import { chmod, copyFile as copyFile3, mkdir as mkdir4, readdir as readdir7 } from "node:fs/promises";
import os6 from "node:os";
import path19 from "node:path";

// src/layers/context.ts
function lookupStores(ctx) {
  return [ctx.cache, ...ctx.storage.readable()];
}

// src/haskell/toolchain.ts
import path17 from "node:path";

// src/haskell/inventory.ts
var DEFAULT_GHC_VERSION = "9.10.3";
var DEFAULT_CABAL_VERSION = "3.14.2.0";
var GHC = "https://downloads.haskell.org/~ghc";
var CABAL = "https://downloads.haskell.org/~ghcup/unofficial-bindists/cabal";
var GHC_BINDISTS = {
  "9.6.7": {
    "ubuntu-22.04-x86_64": {
      url: `${GHC}/9.6.7/ghc-9.6.7-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: "a1fa8c17692b229e3cb46515750f621e52d8914be999b61b50cb0b244eb03e6a"
    },
    "ubuntu-24.04-x86_64": {
      url: `${GHC}/9.6.7/ghc-9.6.7-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: "a1fa8c17692b229e3cb46515750f621e52d8914be999b61b50cb0b244eb03e6a"
    },
    "ubuntu-22.04-aarch64": {
      url: `${GHC}/9.6.7/ghc-9.6.7-aarch64-deb10-linux.tar.xz`,
      sha256: "3cfa843687856de304a946dbe849a497c4fdad021f0275628b8ca7b55ccf8082"
    },
    "ubuntu-24.04-aarch64": {
      url: `${GHC}/9.6.7/ghc-9.6.7-aarch64-deb10-linux.tar.xz`,
      sha256: "3cfa843687856de304a946dbe849a497c4fdad021f0275628b8ca7b55ccf8082"
    },
    "debian-12-x86_64": {
      url: `${GHC}/9.6.7/ghc-9.6.7-x86_64-deb11-linux.tar.xz`,
      sha256: "fc6a6247d1831745c67b27d6212f6911c35a933043f3b6851724e2e01484d077"
    }
  },
  "9.8.4": {
    "ubuntu-22.04-x86_64": {
      url: `${GHC}/9.8.4/ghc-9.8.4-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: "d83941c9be977e7dc1a6f3eca32bc11e01a7cc3e6b678a226856a99e2ae22ce9"
    },
    "ubuntu-24.04-x86_64": {
      url: `${GHC}/9.8.4/ghc-9.8.4-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: "d83941c9be977e7dc1a6f3eca32bc11e01a7cc3e6b678a226856a99e2ae22ce9"
    },
    "ubuntu-22.04-aarch64": {
      url: `${GHC}/9.8.4/ghc-9.8.4-aarch64-deb10-linux.tar.xz`,
      sha256: "15cf9341437af2c6f75bbaf8222824f5b51c32f0637ed054513f165999b0a87d"
    },
    "ubuntu-24.04-aarch64": {
      url: `${GHC}/9.8.4/ghc-9.8.4-aarch64-deb10-linux.tar.xz`,
      sha256: "15cf9341437af2c6f75bbaf8222824f5b51c32f0637ed054513f165999b0a87d"
    },
    "debian-12-x86_64": {
      url: `${GHC}/9.8.4/ghc-9.8.4-x86_64-deb11-linux.tar.xz`,
      sha256: "af151db8682b8c763f5a44f960f65453d794c95b60f151abc82dbdefcbe6f8ad"
    }
  },
  "9.10.3": {
    "ubuntu-22.04-x86_64": {
      url: `${GHC}/9.10.3/ghc-9.10.3-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: "b6200c32a56f26f5d2ff77c92481a47a53bb3d43cbc82b59a997aed2ad5fd937"
    },
    "ubuntu-24.04-x86_64": {
      url: `${GHC}/9.10.3/ghc-9.10.3-x86_64-ubuntu20_04-linux.tar.xz`,
      sha256: "b6200c32a56f26f5d2ff77c92481a47a53bb3d43cbc82b59a997aed2ad5fd937"
    },
    "ubuntu-22.04-aarch64": {
      url: `${GHC}/9.10.3/ghc-9.10.3-aarch64-deb10-linux.tar.xz`,
      sha256: "99b85c1948e58e310f4e29cd2c8724a18c246c07e12637d8cbd591a064138236"
    },
    "ubuntu-24.04-aarch64": {
      url: `${GHC}/9.10.3/ghc-9.10.3-aarch64-deb10-linux.tar.xz`,
      sha256: "99b85c1948e58e310f4e29cd2c8724a18c246c07e12637d8cbd591a064138236"
    },
    "debian-12-x86_64": {
      url: `${GHC}/9.10.3/ghc-9.10.3-x86_64-deb12-linux.tar.xz`,
      sha256: "1ac63f04eac0ad551d45cbde38f27e0e3f43ceefd98833fae1fa3f2dbd042367"
    }
  },
  "9.12.4": {
    "ubuntu-22.04-x86_64": {
      url: `${GHC}/9.12.4/ghc-9.12.4-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: "4da657809c06c1658ae5713911fcb168a32093e239f61fe77be78aba74132cfa"
    },
    "ubuntu-24.04-x86_64": {
      url: `${GHC}/9.12.4/ghc-9.12.4-x86_64-ubuntu22_04-linux.tar.xz`,
      sha256: "4da657809c06c1658ae5713911fcb168a32093e239f61fe77be78aba74132cfa"
    },
    "ubuntu-22.04-aarch64": {
      url: `${GHC}/9.12.4/ghc-9.12.4-aarch64-deb10-linux.tar.xz`,
      sha256: "e0e2b536e56f08ee9b6eb9c2c4fe43f8d289257afb786ea8f5538c5c7b252f2f"
    },
    "ubuntu-24.04-aarch64": {
      url: `${GHC}/9.12.4/ghc-9.12.4-aarch64-deb10-linux.tar.xz`,
      sha256: "e0e2b536e56f08ee9b6eb9c2c4fe43f8d289257afb786ea8f5538c5c7b252f2f"
    },
    "debian-12-x86_64": {
      url: `${GHC}/9.12.4/ghc-9.12.4-x86_64-deb12-linux.tar.xz`,
      sha256: "cdc60a66f1c89604975c896b3c7577b079b602d8fb093af0f4b2b0912fa47bd1"
    }
  }
};
var CABAL_BINDISTS = {
  "3.12.1.0": {
    "ubuntu-22.04-x86_64": {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-x86_64-linux-ubuntu22.04.tar.xz`,
      sha256: "d69523109f19a22d61713e70b784ab84afdcff58302278b39206d5c7cb92d091"
    },
    "ubuntu-24.04-x86_64": {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-x86_64-linux-ubuntu24.04.tar.xz`,
      sha256: "ab785f6449f0fa33c19fe0e8631dba9588f8998b3122f24b5aede99372ffa5b7"
    },
    "ubuntu-22.04-aarch64": {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: "775831c10bdd389a9f4c3cc46601b66f13ff4460a65a2eddd39c09abfe7aa2e5"
    },
    "ubuntu-24.04-aarch64": {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: "775831c10bdd389a9f4c3cc46601b66f13ff4460a65a2eddd39c09abfe7aa2e5"
    },
    "debian-12-x86_64": {
      url: `${CABAL}/3.12.1.0/cabal-install-3.12.1.0-x86_64-linux-deb12.tar.xz`,
      sha256: "f8371100bd35aa1bc471f3d952adfec8a3e7d33117f1f889271f9c4336389688"
    }
  },
  "3.14.2.0": {
    "ubuntu-22.04-x86_64": {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-x86_64-linux-ubuntu22.04.tar.xz`,
      sha256: "60acc5de65ab60cfba8a8b9abc5176691587259782547b678b174a847e4f685c"
    },
    "ubuntu-24.04-x86_64": {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-x86_64-linux-ubuntu24.04.tar.xz`,
      sha256: "a6d28b6285d61ae8f4fa81ce63b9f96fc22fa1c83299b04dca8ef084f77deefc"
    },
    "ubuntu-22.04-aarch64": {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-aarch64-linux-deb10.tar.xz`,
      sha256: "cf2e19f664d34ae5edcd2d7ccb7022a7c9691607d42414c26a3de4aa252bed80"
    },
    "ubuntu-24.04-aarch64": {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-aarch64-linux-deb10.tar.xz`,
      sha256: "cf2e19f664d34ae5edcd2d7ccb7022a7c9691607d42414c26a3de4aa252bed80"
    },
    "debian-12-x86_64": {
      url: `${CABAL}/3.14.2.0/cabal-install-3.14.2.0-x86_64-linux-deb12.tar.xz`,
      sha256: "09f5e1b559a26e6ebb493b5b6e8d29ee2e381c31053842f734f82724e11f2d31"
    }
  },
  "3.16.1.0": {
    "ubuntu-22.04-x86_64": {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-x86_64-linux-glibc.tar.xz`,
      sha256: "dbb9e9964a918602924cf9f3aa6e21962c449bfce9f7a1c00504b5d3787af41a"
    },
    "ubuntu-24.04-x86_64": {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-x86_64-linux-glibc.tar.xz`,
      sha256: "dbb9e9964a918602924cf9f3aa6e21962c449bfce9f7a1c00504b5d3787af41a"
    },
    "ubuntu-22.04-aarch64": {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: "f90264ff9503f638ada33353c0b39dd99d30f7849c5fa373d1abcbf0bc01945e"
    },
    "ubuntu-24.04-aarch64": {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-aarch64-linux-deb10.tar.xz`,
      sha256: "f90264ff9503f638ada33353c0b39dd99d30f7849c5fa373d1abcbf0bc01945e"
    },
    "debian-12-x86_64": {
      url: `${CABAL}/3.16.1.0/cabal-install-3.16.1.0-x86_64-linux-glibc.tar.xz`,
      sha256: "dbb9e9964a918602924cf9f3aa6e21962c449bfce9f7a1c00504b5d3787af41a"
    }
  }
};

// src/haskell/toolchain.ts
async function resolveToolchain(input) {
  return input.options.systemToolchain ? systemToolchain(input) : bindistToolchain(input);
}
async function systemToolchain({ options, exec, appDir }) {
  const ghcVersion = await toolVersion(exec, "ghc");
  const cabalVersion = await toolVersion(exec, "cabal");
  const wanted = combine(await ghcRequests(options, appDir));
  if (wanted && !inSeries(ghcVersion, wanted.version)) {
    throw new HalcyonError("toolchain/system-ghc-mismatch", `${wanted.from} asks for GHC ${wanted.version}, but the system toolchain (HALCYON_SYSTEM_TOOLCHAIN) has GHC ${ghcVersion}`, {
      remedy: `Install GHC ${wanted.version} on PATH, or unset HALCYON_SYSTEM_TOOLCHAIN to install it from an official binary distribution, or change ${wanted.from}.`
    });
  }
  return {
    flavour: "system",
    ghcVersion,
    ghcId: `${ghcVersion}-system`,
    cabalVersion,
    cabalId: `${cabalVersion}-system`,
    ghcBin: "ghc",
    cabalBin: "cabal",
    binDirs: []
  };
}
async function toolVersion(exec, tool) {
  const result = await exec(tool, ["--numeric-version"], { quiet: true });
  const version = result.stdout.trim();
  if (result.exitCode !== 0 || !/^\d+(\.\d+)+$/.test(version)) {
    throw new HalcyonError("toolchain/system-tool-missing", `HALCYON_SYSTEM_TOOLCHAIN is set, but \`${tool} --numeric-version\` did not work`, {
      remedy: `Install ${tool === "ghc" ? "ghc" : "cabal-install"} on PATH (e.g. apt-get install ${tool === "ghc" ? "ghc" : "cabal-install"}), or unset HALCYON_SYSTEM_TOOLCHAIN to install the official binaries.`
    });
  }
  return version;
}
async function bindistToolchain({ options, appDir, platform: platform2 }) {
  const wanted = combine(await ghcRequests(options, appDir));
  const ghcVersion = options.ghcBindist ? wanted?.version ?? DEFAULT_GHC_VERSION : inventoryVersion(wanted, platform2);
  const cabalVersion = options.cabalVersion ?? DEFAULT_CABAL_VERSION;
  const paths = layerPaths(options.basePath);
  const ghcId = options.ghcBindist ? `${ghcVersion}-custom-${options.ghcBindist.sha256.slice(0, 8)}` : ghcVersion;
  return {
    flavour: "bindist",
    ghcVersion,
    ghcId,
    cabalVersion,
    cabalId: cabalVersion,
    ghcBin: path17.join(paths.ghc, "bin", "ghc"),
    cabalBin: path17.join(paths.cabal, "bin", "cabal"),
    binDirs: [path17.join(paths.ghc, "bin"), path17.join(paths.cabal, "bin")]
  };
}
var VERSION_OR_SERIES = /^\d+\.\d+(\.\d+)?$/;
async function ghcRequests(options, appDir) {
  const requests = [];
  if (options.ghcVersion !== void 0) {
    const from = options.ghcVersionFrom ?? "HALCYON_GHC_VERSION";
    if (!VERSION_OR_SERIES.test(options.ghcVersion)) {
      throw new HalcyonError("config/invalid-ghc-version", `${from} is set to "${options.ghcVersion}", which is not a GHC version`, {
        remedy: `Set it to a version such as ${DEFAULT_GHC_VERSION}, or a series such as ${DEFAULT_GHC_VERSION.split(".").slice(0, 2).join(".")} (the newest known release of it).`
      });
    }
    requests.push({ version: options.ghcVersion, from });
  }
  const project = await withCompilerRequest(appDir);
  if (project) requests.push(project);
  return requests;
}
async function withCompilerRequest(appDir) {
  const value = await projectField(appDir, "with-compiler");
  if (value === void 0 || value === "") return void 0;
  const from = `with-compiler: ${value} in cabal.project`;
  const match = /^(?:\S*\/)?ghc(?:-(\d+\.\d+(?:\.\d+)?))?$/.exec(value);
  if (!match) {
    throw new HalcyonError("app/with-compiler-not-ghc", `cabal.project says with-compiler: ${value}, which names no GHC`, {
      remedy: `Write with-compiler: ghc-X.Y.Z (e.g. ghc-${DEFAULT_GHC_VERSION}) or ghc-X.Y in cabal.project, or remove the line and set HALCYON_GHC_VERSION.`
    });
  }
  return match[1] === void 0 ? void 0 : { version: match[1], from };
}
function combine(requests) {
  const [first, second] = requests;
  if (!first || !second) return first;
  if (!inSeries(first.version, second.version) && !inSeries(second.version, first.version)) {
    throw new HalcyonError("config/ghc-versions-disagree", `Two GHC versions are asked for: ${first.version} by ${first.from}, and ${second.version} by ${second.from}`, {
      remedy: "Make them agree, or keep only one of them (cabal.project is what a plain cabal build reads too)."
    });
  }
  return first.version.split(".").length >= second.version.split(".").length ? first : second;
}
function inSeries(version, wanted) {
  return version === wanted || version.startsWith(`${wanted}.`);
}
function inventoryVersion(wanted, platform2) {
  if (!wanted) return DEFAULT_GHC_VERSION;
  const platformKey = platform2.replace(/^linux-/, "");
  const known = Object.entries(GHC_BINDISTS).filter(([, byPlatform]) => platformKey in byPlatform).map(([v]) => v).sort(compareVersions);
  const match = known.filter((v) => inSeries(v, wanted.version)).pop();
  if (match) return match;
  throw new HalcyonError("toolchain/ghc-version-unavailable", `${wanted.from} asks for GHC ${wanted.version}, which has no known binary distribution for ${platform2}`, {
    remedy: known.length > 0 ? `Ask for one of: ${known.join(", ")}; or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256 for another; or set HALCYON_SYSTEM_TOOLCHAIN=1 to use the GHC on PATH.` : "This platform has no GHC binaries in the inventory: set HALCYON_SYSTEM_TOOLCHAIN=1 to use the GHC on PATH, or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256."
  });
}
function compareVersions(a2, b) {
  const pa = a2.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i2 = 0; i2 < Math.max(pa.length, pb.length); i2++) {
    const d = (pa[i2] ?? 0) - (pb[i2] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function inventoryDownload(tool, version, platform2) {
  const table = tool === "GHC" ? GHC_BINDISTS : CABAL_BINDISTS;
  const platformKey = platform2.replace(/^linux-/, "");
  const entry = table[version]?.[platformKey];
  if (entry) return entry;
  const known = Object.entries(table).filter(([, byPlatform]) => platformKey in byPlatform).map(([v]) => v);
  const variable = tool === "GHC" ? "HALCYON_GHC_VERSION" : "HALCYON_CABAL_VERSION";
  throw new HalcyonError("toolchain/bindist-unknown", `No ${tool} ${version} binary distribution is known for ${platform2}`, {
    remedy: known.length > 0 ? `Set ${variable} to one of: ${known.join(", ")}${tool === "GHC" ? ", or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256" : ""}; or set HALCYON_SYSTEM_TOOLCHAIN=1 to use the tools on PATH.` : `This platform has no ${tool} binaries in the inventory: set HALCYON_SYSTEM_TOOLCHAIN=1 to use the tools on PATH${tool === "GHC" ? ", or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256" : ""}.`
  });
}

// src/util/download.ts
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir as mkdir3, rename as rename3, rm as rm7 } from "node:fs/promises";
import path18 from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
var HttpStatusError = class extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
  status;
};
async function downloadVerified(url, sha256, destFile, policy = DEFAULT_TRANSFER_POLICY, onProgress) {
  await mkdir3(path18.dirname(destFile), { recursive: true });
  const temp = tempSibling(destFile);
  let result;
  try {
    result = await new RetryBudget(policy).run(
      () => downloadOnce(url, temp, policy.idleTimeoutMs, onProgress),
      (error) => error instanceof HttpStatusError ? error.status >= 500 || error.status === 429 : isNetworkError(error)
    );
  } catch (error) {
    await rm7(temp, { force: true });
    throw new HalcyonError("download/failed", `Could not download ${url}: ${errorMessage(error)}`, {
      remedy: "Check the URL and the network, then try again.",
      cause: error
    });
  }
  if (result.sha256 !== sha256.toLowerCase()) {
    await rm7(temp, { force: true });
    throw new HalcyonError("download/checksum-mismatch", `The download from ${url} does not match its sha256 (expected ${sha256}, got ${result.sha256})`, {
      remedy: "The file was changed or damaged on the way. Try again; if it persists, check the URL and the sha256 you configured."
    });
  }
  await rename3(temp, destFile);
  return result.sizeBytes;
}
async function downloadOnce(url, temp, idleMs, onProgress) {
  const controller = new AbortController();
  let timer;
  const arm = (what) => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new StallError(what, idleMs)), idleMs);
  };
  arm("no answer");
  const hash = createHash2("sha256");
  let sizeBytes = 0;
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new HttpStatusError(response.status);
    }
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    const totalBytes = Number.isFinite(length) ? length : void 0;
    const counter = new Transform({
      transform(chunk, _encoding, callback) {
        arm("the download stalled");
        hash.update(chunk);
        sizeBytes += chunk.length;
        onProgress?.(sizeBytes, totalBytes);
        callback(null, chunk);
      }
    });
    arm("the download stalled");
    await pipeline2(Readable.fromWeb(response.body), counter, createWriteStream(temp), { signal: controller.signal });
    return { sizeBytes, sha256: hash.digest("hex") };
  } catch (error) {
    throw controller.signal.aborted && controller.signal.reason instanceof Error ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

// src/util/regexp.ts
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/layers/cabal.ts
function cabalLayer(ctx, toolchain) {
  const liveDir = layerPaths(ctx.options.basePath).cabal;
  const repo = ctx.options.remoteRepo;
  const stem = `${ctx.layerRoot}/halcyon-cabal-${toolchain.cabalId}-${repoId(repo)}`;
  const date = repo ? ctx.now.toISOString().slice(0, 10) : void 0;
  const key = date ? `${stem}-${date}.tar.zst` : `${stem}.tar.zst`;
  const namedInputs = { cabal: toolchain.cabalId, repository: repo?.publicUrl ?? "none", index: date ?? "none", base: liveDir };
  return {
    kind: "cabal",
    title: `cabal-install ${toolchain.cabalVersion}${toolchain.flavour === "system" ? " (system)" : ""}, ${repo ? `${repo.name} index of ${date}` : "no package repository"}`,
    liveDir,
    key,
    inputs: digestInputs(namedInputs),
    namedInputs,
    isDependency: true,
    ...repo ? { unbuilt: { id: "build-needed/package-index", message: noIndexMessage(toolchain, repo, date ?? "") } } : {},
    startingPoints: repo ? (c3) => olderIndexes(c3, stem, key) : void 0,
    supersedes: (other) => datedIndex(stem).test(other) && other < key,
    build: (buildCtx) => buildCabal(buildCtx, toolchain, liveDir)
  };
}
function noIndexMessage(toolchain, repo, date) {
  const binary = toolchain.flavour === "system" ? "" : ` (nor cabal-install ${toolchain.cabalVersion}, kept with it)`;
  return `No package index of ${repo.name} (${repo.publicUrl}) is prebuilt, of ${date} or earlier${binary}, and fetching it (cabal update) is not allowed here`;
}
function datedIndex(stem) {
  return new RegExp(`^${escapeRegExp(stem)}-\\d{4}-\\d{2}-\\d{2}\\.tar\\.zst$`);
}
async function olderIndexes(ctx, stem, key) {
  const keys = /* @__PURE__ */ new Set();
  for (const store of lookupStores(ctx)) {
    for (const object of await store.list(`${stem}-`)) {
      if (datedIndex(stem).test(object.key) && object.key < key && isSafeKey(object.key)) keys.add(object.key);
    }
  }
  return [...keys].sort().reverse().map((older) => ({ key: older }));
}
async function buildCabal(ctx, toolchain, liveDir) {
  await mkdir4(liveDir, { recursive: true });
  if (toolchain.flavour === "bindist" && !await exists(toolchain.cabalBin)) await installCabalBinary(ctx, toolchain);
  await writeFileAtomic(path19.join(liveDir, "config"), cabalConfigText(liveDir, layerPaths(ctx.options.basePath).store, ctx.options.remoteRepo, os6.availableParallelism(), "without-credentials"));
  if (!ctx.options.remoteRepo) return;
  ctx.log.detail(`cabal update (${ctx.options.remoteRepo.publicUrl})`);
  const result = await ctx.exec(toolchain.cabalBin, ["update"], {
    env: { CABAL_DIR: liveDir, CABAL_CONFIG: ctx.cabalConfig },
    prependPath: toolchain.binDirs,
    quiet: true
  });
  if (result.exitCode !== 0) {
    throw new HalcyonError("toolchain/cabal-update", `cabal update failed for ${ctx.options.remoteRepo.publicUrl}`, {
      remedy: `Check HALCYON_CABAL_REMOTE_REPO. cabal said:
${result.tail}`
    });
  }
}
async function installCabalBinary(ctx, toolchain) {
  const download = inventoryDownload("cabal-install", toolchain.cabalVersion, ctx.platform);
  await withTempDir("cabal", async (work) => {
    const file = path19.join(work, path19.basename(new URL(download.url).pathname) || "cabal.tar");
    ctx.log.detail(`downloading ${download.url}`);
    await withProgress(
      ctx.log,
      `downloading ${path19.basename(file)}`,
      ctx.options.progressIntervalMs,
      (progress) => downloadVerified(download.url, download.sha256, file, ctx.options.transfer, (done, total) => progress.set(done, total))
    );
    const unpacked = path19.join(work, "src");
    await mkdir4(unpacked);
    const result = await ctx.exec("tar", ["-xf", file, "-C", unpacked], { quiet: true });
    const binary = await findFile(unpacked, "cabal");
    if (result.exitCode !== 0 || !binary) {
      throw new HalcyonError("toolchain/cabal-archive", `The cabal-install archive ${download.url} holds no cabal binary`, {
        remedy: "Set HALCYON_CABAL_VERSION to another version, or HALCYON_SYSTEM_TOOLCHAIN=1 to use cabal on PATH."
      });
    }
    await mkdir4(path19.dirname(toolchain.cabalBin), { recursive: true });
    await copyFile3(binary, toolchain.cabalBin);
    await chmod(toolchain.cabalBin, 493);
  });
}
async function findFile(dir, name) {
  for (const entry of await readdir7(dir, { withFileTypes: true })) {
    const full = path19.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = await findFile(full, name);
      if (found) return found;
    }
  }
  return void 0;
}

// src/layers/deps.ts
import { mkdir as mkdir6, readFile as readFile8, rm as rm9 } from "node:fs/promises";
import path23 from "node:path";
import { text } from "node:stream/consumers";

// src/haskell/cabal-output.ts
var PLANNED = /^\s*-\s+(\S+)\s+(?:\((.+?)\)\s+)?\((?:requires build|requires download & build|requires download)\)/;
var EVENT = /^(Starting|Building|Installing|Completed)\s+(\S+)(?:\s+\((.+)\))?\s*$/;
var SHOWN = /^(Error:|cabal: |Failed to build|Warning: (?!\[)|Cannot build|Could not resolve)/;
var CabalProgress = class {
  constructor(log, now = Date.now) {
    this.log = log;
    this.now = now;
  }
  log;
  now;
  planned = 0;
  completed = 0;
  startedMs = /* @__PURE__ */ new Map();
  phase = /* @__PURE__ */ new Map();
  /** A line of cabal's output: tracked, and printed condensed. */
  line(text2) {
    if (PLANNED.test(text2)) {
      this.planned += 1;
      return;
    }
    const event = EVENT.exec(text2);
    if (event) return this.event(event[1] ?? "", unitName(event[2] ?? "", event[3]));
    if (SHOWN.test(text2)) this.log.detail(text2);
  }
  /** Packages between "Installing" and "Completed": writing into the store right now. */
  get installing() {
    return [...this.phase.values()].filter((p) => p === "installing").length;
  }
  /** Units started and not completed, with how long they have been building. */
  inFlight() {
    return [...this.phase.keys()].map((unit) => ({ unit, elapsedMs: this.now() - (this.startedMs.get(unit) ?? this.now()) }));
  }
  get completedCount() {
    return this.completed;
  }
  get plannedCount() {
    return this.planned;
  }
  event(kind, unit) {
    if (kind === "Starting") {
      if (this.completed === 0 && this.startedMs.size === 0 && this.planned > 0) this.log.detail(`cabal builds ${this.planned} ${this.planned === 1 ? "unit" : "units"} (a package's library, an executable, \u2026), one line each as it completes:`);
      this.startedMs.set(unit, this.now());
      this.phase.set(unit, "started");
    } else if (kind === "Installing") {
      this.phase.set(unit, "installing");
    } else if (kind === "Completed") {
      this.phase.delete(unit);
      this.completed += 1;
      const started = this.startedMs.get(unit);
      const count2 = this.planned > 0 ? `[${this.completed}/${this.planned}] ` : "";
      this.log.detail(`${count2}${unit}${started === void 0 ? "" : ` (${formatDuration(this.now() - started)})`}`);
    }
  }
};
function unitName(packageId, component) {
  return component && component !== "lib" ? `${packageId} (${component})` : packageId;
}

// src/haskell/store-db.ts
import { readdir as readdir8, rm as rm8 } from "node:fs/promises";
import path20 from "node:path";
var NOT_UNITS = /* @__PURE__ */ new Set(["package.db", "incoming"]);
async function registeredUnits(storeGhcDir) {
  const entries = await readdir8(path20.join(storeGhcDir, "package.db")).catch(() => []);
  return new Set(entries.filter((name) => name.endsWith(".conf")).map((name) => name.slice(0, -".conf".length)));
}
function isExecutableUnit(unitId) {
  return /-e-[^/]+-[0-9a-f]{64}$/.test(unitId);
}
async function completeUnits(storeGhcDir) {
  const complete = await registeredUnits(storeGhcDir);
  for (const name of await readdir8(storeGhcDir).catch(() => [])) if (isExecutableUnit(name)) complete.add(name);
  return complete;
}
async function dropUnregisteredUnits(storeGhcDir) {
  const complete = await completeUnits(storeGhcDir);
  const removed = [];
  for (const name of await readdir8(storeGhcDir).catch(() => [])) {
    if (NOT_UNITS.has(name) || name.startsWith(".") || complete.has(name)) continue;
    await rm8(path20.join(storeGhcDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  await rm8(path20.join(storeGhcDir, "incoming"), { recursive: true, force: true });
  return removed;
}

// src/layers/deadline.ts
var FIXED_MARGIN_MS = 5e3;
var SAFETY_FACTOR = 1.5;
var CHECK_INTERVAL_MS = 2e3;
var INSTALL_WAIT_MS = 3e4;
function stopMarginMs(ctx, storeBytes) {
  const rates = ratesOf(ctx);
  const packMs = storeBytes / rates.packBytesPerMs;
  const uploadMs = ctx.storage.writable() ? storeBytes * rates.compression / rates.uploadBytesPerMs : 0;
  return Math.round(FIXED_MARGIN_MS + SAFETY_FACTOR * (packMs + uploadMs));
}
function watchDeadline(ctx, deadline, dir, busyWriting) {
  const controller = new AbortController();
  let reason;
  let dueSinceMs;
  let checking = false;
  const check = async () => {
    if (checking || controller.signal.aborted) return;
    checking = true;
    try {
      const storeBytes = await directorySize(dir);
      const marginMs = stopMarginMs(ctx, storeBytes);
      const nowMs = Date.now();
      if (nowMs + marginMs < deadline.atMs) return;
      dueSinceMs ??= nowMs;
      if (busyWriting() && nowMs - dueSinceMs < INSTALL_WAIT_MS) return;
      reason = `${formatDuration(Math.max(0, deadline.atMs - nowMs))} left, and archiving ${formatBytes(storeBytes)} of dependencies${ctx.storage.writable() ? " and uploading them" : ""} needs about ${formatDuration(marginMs)}`;
      controller.abort();
    } finally {
      checking = false;
    }
  };
  const tick = () => void check().catch(() => void 0);
  const timer = setInterval(tick, CHECK_INTERVAL_MS);
  tick();
  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    dispose: () => clearInterval(timer)
  };
}

// src/layers/deps-deadline.ts
import path22 from "node:path";

// src/layers/deps-store.ts
import { mkdir as mkdir5 } from "node:fs/promises";
import path21 from "node:path";
async function ensurePackageDb(ctx, toolchain, db) {
  const ghcPkg = toolchain.ghcBin === "ghc" ? "ghc-pkg" : path21.join(path21.dirname(toolchain.ghcBin), "ghc-pkg");
  await mkdir5(path21.dirname(db), { recursive: true });
  const args = await exists(db) ? ["recache", `--package-db=${db}`] : ["init", db];
  const result = await ctx.exec(ghcPkg, args, { quiet: true, prependPath: toolchain.binDirs });
  if (result.exitCode !== 0) {
    throw new HalcyonError("toolchain/package-db", `ghc-pkg could not prepare the store's package database ${db}`, { remedy: `ghc-pkg said:
${result.tail}` });
  }
}
function storeDirFor(ctx, toolchain) {
  return path21.join(layerPaths(ctx.options.basePath).store, `ghc-${toolchain.ghcVersion}`);
}
function depsPrefix(ctx, toolchain) {
  return `${ctx.layerRoot}/ghc-${toolchain.ghcVersion}/halcyon-deps-`;
}

// src/layers/deps-deadline.ts
function stillBuilding(progress) {
  const units = progress.inFlight();
  if (units.length === 0) return "nothing had started";
  const longest = Math.max(...units.map((u2) => u2.elapsedMs));
  const names = units.map((u2) => u2.unit);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${listed} ${names.length === 1 ? "was" : "were"} still building after ${formatDuration(longest)}`;
}
async function stopAtDeadline(ctx, input, layer, reason, stalled) {
  ctx.log.detail(`stopping the build before the deadline: ${reason}`);
  const storeGhcDir = storeDirFor(ctx, input.toolchain);
  const dropped = await dropUnregisteredUnits(storeGhcDir);
  if (dropped.length > 0) ctx.log.detail(`removed what cabal had not finished installing: ${dropped.join(", ")}`);
  await ensurePackageDb(ctx, input.toolchain, path22.join(storeGhcDir, "package.db"));
  const complete = await completeUnits(storeGhcDir);
  const built = input.plan.dependencies.filter((unit) => complete.has(unit.id));
  const partialKey = built.length > 0 ? await archivePartial(ctx, input, layer, built) : void 0;
  const packages = packageProgress(input.plan.dependencies, complete);
  throw new DeadlineReachedError(packages.built, packages.planned, ctx.options.deadline?.source ?? "none", partialKey, stalled);
}
function packageProgress(units, complete) {
  const done = /* @__PURE__ */ new Map();
  for (const unit of units) {
    const name = `${unit.name}-${unit.version}`;
    done.set(name, (done.get(name) ?? true) && complete.has(unit.id));
  }
  return { built: [...done.values()].filter(Boolean).length, planned: done.size };
}
async function archivePartial(ctx, input, layer, built) {
  const lines = constraintLines({ dependencies: built });
  const namedInputs = { ...layer.namedInputs, constraints: lines.join("\n"), units: sha256Hex(built.map((u2) => u2.id).join("\n")) };
  const inputs = digestInputs(namedInputs);
  const stem = `${depsPrefix(ctx, input.toolchain)}${inputs.slice(0, 12)}-${input.label}`;
  const partial = {
    ...layer,
    title: `dependencies (${lines.length} of ${constraintLines(input.plan).length} packages)`,
    key: `${stem}.tar.zst`,
    inputs,
    namedInputs,
    supersedes: void 0,
    sidecars: () => [{ key: `${stem}.constraints`, content: `${lines.join("\n")}
` }]
  };
  const key = `${stem}.tar.zst`;
  const packages = constraintLines(input.plan).length;
  await writeTag(layer.liveDir, { key, inputs, named: { ...namedInputs, [PARTIAL_INPUT]: `${lines.length}/${packages}` } });
  const startedMs = Date.now();
  const stats = await archiveToCache(ctx, partial, key);
  ctx.log.detail(`archived what is built (${built.length} of ${input.plan.dependencies.length} units): ${key} (${formatBytes(stats.sizeBytes)}, ${formatDuration(Date.now() - startedMs)})`);
  await uploadToPrivate(ctx, partial, key, stats);
  return key;
}

// src/layers/deps.ts
function depsLayer(ctx, input) {
  const { toolchain, plan, label } = input;
  const lines = constraintLines(plan);
  const namedInputs = {
    ghc: toolchain.ghcId,
    cabal: toolchain.cabalId,
    base: ctx.options.basePath,
    ...ctx.options.extraOsPackages.length > 0 ? { "OS packages": ctx.options.extraOsPackages.join(" ") } : {},
    constraints: lines.join("\n"),
    units: sha256Hex(plan.dependencies.map((u2) => u2.id).join("\n"))
  };
  const inputs = digestInputs(namedInputs);
  const prefix = depsPrefix(ctx, toolchain);
  const stem = `${prefix}${inputs.slice(0, 12)}-${label}`;
  const layer = {
    kind: "deps",
    title: `dependencies (${lines.length} ${lines.length === 1 ? "package" : "packages"})`,
    liveDir: layerPaths(ctx.options.basePath).store,
    key: `${stem}.tar.zst`,
    inputs,
    namedInputs,
    isDependency: true,
    startingPoints: (c3, filter) => closestArchives(c3, prefix, inputs, new Set(lines), filter.sameInputsOnly),
    build: (buildCtx) => buildDependencies(buildCtx, input, layer),
    supersedes: (other) => !other.startsWith(`${stem}.`) && new RegExp(`^${escapeRegExp(prefix)}[0-9a-f]{12}-${escapeRegExp(label)}\\.(tar\\.zst|constraints)$`).test(other),
    sidecars: () => [{ key: `${stem}.constraints`, content: `${lines.join("\n")}
` }]
  };
  return layer;
}
async function closestArchives(ctx, prefix, inputs, needed, sameInputsOnly) {
  const candidates = /* @__PURE__ */ new Map();
  for (const store of lookupStores(ctx)) {
    for (const object of await store.list(prefix)) {
      if (!object.key.endsWith(".constraints") || !isSafeKey(object.key)) continue;
      const archiveKey = object.key.replace(/\.constraints$/, ".tar.zst");
      const identical = archiveKey.startsWith(`${prefix}${inputs.slice(0, 12)}-`);
      if (candidates.has(archiveKey) || sameInputsOnly && !identical) continue;
      const packages = await readConstraints(store, object.key);
      if (!packages) continue;
      if (packages.length === 0 || !packages.every((p) => needed.has(p))) continue;
      candidates.set(archiveKey, { key: archiveKey, score: identical ? Number.MAX_SAFE_INTEGER : packages.length });
    }
  }
  const ranked = [...candidates.values()].sort((a2, b) => b.score - a2.score || a2.key.localeCompare(b.key));
  return ranked.map((c3) => {
    const same = c3.score === Number.MAX_SAFE_INTEGER;
    return { key: c3.key, holds: { done: same ? needed.size : c3.score, of: needed.size, unit: "packages" }, ...same ? { sameInputs: true } : {} };
  });
}
async function readConstraints(store, key) {
  const opened = await store.open(key);
  if (!opened) return void 0;
  try {
    return (await text(opened.body)).split("\n").map((line) => line.trim()).filter(Boolean);
  } catch {
    return void 0;
  }
}
function dependenciesLogPath(ctx) {
  return path23.join(ctx.options.cachePath, ".halcyon-dependencies.log");
}
async function buildDependencies(ctx, input, layer) {
  const { toolchain, appDir } = input;
  const cabal = cabalInvocation(ctx, toolchain);
  const storeGhcDir = storeDirFor(ctx, toolchain);
  await ensurePackageDb(ctx, toolchain, path23.join(storeGhcDir, "package.db"));
  const deadline = ctx.options.deadline;
  if (deadline && Date.now() + stopMarginMs(ctx, await directorySize(storeGhcDir)) >= deadline.atMs) {
    return stopAtDeadline(ctx, input, layer, "there is no time left to build anything", "the deadline left no time to start building");
  }
  const before = await completeUnits(storeGhcDir);
  const logFile = dependenciesLogPath(ctx);
  await mkdir6(path23.dirname(logFile), { recursive: true });
  await rm9(logFile, { force: true });
  ctx.log.detail(`cabal's whole output: ${logFile}`);
  const progress = new CabalProgress(ctx.log);
  const watch = deadline ? watchDeadline(ctx, deadline, storeGhcDir, () => progress.installing > 0) : void 0;
  let result;
  try {
    result = await withTempDir(
      "deps",
      (scratch) => ctx.exec(cabal.bin, [...cabal.globalArgs, "build", "--only-dependencies", "all", ...cabalBuildArgs(ctx, toolchain, scratch)], {
        cwd: appDir,
        env: cabal.env,
        prependPath: cabal.prependPath,
        onLine: (line) => progress.line(line),
        logFile,
        signal: watch?.signal
      })
    );
  } finally {
    watch?.dispose();
  }
  if (result.stopped) {
    const finished7 = [...await completeUnits(storeGhcDir)].some((unit) => !before.has(unit));
    return stopAtDeadline(ctx, input, layer, watch?.reason ?? "the deadline is near", finished7 ? void 0 : stillBuilding(progress));
  }
  if (result.exitCode !== 0) {
    ctx.log.detail(`cabal's whole output (also in ${logFile}):`);
    ctx.log.detail(await readFile8(logFile, "utf8").catch(() => result.tail));
    throw new HalcyonError("build-failed/dependencies", "Building the dependencies failed", {
      remedy: "See cabal's output above. A package that needs more memory than this machine has should be built on a bigger one (on Heroku: heroku run -s performance-l build)."
    });
  }
}

// src/layers/ghc.ts
import { mkdir as mkdir7, readdir as readdir9, rm as rm10 } from "node:fs/promises";
import path24 from "node:path";
function ghcLayer(ctx, toolchain) {
  const liveDir = layerPaths(ctx.options.basePath).ghc;
  if (toolchain.flavour === "system") {
    return {
      kind: "ghc",
      title: `GHC ${toolchain.ghcVersion} (system)`,
      liveDir,
      key: void 0,
      inputs: digestInputs({ ghc: toolchain.ghcId }),
      namedInputs: { ghc: toolchain.ghcId },
      isDependency: true,
      build: async () => void 0
    };
  }
  const download = ctx.options.ghcBindist ?? inventoryDownload("GHC", toolchain.ghcVersion, ctx.platform);
  const namedInputs = { ghc: toolchain.ghcVersion, "bindist sha256": download.sha256, base: liveDir };
  const key = `${ctx.layerRoot}/halcyon-ghc-${toolchain.ghcId}.tar.zst`;
  return {
    kind: "ghc",
    title: `GHC ${toolchain.ghcVersion}`,
    liveDir,
    key,
    inputs: digestInputs(namedInputs),
    namedInputs,
    isDependency: true,
    build: (buildCtx) => installBindist(buildCtx, download, liveDir),
    // Another version's archive: still needed by another app's recent deploys, cleaning's retention keeps it.
    supersedes: (other) => other !== key && new RegExp(`^${escapeRegExp(ctx.layerRoot)}/halcyon-ghc-[^/]+\\.tar\\.zst$`).test(other)
  };
}
async function installBindist(ctx, download, liveDir) {
  await withTempDir("ghc", async (work) => {
    const file = path24.join(work, path24.basename(new URL(download.url).pathname) || "ghc.tar");
    ctx.log.detail(`downloading ${download.url}`);
    await withProgress(
      ctx.log,
      `downloading ${path24.basename(file)}`,
      ctx.options.progressIntervalMs,
      (progress) => downloadVerified(download.url, download.sha256, file, ctx.options.transfer, (done, total) => progress.set(done, total))
    );
    ctx.log.detail("sha256 verified; unpacking");
    const unpacked = path24.join(work, "src");
    await mkdir7(unpacked);
    await run(ctx, "tar", ["-xf", file, "-C", unpacked], work, "unpack the GHC binary distribution");
    const top = await findConfigureDir(unpacked);
    await rm10(liveDir, { recursive: true, force: true });
    await run(ctx, "./configure", [`--prefix=${liveDir}`], top, "configure the GHC binary distribution");
    await run(ctx, "make", ["install"], top, "install the GHC binary distribution");
    await rm10(path24.join(liveDir, "share", "doc"), { recursive: true, force: true });
  });
}
async function findConfigureDir(dir) {
  const names = await readdir9(dir);
  if (names.includes("configure")) return dir;
  for (const name of names) {
    const nested = path24.join(dir, name);
    const inner = await readdir9(nested).catch(() => []);
    if (inner.includes("configure")) return nested;
  }
  throw new HalcyonError("toolchain/bindist-without-configure", "The GHC binary distribution has no configure script", {
    remedy: "Use an official GHC binary distribution (.tar.xz from the GHC download page) for HALCYON_GHC_BINDIST_URL."
  });
}
async function run(ctx, file, args, cwd, what) {
  const result = await ctx.exec(file, args, { cwd, quiet: true });
  if (result.exitCode !== 0) {
    throw new HalcyonError("toolchain/bindist-install", `Could not ${what} (${file} exited with ${result.exitCode})`, {
      remedy: `A GHC binary distribution needs gcc, make and libgmp, libffi, libncurses on the machine, and one built
for its distribution (see HALCYON_GHC_VERSION, HALCYON_GHC_BINDIST_URL). The last lines of its output:
${result.tail}`
    });
  }
}

// src/layers/install.ts
import { chmod as chmod2, copyFile as copyFile4, mkdir as mkdir8, readdir as readdir11, readFile as readFile10, rm as rm11, stat as stat2 } from "node:fs/promises";
import path26 from "node:path";

// src/haskell/paths-module.ts
import { readdir as readdir10, readFile as readFile9 } from "node:fs/promises";
import path25 from "node:path";
async function compiledDataDir(distDir, packageName, label) {
  const moduleName = `Paths_${packageName.replace(/-/g, "_")}.hs`;
  for (const file of await findFiles(path25.join(distDir, "build"), moduleName, label)) {
    const text2 = await readFile9(file, "utf8");
    const match = /^datadir\s*=\s*"((?:[^"\\]|\\.)*)"/m.exec(text2);
    if (match?.[1] !== void 0) return decodeHaskellString(match[1]);
  }
  return void 0;
}
async function findFiles(dir, name, label, insidePackage = false, depth = 0) {
  if (depth > 10) return [];
  const found = [];
  for (const entry of await readdir10(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path25.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await findFiles(full, name, label, insidePackage || entry.name === label, depth + 1));
    else if (insidePackage && entry.name === name) found.push(full);
  }
  return found;
}
function decodeHaskellString(text2) {
  return text2.replace(/\\(\d+|&|.)/g, (_, escape) => {
    if (escape === "&") return "";
    if (/^\d+$/.test(escape)) return String.fromCodePoint(Number(escape));
    return escape === "n" ? "\n" : escape === "t" ? "	" : escape;
  });
}

// src/layers/install.ts
var MANIFEST_FILE = ".halcyon-install.json";
var BASE_TREE = ".halcyon-base";
function installInputs(sourceHash, toolchain, options) {
  return {
    // 2: data files where the compiled paths point (1 relied on a variable set by .profile.d).
    layout: "2",
    source: sourceHash,
    ghc: toolchain.ghcId,
    prefix: options.prefixPath,
    ...options.extraConfigureFlags.length > 0 ? { "configure flags": options.extraConfigureFlags.join(" ") } : {},
    ...options.extraDataFiles.length > 0 ? { "extra data files": options.extraDataFiles.join(" ") } : {},
    ...options.extraOsPackages.length > 0 ? { "OS packages": options.extraOsPackages.join(" ") } : {},
    ...options.tests ? { tests: "built" } : {}
  };
}
function keyLabel(app, options) {
  return options.tests ? `${app.label}-tests` : app.label;
}
function installLayer(ctx, input) {
  const { toolchain, app } = input;
  const folder = `${ctx.platform}/ghc-${toolchain.ghcVersion}/`;
  const label = keyLabel(app, ctx.options);
  return {
    kind: "install",
    title: `install of ${label}`,
    liveDir: layerPaths(ctx.options.basePath).install(label),
    key: `${folder}halcyon-install-${digestInputs(input.installInputs).slice(0, 12)}-${label}.tar.zst`,
    inputs: digestInputs(input.installInputs),
    namedInputs: input.installInputs,
    isDependency: false,
    supersedes: (other) => new RegExp(`^${escapeRegExp(folder)}halcyon-install-[0-9a-f]{12}-${escapeRegExp(label)}\\.tar\\.zst$`).test(other),
    build: (buildCtx) => assembleInstall(buildCtx, input)
  };
}
async function assembleInstall(ctx, input) {
  const { app } = input;
  const liveDir = layerPaths(ctx.options.basePath).install(keyLabel(app, ctx.options));
  await rm11(liveDir, { recursive: true, force: true });
  await mkdir8(path26.join(liveDir, "bin"), { recursive: true });
  for (const exe of app.executables) await installExecutable(ctx, input, exe, path26.join(liveDir, "bin", exe));
  const dataDirs = await installPackagesData(ctx, input, liveDir);
  const dependencyFiles = await installDependenciesData(ctx, input.dependencies, path26.join(liveDir, BASE_TREE));
  if (dependencyFiles > 0) ctx.log.detail(`${dependencyFiles} data ${dependencyFiles === 1 ? "file" : "files"} of the dependencies, where their executables look for them`);
  const libraryDirs2 = await installOsLibraries(ctx, path26.join(liveDir, BASE_TREE));
  const manifest = { label: app.label, executables: app.executables, dataDirs, base: ctx.options.basePath, libraryDirs: libraryDirs2, builtFrom: input.builtFrom };
  await writeFileAtomic(path26.join(liveDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`);
  const appDataDir = path26.join(liveDir, await dataDirOf(ctx, buildDirOf(ctx, keyLabel(app, ctx.options)), app));
  await runHook("pre-install-hook", { ...hookEnvironment(ctx, input.toolchain, app.label), appDir: input.appDir, cwd: liveDir, args: [input.appDir, liveDir, appDataDir] });
}
async function installExecutable(ctx, input, exe, target) {
  const buildDir = buildDirOf(ctx, keyLabel(input.app, ctx.options));
  const cabal = appBuildInvocation(ctx, input.toolchain);
  const result = await ctx.exec(cabal.bin, [...cabal.globalArgs, "list-bin", `exe:${exe}`, ...cabalBuildArgs(ctx, input.toolchain, distDirOf(buildDir))], {
    cwd: buildDir,
    env: cabal.env,
    prependPath: cabal.prependPath,
    quiet: true
  });
  const binary = result.stdout.trim().split("\n").pop() ?? "";
  if (result.exitCode !== 0 || !binary.startsWith("/")) {
    throw new HalcyonError("build-failed/executable-not-found", `cabal could not locate the built executable ${exe}`, {
      remedy: `Check that "executable ${exe}" is buildable (no buildable: False) in ${input.app.cabalFile}. cabal said:
${result.tail}`
    });
  }
  await copyFile4(binary, target);
  await chmod2(target, 493);
  await ctx.exec("strip", ["--strip-unneeded", target], { quiet: true });
}
async function installPackagesData(ctx, input, liveDir) {
  const buildDir = buildDirOf(ctx, keyLabel(input.app, ctx.options));
  const dataDirs = [];
  for (const pkg of input.packages) {
    const packageDir = path26.join(buildDir, pkg.packageDir);
    const files = await expandDataFiles(packageDir, pkg.dataDir, pkg.dataFiles);
    if (files.length === 0) continue;
    const relDir = await dataDirOf(ctx, buildDir, pkg);
    const from = path26.join(packageDir, pkg.dataDir);
    for (const relPath of files) await copyEntry(path26.join(from, relPath), path26.join(liveDir, relDir, relPath), from);
    dataDirs.push(relDir);
    ctx.log.detail(`${files.length} data ${files.length === 1 ? "file" : "files"} of ${pkg.label} in ${path26.join(ctx.options.prefixPath, relDir)}`);
  }
  if (ctx.options.extraDataFiles.length > 0) dataDirs.push(await installExtraDataFiles(ctx, input.app, buildDir, liveDir));
  return [...new Set(dataDirs)];
}
async function installExtraDataFiles(ctx, app, buildDir, liveDir) {
  const files = await expandDataFiles(buildDir, "", ctx.options.extraDataFiles, {
    field: "HALCYON_EXTRA_DATA_FILES",
    remedy: "Fix HALCYON_EXTRA_DATA_FILES (or .halcyon/extra-data-files): patterns relative to the app's top directory, e.g. static/** or config/*.yaml."
  });
  const relDir = await dataDirOf(ctx, buildDir, app);
  for (const relPath of files) await copyEntry(path26.join(buildDir, relPath), path26.join(liveDir, relDir, relPath), buildDir);
  ctx.log.detail(`${files.length} extra data ${files.length === 1 ? "file" : "files"} (HALCYON_EXTRA_DATA_FILES) in ${path26.join(ctx.options.prefixPath, relDir)}`);
  return relDir;
}
async function dataDirOf(ctx, buildDir, pkg) {
  const compiled = await compiledDataDir(distDirOf(buildDir), pkg.name, pkg.label);
  if (compiled && isInside(compiled, ctx.options.prefixPath) && compiled !== ctx.options.prefixPath) return path26.relative(ctx.options.prefixPath, compiled);
  throw new HalcyonError("internal/data-dir-outside-prefix", `The Paths_ module of ${pkg.label} looks for its data files in ${compiled ?? "an unknown place"}, not under ${ctx.options.prefixPath}`, {
    remedy: "This cabal-install does not place data files as expected (CABAL_DIR as the prefix); please report it with the cabal version."
  });
}
async function installDependenciesData(ctx, dependencies, baseTree) {
  const base = ctx.options.basePath;
  const store = layerPaths(base).store;
  let copied = 0;
  for (const compilerDir of await readdir11(store, { withFileTypes: true }).catch(() => [])) {
    if (!compilerDir.isDirectory()) continue;
    for (const unit of dependencies) {
      const share = path26.join(store, compilerDir.name, unit.id, "share");
      if (!await exists(share)) continue;
      copied += await copyTree(share, path26.join(baseTree, path26.relative(base, share)), (rel) => rel === "doc" || rel.startsWith(`doc${path26.sep}`));
    }
  }
  return copied;
}
async function installOsLibraries(ctx, baseTree) {
  if (ctx.options.extraOsPackages.length === 0) return [];
  const base = ctx.options.basePath;
  const osRoot = layerPaths(base).os;
  const dirs = [];
  let copied = 0;
  for (const dir of libraryDirs(osRoot)) {
    const names = await readdir11(dir).catch(() => []);
    const libraries = names.filter(isSharedLibrary);
    for (const name of libraries) {
      if (!await stat2(path26.join(dir, name)).catch(() => void 0)) continue;
      await copyEntry(path26.join(dir, name), path26.join(baseTree, path26.relative(base, dir), name), osRoot);
      copied += 1;
    }
    if (libraries.length > 0) dirs.push(path26.relative(base, dir));
  }
  ctx.log.detail(`${copied} shared ${copied === 1 ? "library" : "libraries"} of the extra OS packages, where the executables' run path points`);
  return dirs;
}
async function readManifest(installDir) {
  const text2 = await readFile10(path26.join(installDir, MANIFEST_FILE), "utf8");
  return JSON.parse(text2);
}

// src/layers/os-packages.ts
import { rm as rm12 } from "node:fs/promises";

// src/os/apt.ts
import { mkdir as mkdir9, readdir as readdir12 } from "node:fs/promises";
import path27 from "node:path";
async function downloadDebs(exec, workDir, packages) {
  const state = path27.join(workDir, "state");
  const cache = path27.join(workDir, "cache");
  await mkdir9(path27.join(state, "lists", "partial"), { recursive: true });
  await mkdir9(path27.join(cache, "archives", "partial"), { recursive: true });
  const apt = ["-o", `Dir::State=${state}`, "-o", `Dir::Cache=${cache}`, "-o", "Debug::NoLocking=1", "-q"];
  const update = await exec("apt-get", [...apt, "update"], { quiet: true });
  if (update.exitCode === 127) {
    throw new HalcyonError("config/no-apt", "HALCYON_EXTRA_OS_PACKAGES is set, but this machine has no apt-get", {
      remedy: "Extra OS packages work on Debian and Ubuntu (every Heroku stack). Elsewhere, install the libraries yourself and unset HALCYON_EXTRA_OS_PACKAGES."
    });
  }
  if (update.exitCode !== 0) {
    throw new HalcyonError("download/apt-update", "apt-get update failed, so the extra OS packages cannot be fetched", { remedy: `Try again; apt said:
${update.tail}` });
  }
  const install = await exec("apt-get", [...apt, "-y", "--download-only", "--no-install-recommends", "--reinstall", "install", ...packages], { quiet: true });
  if (install.exitCode !== 0) throw installError(install.tail, packages);
  const archives = path27.join(cache, "archives");
  return (await readdir12(archives)).filter((name) => name.endsWith(".deb")).sort().map((name) => path27.join(archives, name));
}
function installError(output, packages) {
  const unknown = [...output.matchAll(/Unable to locate package (\S+)/g)].map((m) => m[1]).filter((name) => name !== void 0);
  const noCandidate = [...output.matchAll(/Package '?([^' ]+)'? has no installation candidate/g)].map((m) => m[1]).filter((name) => name !== void 0);
  const missing = [.../* @__PURE__ */ new Set([...unknown, ...noCandidate])];
  if (missing.length > 0) {
    return new HalcyonError("config/unknown-os-package", `HALCYON_EXTRA_OS_PACKAGES names ${missing.join(", ")}, which apt does not know on this stack`, {
      remedy: `Check the name${missing.length === 1 ? "" : "s"} (apt-cache search, or packages.ubuntu.com for the stack's release) and fix HALCYON_EXTRA_OS_PACKAGES (now: ${packages.join(" ")}).`
    });
  }
  return new HalcyonError("download/apt-download", `apt-get could not download ${packages.join(" ")}`, { remedy: `apt said:
${output}` });
}
async function unpackDebs(exec, debs, target) {
  await mkdir9(target, { recursive: true });
  for (const deb of debs) {
    const result = await exec("dpkg-deb", ["-x", deb, target], { quiet: true });
    if (result.exitCode !== 0) {
      throw new HalcyonError("download/dpkg-unpack", `Could not unpack ${path27.basename(deb)}`, { remedy: `Try again; dpkg-deb said:
${result.tail}` });
    }
  }
}

// src/layers/os-packages.ts
function osPackagesLayer(ctx) {
  const packages = ctx.options.extraOsPackages;
  if (packages.length === 0) return void 0;
  const liveDir = layerPaths(ctx.options.basePath).os;
  const namedInputs = { packages: packages.join(" "), platform: ctx.platform, base: liveDir };
  const inputs = digestInputs(namedInputs);
  const key = `${ctx.layerRoot}/halcyon-os-${inputs.slice(0, 12)}.tar.zst`;
  return {
    kind: "os",
    title: `OS packages: ${packages.join(" ")}`,
    liveDir,
    key,
    inputs,
    namedInputs,
    // apt downloads and dpkg-deb unpacks, in seconds: no dependency build, so a push that may
    // not build dependencies fetches it all the same rather than deploy the buildpack alone.
    isDependency: false,
    madeBy: "download",
    build: (buildCtx) => fetchPackages(buildCtx, packages, liveDir),
    // Another package set's archive: cleaning's retention keeps it while a recent deploy of any app needs it.
    supersedes: (other) => other !== key && new RegExp(`^${escapeRegExp(ctx.layerRoot)}/halcyon-os-[0-9a-f]{12}\\.tar\\.zst$`).test(other)
  };
}
async function fetchPackages(ctx, packages, liveDir) {
  const fresh = tempSibling(liveDir);
  await withCleanup(async () => {
    await withTempDir("apt", async (work) => {
      ctx.log.detail(`apt-get (download only): ${packages.join(" ")}`);
      const debs = await downloadDebs(ctx.exec, work, packages);
      ctx.log.detail(`unpacking ${debs.length} ${debs.length === 1 ? "package" : "packages"}: ${debs.map((d) => d.slice(d.lastIndexOf("/") + 1).replace(/_[^_]*\.deb$/, "")).join(", ")}`);
      await unpackDebs(ctx.exec, debs, fresh);
    });
    await relocateTree(fresh, liveDir);
    await replaceDirectory(fresh, liveDir);
  }, () => rm12(fresh, { recursive: true, force: true }));
}

// src/layers/registry.ts
var LAYERS = [
  {
    kind: "ghc",
    stage: "tools",
    keptInSlug: (paths) => paths.ghc,
    doc: { holds: "an official GHC binary distribution, installed at the base (or the system's GHC, not archived)", archive: "<platform>/halcyon-ghc-<version>.tar.zst" },
    environment: (paths) => [{ name: "PATH", prepend: [`${paths.ghc}/bin`] }],
    make: (ctx, { toolchain }) => ghcLayer(ctx, toolchain)
  },
  {
    kind: "cabal",
    stage: "tools",
    keptInSlug: (paths) => paths.cabal,
    doc: { holds: "cabal-install, its config and the package index (updated once a day)", archive: "<platform>/halcyon-cabal-<version>-<repo>-<date>.tar.zst" },
    environment: (paths) => [
      { name: "PATH", prepend: [`${paths.cabal}/bin`] },
      { name: "CABAL_DIR", value: paths.cabal }
    ],
    make: (ctx, { toolchain }) => cabalLayer(ctx, toolchain)
  },
  {
    kind: "os",
    stage: "tools",
    keptInSlug: (paths) => paths.os,
    doc: { holds: "HALCYON_EXTRA_OS_PACKAGES, unpacked from Debian/Ubuntu packages (before the plan: cabal's solver asks pkg-config); a download, so fetched even where dependencies may not be built", archive: "<platform>/halcyon-os-<hash>.tar.zst" },
    environment: (paths, options) => {
      if (options.extraOsPackages.length === 0) return [];
      const env = buildEnvironment(paths.os);
      return ["LIBRARY_PATH", "LD_LIBRARY_PATH", "PKG_CONFIG_PATH", "CPATH"].map((name) => ({ name, prepend: env[name].split(":") }));
    },
    make: (ctx) => osPackagesLayer(ctx)
  },
  {
    kind: "deps",
    stage: "planned",
    endsGoal: "restore",
    keptInSlug: (paths) => paths.store,
    doc: { holds: "the cabal store with every dependency, keyed by the resolved install plan", archive: "<platform>/ghc-<version>/halcyon-deps-<hash>-<app>.tar.zst (and .constraints)" },
    environment: () => [],
    make: (ctx, { app, appDir, toolchain, plan }) => plan ? depsLayer(ctx, { toolchain, plan, label: keyLabel(app, ctx.options), appDir }) : void 0
  },
  {
    kind: "build",
    stage: "planned",
    endsGoal: "build",
    doc: { holds: "the app's build directory (dist-newstyle), for incremental rebuilds", archive: "<platform>/ghc-<version>/halcyon-build-<app>.tar.zst" },
    environment: () => [],
    make: (ctx, { app, appDir, packages, toolchain, sourceHash, made }) => made.deps ? buildLayer(ctx, { toolchain, label: keyLabel(app, ctx.options), appDir, packageNames: packages.map((p) => p.name), sourceHash, depsInputs: made.deps.inputs }) : void 0
  },
  {
    kind: "install",
    stage: "final",
    doc: { holds: "the app's executables, its data files and its dependencies' (restored alone on a deploy)", archive: "<platform>/ghc-<version>/halcyon-install-<hash>-<app>.tar.zst" },
    environment: (_paths, options) => [
      { name: "PATH", prepend: [`${options.prefixPath}/bin`] },
      { name: "LIBRARY_PATH", prepend: [`${options.prefixPath}/lib`] },
      { name: "LD_LIBRARY_PATH", prepend: [`${options.prefixPath}/lib`] }
    ],
    make: (ctx, { app, appDir, packages, toolchain, sourceHash, plan, made }) => installLayer(ctx, {
      toolchain,
      app,
      appDir,
      packages,
      installInputs: installInputs(sourceHash, toolchain, ctx.options),
      dependencies: plan?.dependencies ?? [],
      builtFrom: Object.values(made).flatMap((layer) => layer && layer.kind !== "install" ? [...layer.key ? [layer.key] : [], ...layer.sidecars?.().map((s) => s.key) ?? []] : [])
    })
  }
];
function shellEnvironment(paths, options) {
  const merged = /* @__PURE__ */ new Map();
  for (const spec of [...LAYERS].reverse()) {
    for (const variable of spec.environment(paths, options)) {
      const entry = merged.get(variable.name) ?? { prepend: [] };
      entry.prepend.push(...variable.prepend ?? []);
      if (variable.value !== void 0) entry.value ??= variable.value;
      merged.set(variable.name, entry);
    }
  }
  return [...merged.entries()].map(([name, entry]) => ({ name, ...entry.prepend.length > 0 ? { prepend: entry.prepend } : {}, ...entry.value !== void 0 ? { value: entry.value } : {} }));
}

// src/engine/paths-snippet.ts
import path28 from "node:path";
function installTarget(options) {
  return path28.join(options.rootPath, options.prefixPath);
}
function pathsSnippet(options) {
  const variables = shellEnvironment(layerPaths(options.basePath), options);
  return `${[...renderShellEnvironment(variables, "override"), 'export LANG="${LANG:-C.UTF-8}"'].join("\n")}
`;
}
function renderShellEnvironment(variables, values) {
  return variables.map(({ name, prepend, value }) => {
    if (prepend) return name === "PATH" ? `export PATH="${prepend.join(":")}:$PATH"` : `export ${name}="${prepend.join(":")}\${${name}:+:$${name}}"`;
    return values === "default" ? `export ${name}="\${${name}:-${value ?? ""}}"` : `export ${name}="${value ?? ""}"`;
  });
}

// src/layers/rebuild.ts
function describeChange(before, after) {
  const changes = [];
  for (const name of /* @__PURE__ */ new Set([...Object.keys(after), ...Object.keys(before)])) {
    const old = before[name];
    const now = after[name];
    if (old === now) continue;
    if (old === void 0 || now === void 0) changes.push(`${name} ${old === void 0 ? "added" : "removed"}`);
    else if (old.includes("\n") || now.includes("\n")) changes.push(`${name}: ${listChange(old, now)}`);
    else if (/^[0-9a-f]{12,}$/.test(old) && /^[0-9a-f]{12,}$/.test(now)) changes.push(`${name} changed`);
    else changes.push(`${name} ${old} \u2192 ${now}`);
  }
  return changes.length > 0 ? changes.join("; ") : void 0;
}
function listChange(before, after) {
  const versions = (text2) => {
    const byName = /* @__PURE__ */ new Map();
    for (const line of text2.split("\n").filter(Boolean)) {
      const match = /^(.+)-(\d+(?:\.\d+)*)$/.exec(line);
      byName.set(match?.[1] ?? line, match?.[2] ?? "");
    }
    return byName;
  };
  const old = versions(before);
  const now = versions(after);
  const parts = [];
  for (const [name, version] of now) {
    const was = old.get(name);
    if (was === void 0) parts.push(`+${name}-${version}`);
    else if (was !== version) parts.push(`${name} ${was} \u2192 ${version}`);
  }
  for (const [name, version] of old) if (!now.has(name)) parts.push(`-${name}-${version}`);
  const shown = parts.slice(0, 5).join(", ");
  return parts.length > 5 ? `${shown} and ${parts.length - 5} more` : shown || "reordered";
}

// src/layers/resolve.ts
async function resolveLayer(ctx, layer) {
  const startedMs = Date.now();
  ctx.log.step(layer.title);
  if (layer.key === void 0) {
    await layer.build(ctx, void 0);
    return reportDone(ctx, startedMs, "system", 0, "from the system toolchain on PATH");
  }
  const key = layer.key;
  const found = await lookUp(ctx, layer, key);
  if (found && matches(layer, found)) {
    await writeSidecarsToCache(ctx, layer);
    return reportDone(ctx, startedMs, found.origin, found.sizeBytes, describeFound(layer, found));
  }
  const forbidden = ctx.options.noBuild || layer.isDependency && ctx.options.noBuildDependencies;
  const start = found ?? await restoreStartingPoint(ctx, layer, forbidden && layer.kind !== "cabal");
  if (start && matches(layer, start)) return adopt(ctx, layer, key, start, startedMs);
  if (forbidden) {
    if (start && layer.kind === "cabal") {
      ctx.log.detail("building is not allowed here, so it is used as it is");
      return reportDone(ctx, startedMs, start.origin, start.sizeBytes, `from ${start.from}: ${start.key}`);
    }
    throw new BuildNeededError(layer.title, forbiddenRemedy(ctx, found ? found.from : void 0), layer.unbuilt);
  }
  if (start) ctx.log.detail(`restored ${start.key} from ${start.from} as a start`);
  const rebuiltBecause = rebuildReason(ctx, layer, start);
  if (rebuiltBecause) ctx.log.detail(`${layer.madeBy === "download" ? "fetched again" : "rebuilt"}: ${rebuiltBecause}`);
  await layer.build(ctx, start?.tag);
  await writeTag(layer.liveDir, { key, inputs: layer.inputs, named: layer.namedInputs });
  const stats = await archiveToCache(ctx, layer, key);
  const durationMs = Date.now() - startedMs;
  ctx.log.detail(`${layer.madeBy === "download" ? "fetched, unpacked" : "built"} and archived: ${key} (${formatBytes(stats.sizeBytes)}, ${formatDuration(durationMs)})`);
  await uploadToPrivate(ctx, layer, key, stats);
  return { origin: "built", sizeBytes: stats.sizeBytes, durationMs, ...rebuiltBecause ? { rebuiltBecause } : {} };
}
async function restoreIfAvailable(ctx, layer) {
  if (layer.key === void 0) return void 0;
  const startedMs = Date.now();
  const found = await lookUp(ctx, layer, layer.key);
  if (!found || !matches(layer, found)) return void 0;
  ctx.log.step(layer.title);
  return reportDone(ctx, startedMs, found.origin, found.sizeBytes, describeFound(layer, found));
}
function describeFound(layer, found) {
  return found.origin === "live" ? `live directory ${layer.liveDir}` : `from ${found.from}: ${found.key}`;
}
function matches(layer, found) {
  return found.tag?.inputs === layer.inputs;
}
var extractedByRun = /* @__PURE__ */ new WeakMap();
function extractedIn(ctx) {
  let extracted = extractedByRun.get(ctx);
  if (!extracted) extractedByRun.set(ctx, extracted = { pairs: /* @__PURE__ */ new Set(), tagless: /* @__PURE__ */ new Set() });
  return extracted;
}
async function restoreOnce(ctx, store, key, liveDir) {
  const extracted = extractedIn(ctx);
  const pair = `${store.tier}\0${key}`;
  if (extracted.tagless.has(key) || extracted.pairs.has(pair)) return void 0;
  const stats = await restoreFromStore(ctx, store, key, liveDir);
  if (!stats) return void 0;
  extracted.pairs.add(pair);
  const tag = await readTag(liveDir);
  if (!tag) extracted.tagless.add(key);
  return { key, origin: store.tier, from: store.title, sizeBytes: stats.sizeBytes, tag };
}
var exactLookups = /* @__PURE__ */ new WeakMap();
function keysNotFound(ctx) {
  return new Set([...exactLookups.get(ctx) ?? /* @__PURE__ */ new Map()].filter(([, found]) => !found).map(([key]) => key));
}
async function lookUp(ctx, layer, key) {
  const found = await lookUpAnywhere(ctx, layer, key);
  const lookups = exactLookups.get(ctx) ?? /* @__PURE__ */ new Map();
  exactLookups.set(ctx, lookups.set(key, lookups.get(key) === true || found !== void 0 && matches(layer, found)));
  return found;
}
async function lookUpAnywhere(ctx, layer, key) {
  const live = await readTag(layer.liveDir);
  if (live?.key === key && live.inputs === layer.inputs) {
    ctx.cache.keep(key);
    return { key, origin: "live", from: "live directory", sizeBytes: await directorySize(layer.liveDir), tag: live };
  }
  let start;
  for (const store of lookupStores(ctx)) {
    const found = await restoreOnce(ctx, store, key, layer.liveDir);
    if (!found) continue;
    if (matches(layer, found)) return found;
    start = found;
  }
  return start;
}
async function restoreStartingPoint(ctx, layer, sameInputsOnly) {
  if (!layer.startingPoints) return void 0;
  const starts = await layer.startingPoints(ctx, { sameInputsOnly });
  for (const start of starts.slice(0, 3)) if (start.holds) ctx.log.detail(`candidate ${start.key}: ${describeStart(start)}`);
  for (const { key } of starts) {
    for (const store of lookupStores(ctx)) {
      const found = await restoreOnce(ctx, store, key, layer.liveDir);
      if (found) return found;
    }
  }
  return void 0;
}
async function adopt(ctx, layer, key, found, startedMs) {
  await writeTag(layer.liveDir, { key, inputs: layer.inputs, named: layer.namedInputs });
  const stats = await archiveToCache(ctx, layer, key);
  const done = reportDone(ctx, startedMs, found.origin, found.sizeBytes, `from ${found.from}: ${found.key} (same inputs; archived as ${key})`);
  await uploadToPrivate(ctx, layer, key, stats);
  return done;
}
function rebuildReason(ctx, layer, start) {
  const partial = start?.tag?.named?.[PARTIAL_INPUT];
  if (partial !== void 0) return `continuing a build stopped before its deadline (${partial} packages were built)`;
  const before = start?.tag?.named ?? ctx.previousRun?.layers.find((l) => l.kind === layer.kind)?.inputs;
  if (!before) return void 0;
  return describeChange(before, layer.namedInputs) ?? (start ? void 0 : "its archive is in no tier any more");
}
function describeStart(start) {
  if (start.sameInputs) return "same plan";
  return start.holds ? `${start.holds.done} of ${start.holds.of} ${start.holds.unit}` : "";
}
function forbiddenRemedy(ctx, sameKeyOtherInputsIn) {
  const where = "Build it where building is allowed, with the same private bucket configured, so its archive reaches this\nmachine: on Heroku, heroku run -s performance-l build; elsewhere, halcyon build (or install) on the build machine.";
  const here = ctx.options.noBuild ? "Or unset HALCYON_NO_BUILD." : "Or allow building here: HALCYON_NO_BUILD_DEPENDENCIES=0.";
  const older = sameKeyOtherInputsIn ? `
(${sameKeyOtherInputsIn} has an archive of it made from other inputs, e.g. an older source: a start, but building is needed.)` : "";
  return `${where}
${here}${older}`;
}
function reportDone(ctx, startedMs, origin, sizeBytes, what) {
  const durationMs = Date.now() - startedMs;
  ctx.log.detail(`${what} (${formatBytes(sizeBytes)}, ${formatDuration(durationMs)})`);
  return { origin, sizeBytes, durationMs };
}

// src/engine/pipeline.ts
import path29 from "node:path";
async function runPipeline(ctx, request) {
  const inputs = await appInputs(ctx, request.appDir);
  const { app, toolchain } = inputs;
  const layers = {};
  journalApp(ctx, app.label);
  const record = (layer, resolved) => {
    layers[layer.kind] = { ...resolved, key: layer.key, supersedes: layer.supersedes, layer };
    journalLayer(ctx, layer, resolved);
  };
  const target = request.goal === "install" ? finalLayer(ctx, inputs) : void 0;
  if (target?.key) journalTarget(ctx, { installKey: target.key, installInputs: target.inputs, installNamedInputs: target.namedInputs, source: inputs.sourceHash });
  if (target && request.fastPath !== false) {
    const fast = target;
    const found = await restoreIfAvailable(ctx, fast);
    if (found) {
      record(fast, found);
      const manifest2 = await deployInstall(ctx, fast.liveDir, request, toolchain);
      await keepBuiltFrom(ctx, manifest2);
      return { app, toolchain, layers, manifest: manifest2, fastPath: true };
    }
    if (ctx.options.noBuild) throw new BuildNeededError(fast.title, NO_INSTALL_ARCHIVE_REMEDY, { id: "build-needed/install-archive", message: `No install archive of this source is prebuilt, and nothing may be built here (HALCYON_NO_BUILD): ${fast.key ?? fast.title}` });
  }
  for (const spec of LAYERS) {
    if (spec.stage === "planned" && inputs.plan === void 0) inputs.plan = await computePlan(ctx, toolchain, request.appDir);
    const layer = spec.make(ctx, inputs);
    if (!layer) continue;
    inputs.made[spec.kind] = layer;
    record(layer, await resolveLayer(ctx, layer));
    if (spec.endsGoal === request.goal) return { app, toolchain, layers, manifest: void 0, fastPath: false };
  }
  if (inputs.made.build) await keepCredentialsOut(ctx, inputs.made.build);
  const installed = inputs.made.install;
  const manifest = installed ? await deployInstall(ctx, installed.liveDir, request, toolchain) : void 0;
  return { app, toolchain, layers, manifest, fastPath: false };
}
async function appInputs(ctx, appDir) {
  const app = await findAppPackage(appDir);
  ctx.log.step(`App ${app.label}, executable${app.executables.length === 1 ? "" : "s"} ${app.executables.join(", ")}`);
  const hooks = await checkHooks(appDir);
  if (hooks.length > 0) ctx.log.detail(`hooks: ${hooks.map((h2) => `.halcyon/${h2}`).join(", ")}`);
  return layerInputs(ctx, appDir, app);
}
async function layerInputs(ctx, appDir, app) {
  return {
    app: app ?? await findAppPackage(appDir),
    packages: await findLocalPackages(appDir),
    appDir,
    toolchain: await resolveToolchain({ options: ctx.options, exec: ctx.exec, appDir, platform: ctx.platform }),
    sourceHash: await hashSource(appDir, ctx.options.extraSourceHashIgnore),
    plan: void 0,
    made: {}
  };
}
function finalLayer(ctx, inputs) {
  const layer = LAYERS.find((spec) => spec.stage === "final")?.make(ctx, inputs);
  if (!layer) throw new HalcyonError("internal/no-final-layer", "The layer registry has no final layer");
  return layer;
}
async function resolvePlan(ctx, inputs) {
  for (const spec of LAYERS) {
    if (spec.stage !== "tools") continue;
    const layer = spec.make(ctx, inputs);
    if (!layer) continue;
    inputs.made[spec.kind] = layer;
    await resolveLayer(ctx, layer);
  }
  return computePlan(ctx, inputs.toolchain, inputs.appDir);
}
var NO_INSTALL_ARCHIVE_REMEDY = "Install this same source on the build machine, with the same private bucket and HALCYON_PREFIX: halcyon install\nuploads its install archive (halcyon build stops before it). On Heroku: heroku run -s performance-l build.\nThen run this again. Or unset HALCYON_NO_BUILD.";
async function keepBuiltFrom(ctx, manifest) {
  ctx.log.detail("fast path: the install layer needs no GHC, cabal or dependencies");
  const present = new Set((await ctx.cache.listAll()).map((o2) => o2.key));
  const absent = [];
  for (const key of manifest.builtFrom) {
    ctx.cache.keep(key);
    if (!key.endsWith(".tar.zst")) continue;
    if (present.has(key)) ctx.log.detail(`kept in cache: ${key}`);
    else absent.push(/(?:^|\/)halcyon-([a-z]+)-[^/]*$/.exec(key)?.[1] ?? key);
  }
  if (absent.length > 0 && !ctx.options.noBuild) ctx.log.detail(`not in the cache (fetched from storage when a source change needs them): ${absent.join(", ")}`);
}
async function deployInstall(ctx, installDir, request, toolchain) {
  const manifest = await copyInstall(installDir, request);
  const hook = { ...hookEnvironment(ctx, toolchain, manifest.label), appDir: request.appDir, cwd: request.installTarget, args: [request.appDir, request.installTarget] };
  await runHook("post-install-hook", hook);
  return manifest;
}
async function copyInstall(installDir, request) {
  const manifest = await readManifest(installDir);
  await copyTree(installDir, request.installTarget, (rel) => rel === TAG_FILE || rel === BASE_TREE);
  const baseTree = path29.join(installDir, BASE_TREE);
  if (await exists(baseTree)) await copyTree(baseTree, request.baseTarget(manifest.base));
  return manifest;
}

// src/util/exec.ts
import { createWriteStream as createWriteStream3, readFileSync as readFileSync3, readdirSync } from "node:fs";

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new StringDecoder(encoding);
  const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings : [...strings, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "\u2588",
  squareDarkShade: "\u2593",
  squareMediumShade: "\u2592",
  squareLightShade: "\u2591",
  squareTop: "\u2580",
  squareBottom: "\u2584",
  squareLeft: "\u258C",
  squareRight: "\u2590",
  squareCenter: "\u25A0",
  bullet: "\u25CF",
  dot: "\u2024",
  ellipsis: "\u2026",
  pointerSmall: "\u203A",
  triangleUp: "\u25B2",
  triangleUpSmall: "\u25B4",
  triangleDown: "\u25BC",
  triangleDownSmall: "\u25BE",
  triangleLeftSmall: "\u25C2",
  triangleRightSmall: "\u25B8",
  home: "\u2302",
  heart: "\u2665",
  musicNote: "\u266A",
  musicNoteBeamed: "\u266B",
  arrowUp: "\u2191",
  arrowDown: "\u2193",
  arrowLeft: "\u2190",
  arrowRight: "\u2192",
  arrowLeftRight: "\u2194",
  arrowUpDown: "\u2195",
  almostEqual: "\u2248",
  notEqual: "\u2260",
  lessOrEqual: "\u2264",
  greaterOrEqual: "\u2265",
  identical: "\u2261",
  infinity: "\u221E",
  subscriptZero: "\u2080",
  subscriptOne: "\u2081",
  subscriptTwo: "\u2082",
  subscriptThree: "\u2083",
  subscriptFour: "\u2084",
  subscriptFive: "\u2085",
  subscriptSix: "\u2086",
  subscriptSeven: "\u2087",
  subscriptEight: "\u2088",
  subscriptNine: "\u2089",
  oneHalf: "\xBD",
  oneThird: "\u2153",
  oneQuarter: "\xBC",
  oneFifth: "\u2155",
  oneSixth: "\u2159",
  oneEighth: "\u215B",
  twoThirds: "\u2154",
  twoFifths: "\u2156",
  threeQuarters: "\xBE",
  threeFifths: "\u2157",
  threeEighths: "\u215C",
  fourFifths: "\u2158",
  fiveSixths: "\u215A",
  fiveEighths: "\u215D",
  sevenEighths: "\u215E",
  line: "\u2500",
  lineBold: "\u2501",
  lineDouble: "\u2550",
  lineDashed0: "\u2504",
  lineDashed1: "\u2505",
  lineDashed2: "\u2508",
  lineDashed3: "\u2509",
  lineDashed4: "\u254C",
  lineDashed5: "\u254D",
  lineDashed6: "\u2574",
  lineDashed7: "\u2576",
  lineDashed8: "\u2578",
  lineDashed9: "\u257A",
  lineDashed10: "\u257C",
  lineDashed11: "\u257E",
  lineDashed12: "\u2212",
  lineDashed13: "\u2013",
  lineDashed14: "\u2010",
  lineDashed15: "\u2043",
  lineVertical: "\u2502",
  lineVerticalBold: "\u2503",
  lineVerticalDouble: "\u2551",
  lineVerticalDashed0: "\u2506",
  lineVerticalDashed1: "\u2507",
  lineVerticalDashed2: "\u250A",
  lineVerticalDashed3: "\u250B",
  lineVerticalDashed4: "\u254E",
  lineVerticalDashed5: "\u254F",
  lineVerticalDashed6: "\u2575",
  lineVerticalDashed7: "\u2577",
  lineVerticalDashed8: "\u2579",
  lineVerticalDashed9: "\u257B",
  lineVerticalDashed10: "\u257D",
  lineVerticalDashed11: "\u257F",
  lineDownLeft: "\u2510",
  lineDownLeftArc: "\u256E",
  lineDownBoldLeftBold: "\u2513",
  lineDownBoldLeft: "\u2512",
  lineDownLeftBold: "\u2511",
  lineDownDoubleLeftDouble: "\u2557",
  lineDownDoubleLeft: "\u2556",
  lineDownLeftDouble: "\u2555",
  lineDownRight: "\u250C",
  lineDownRightArc: "\u256D",
  lineDownBoldRightBold: "\u250F",
  lineDownBoldRight: "\u250E",
  lineDownRightBold: "\u250D",
  lineDownDoubleRightDouble: "\u2554",
  lineDownDoubleRight: "\u2553",
  lineDownRightDouble: "\u2552",
  lineUpLeft: "\u2518",
  lineUpLeftArc: "\u256F",
  lineUpBoldLeftBold: "\u251B",
  lineUpBoldLeft: "\u251A",
  lineUpLeftBold: "\u2519",
  lineUpDoubleLeftDouble: "\u255D",
  lineUpDoubleLeft: "\u255C",
  lineUpLeftDouble: "\u255B",
  lineUpRight: "\u2514",
  lineUpRightArc: "\u2570",
  lineUpBoldRightBold: "\u2517",
  lineUpBoldRight: "\u2516",
  lineUpRightBold: "\u2515",
  lineUpDoubleRightDouble: "\u255A",
  lineUpDoubleRight: "\u2559",
  lineUpRightDouble: "\u2558",
  lineUpDownLeft: "\u2524",
  lineUpBoldDownBoldLeftBold: "\u252B",
  lineUpBoldDownBoldLeft: "\u2528",
  lineUpDownLeftBold: "\u2525",
  lineUpBoldDownLeftBold: "\u2529",
  lineUpDownBoldLeftBold: "\u252A",
  lineUpDownBoldLeft: "\u2527",
  lineUpBoldDownLeft: "\u2526",
  lineUpDoubleDownDoubleLeftDouble: "\u2563",
  lineUpDoubleDownDoubleLeft: "\u2562",
  lineUpDownLeftDouble: "\u2561",
  lineUpDownRight: "\u251C",
  lineUpBoldDownBoldRightBold: "\u2523",
  lineUpBoldDownBoldRight: "\u2520",
  lineUpDownRightBold: "\u251D",
  lineUpBoldDownRightBold: "\u2521",
  lineUpDownBoldRightBold: "\u2522",
  lineUpDownBoldRight: "\u251F",
  lineUpBoldDownRight: "\u251E",
  lineUpDoubleDownDoubleRightDouble: "\u2560",
  lineUpDoubleDownDoubleRight: "\u255F",
  lineUpDownRightDouble: "\u255E",
  lineDownLeftRight: "\u252C",
  lineDownBoldLeftBoldRightBold: "\u2533",
  lineDownLeftBoldRightBold: "\u252F",
  lineDownBoldLeftRight: "\u2530",
  lineDownBoldLeftBoldRight: "\u2531",
  lineDownBoldLeftRightBold: "\u2532",
  lineDownLeftRightBold: "\u252E",
  lineDownLeftBoldRight: "\u252D",
  lineDownDoubleLeftDoubleRightDouble: "\u2566",
  lineDownDoubleLeftRight: "\u2565",
  lineDownLeftDoubleRightDouble: "\u2564",
  lineUpLeftRight: "\u2534",
  lineUpBoldLeftBoldRightBold: "\u253B",
  lineUpLeftBoldRightBold: "\u2537",
  lineUpBoldLeftRight: "\u2538",
  lineUpBoldLeftBoldRight: "\u2539",
  lineUpBoldLeftRightBold: "\u253A",
  lineUpLeftRightBold: "\u2536",
  lineUpLeftBoldRight: "\u2535",
  lineUpDoubleLeftDoubleRightDouble: "\u2569",
  lineUpDoubleLeftRight: "\u2568",
  lineUpLeftDoubleRightDouble: "\u2567",
  lineUpDownLeftRight: "\u253C",
  lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
  lineUpDownBoldLeftBoldRightBold: "\u2548",
  lineUpBoldDownLeftBoldRightBold: "\u2547",
  lineUpBoldDownBoldLeftRightBold: "\u254A",
  lineUpBoldDownBoldLeftBoldRight: "\u2549",
  lineUpBoldDownLeftRight: "\u2540",
  lineUpDownBoldLeftRight: "\u2541",
  lineUpDownLeftBoldRight: "\u253D",
  lineUpDownLeftRightBold: "\u253E",
  lineUpBoldDownBoldLeftRight: "\u2542",
  lineUpDownLeftBoldRightBold: "\u253F",
  lineUpBoldDownLeftBoldRight: "\u2543",
  lineUpBoldDownLeftRightBold: "\u2544",
  lineUpDownBoldLeftBoldRight: "\u2545",
  lineUpDownBoldLeftRightBold: "\u2546",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
  lineUpDoubleDownDoubleLeftRight: "\u256B",
  lineUpDownLeftDoubleRightDouble: "\u256A",
  lineCross: "\u2573",
  lineBackslash: "\u2572",
  lineSlash: "\u2571"
};
var specialMainSymbols = {
  tick: "\u2714",
  info: "\u2139",
  warning: "\u26A0",
  cross: "\u2718",
  squareSmall: "\u25FB",
  squareSmallFilled: "\u25FC",
  circle: "\u25EF",
  circleFilled: "\u25C9",
  circleDotted: "\u25CC",
  circleDouble: "\u25CE",
  circleCircle: "\u24DE",
  circleCross: "\u24E7",
  circlePipe: "\u24BE",
  radioOn: "\u25C9",
  radioOff: "\u25EF",
  checkboxOn: "\u2612",
  checkboxOff: "\u2610",
  checkboxCircleOn: "\u24E7",
  checkboxCircleOff: "\u24BE",
  pointer: "\u276F",
  triangleUpOutline: "\u25B3",
  triangleLeft: "\u25C0",
  triangleRight: "\u25B6",
  lozenge: "\u25C6",
  lozengeOutline: "\u25C7",
  hamburger: "\u2630",
  smiley: "\u32E1",
  mustache: "\u0DF4",
  star: "\u2605",
  play: "\u25B6",
  nodejs: "\u2B22",
  oneSeventh: "\u2150",
  oneNinth: "\u2151",
  oneTenth: "\u2152"
};
var specialFallbackSymbols = {
  tick: "\u221A",
  info: "i",
  warning: "\u203C",
  cross: "\xD7",
  squareSmall: "\u25A1",
  squareSmallFilled: "\u25A0",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(\u25CB)",
  circleCross: "(\xD7)",
  circlePipe: "(\u2502)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[\xD7]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(\xD7)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "\u2206",
  triangleLeft: "\u25C4",
  triangleRight: "\u25BA",
  lozenge: "\u2666",
  lozengeOutline: "\u25CA",
  hamburger: "\u2261",
  smiley: "\u263A",
  mustache: "\u250C\u2500\u2510",
  star: "\u2736",
  play: "\u25BA",
  nodejs: "\u2666",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field, padding) => String(field).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path34 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path31 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path30 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path30.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path30.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path31.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path31.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path31.delimiter ? `${result.join(path31.delimiter)}${pathOption}` : [...result, pathOption].join(path31.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path31.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path31.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants4 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants as constants2 } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name]: constantSignal }
  } = constants2;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => constants3.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants4.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants4.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants4.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants4.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants4.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve, reject) => {
    Object.assign(methods, { resolve, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await setTimeout3(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path32 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path32.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path32.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path33 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path33.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process6.platform === "win32" && path34.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode !== void 0) {
    return `Command failed with exit code ${exitCode}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array(readFileSync(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync2(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync2(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform as Transform2, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start = end;
    }
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform2({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path35, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path35 === "string" ? path35 : path35.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path35, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync(path35, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = process8;
  const isSubprocess = true;
  const ipc = process8.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable as Readable2,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable2({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream as createReadStream3, createWriteStream as createWriteStream2 } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable3, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = Duplex2.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createReadStream3(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream3(file) }),
    webStream: ({ value }) => ({ stream: Readable3.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: Readable3.from(value) }),
    asyncIterable: ({ value }) => ({ stream: Readable3.from(value) }),
    string: ({ value }) => ({ stream: Readable3.from(value) }),
    uint8Array: ({ value }) => ({ stream: Readable3.from(Buffer4.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream2(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream2(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list = this.listeners[ev];
    const i2 = list.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list.length === 1) {
      list.length = 0;
    } else {
      list.splice(i2, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count2 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count2 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count2) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
  try {
    if (readableObjectMode || lines) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished5(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines[1] || lines[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve = promise.resolve.bind(promise);
  return { resolve, promises };
};
var waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
  resolve();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable4 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable4({
    read,
    destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new Writable3({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify3(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/util/exec.ts
var TAIL_LINES = 60;
function createExec(log, environment) {
  const baseEnv = withoutStorageSecrets(environment);
  return async (file, args, options = {}) => {
    const tail = [];
    const logFile = options.logFile ? createWriteStream3(options.logFile, { flags: "a" }) : void 0;
    const child = execa(file, [...args], {
      cwd: options.cwd,
      env: { ...baseEnv, ...options.env, ...pathOverride(baseEnv, options.prependPath) },
      extendEnv: false,
      all: true,
      reject: false,
      stdin: "ignore",
      buffer: { stdout: true, stderr: false, all: false },
      maxBuffer: 64 * 1024 * 1024
    });
    const stopping = options.signal ? stopOnAbort(child, options.signal) : void 0;
    const forget = onInterrupt(() => child.pid !== void 0 && killTree(child.pid, "SIGTERM"));
    for await (const line of child.iterable({ from: "all" })) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      logFile?.write(`${line}
`);
      if (options.onLine) options.onLine(line);
      else if (!options.quiet) log.detail(line);
    }
    const result = await child;
    forget();
    stopping?.dispose();
    if (logFile) await new Promise((resolve) => logFile.end(resolve));
    const notFound = result.failed && result.exitCode === void 0 && !stopping?.stopped;
    if (notFound) tail.push(result.shortMessage ?? `${file}: command not found`);
    return { exitCode: result.exitCode ?? (stopping?.stopped ? 143 : 127), stdout: typeof result.stdout === "string" ? result.stdout : "", tail: tail.join("\n"), stopped: stopping?.stopped ?? false };
  };
}
var STOP_GRACE_MS = 1e4;
function stopOnAbort(child, signal) {
  let stopped = false;
  let forceTimer;
  const onAbort = () => {
    stopped = true;
    if (child.pid === void 0) return;
    const pid = child.pid;
    killTree(pid, "SIGTERM");
    forceTimer = setTimeout(() => killTree(pid, "SIGKILL"), STOP_GRACE_MS);
    forceTimer.unref();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  return {
    get stopped() {
      return stopped;
    },
    dispose() {
      signal.removeEventListener("abort", onAbort);
      if (forceTimer) clearTimeout(forceTimer);
    }
  };
}
function killTree(rootPid, name) {
  for (const pid of [rootPid, ...descendantsOf(rootPid)]) {
    try {
      process.kill(pid, name);
    } catch {
    }
  }
}
function descendantsOf(rootPid) {
  const children = /* @__PURE__ */ new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat3;
    try {
      stat3 = readFileSync3(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const ppid = Number(stat3.slice(stat3.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...children.get(ppid) ?? [], Number(name)]);
  }
  const found = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop() ?? -1) ?? []) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}
function withoutStorageSecrets(environment) {
  const env = { ...environment };
  for (const name of STORAGE_SECRETS) delete env[name];
  return env;
}
var STORAGE_SECRETS = ["HALCYON_AWS_ACCESS_KEY_ID", "HALCYON_AWS_SECRET_ACCESS_KEY"];
function pathOverride(baseEnv, dirs) {
  if (!dirs || dirs.length === 0) return {};
  return { PATH: [...dirs, baseEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin"].join(":") };
}

export {
  magicFileLayer,
  unknownVariablesWarning,
  layerPaths,
  sweepKilledRuns,
  announceStorage,
  detectPlatform,
  journalLayer,
  journaled,
  VERSION,
  runRecord,
  endingError,
  writeBuildData,
  createRunContext,
  makeTempDir,
  appBuildInvocation,
  cabalBuildArgs,
  computePlan,
  constraintLines,
  TAG_FILE,
  readTag,
  buildDirOf,
  distDirOf,
  lookupStores,
  findAppPackage,
  directorySize,
  keyLabel,
  LAYERS,
  shellEnvironment,
  installTarget,
  pathsSnippet,
  renderShellEnvironment,
  restoreIfAvailable,
  keysNotFound,
  describeStart,
  runPipeline,
  appInputs,
  layerInputs,
  resolvePlan,
  copyInstall,
  createExec
};
