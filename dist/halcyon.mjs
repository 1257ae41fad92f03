import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  Logger
} from "./chunk-GZYYE4GQ.mjs";
import {
  runInterruptCleanups
} from "./chunk-K36WU7B4.mjs";
import {
  HalcyonError,
  unexpectedError
} from "./chunk-IXRDPPGN.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/main.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
var sink = {
  stdout: (line) => process.stdout.write(`${line}
`),
  stderr: (line) => process.stderr.write(`${line}
`)
};
function processEnv() {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== void 0) env[name] = value;
  return env;
}
function buildpackDir() {
  return path.dirname(path.dirname(fileURLToPath(import.meta.url)));
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
var DATA_COMMANDS = /* @__PURE__ */ new Set(["label", "executable", "constraints", "paths", "plan", "help"]);
async function halcyonCommand(argv, log) {
  const { parseArgs } = await import("./chunk-2NNUCPXA.mjs");
  const { runHalcyon } = await import("./chunk-6QJW3BM4.mjs");
  const args = parseArgs(argv);
  const quietLog = DATA_COMMANDS.has(args.command ?? "help") ? new Logger({ stdout: sink.stderr, stderr: sink.stderr }) : log;
  return runHalcyon(args, { env: processEnv(), cwd: process.cwd(), print: (text) => process.stdout.write(text) }, quietLog);
}
async function main(argv) {
  const [command, ...args] = argv;
  const log = new Logger(sink);
  try {
    switch (command) {
      case "heroku-compile":
      case "heroku-test-compile": {
        const [buildDir, cacheDir, envDir] = args;
        const shim = command === "heroku-compile" ? "compile" : "test-compile";
        if (!buildDir || !cacheDir) throw new HalcyonError("config/usage", `usage: bin/${shim} BUILD_DIR CACHE_DIR [ENV_DIR]`);
        const { herokuCompile } = await import("./chunk-Y4M6CWVR.mjs");
        return await herokuCompile(
          {
            buildDir: path.resolve(buildDir),
            cacheDir: path.resolve(cacheDir),
            envDir: envDir ? path.resolve(envDir) : void 0,
            buildpackDir: buildpackDir(),
            processEnv: processEnv(),
            tests: command === "heroku-test-compile"
          },
          log
        );
      }
      case "heroku-build": {
        const { herokuBuild } = await import("./chunk-GN4V3GKI.mjs");
        return await herokuBuild({ buildpackDir: buildpackDir(), processEnv: processEnv() }, log);
      }
      case "heroku-restore": {
        const { herokuRestore } = await import("./chunk-GN4V3GKI.mjs");
        return await herokuRestore({ buildpackDir: buildpackDir(), processEnv: processEnv() }, log);
      }
      case "archive": {
        const { archiveCommand } = await import("./chunk-YCGJNFSA.mjs");
        return await archiveCommand(args, processEnv(), new Logger({ stdout: sink.stderr, stderr: sink.stderr }));
      }
      default:
        return await halcyonCommand(argv, log);
    }
  } catch (caught) {
    const error = withoutWorkingDirectory(caught) ?? caught;
    if (error instanceof HalcyonError) {
      log.error(error.message, error.remedy, error.id);
      return error.exitCode;
    }
    const unexpected = unexpectedError(error);
    log.error(`Internal error: ${unexpected.message}`, unexpected.remedy, unexpected.id);
    if (error instanceof Error && error.stack) log.trace(error.stack);
    return 1;
  }
}
function withoutWorkingDirectory(error) {
  const { code, syscall } = typeof error === "object" && error !== null ? error : {};
  if (code !== "ENOENT" || syscall !== "uv_cwd") return void 0;
  return new HalcyonError("config/no-working-directory", "The current directory no longer exists: it was removed after the shell entered it", {
    remedy: 'cd to a directory that exists (cd "$PWD" if it was made again), or give absolute paths, and run the command again.'
  });
}
var STOP_SIGNALS = [["SIGHUP", 129], ["SIGINT", 130], ["SIGTERM", 143]];
for (const [signal, exitCode] of STOP_SIGNALS) {
  process.once(signal, () => {
    const undone = runInterruptCleanups();
    process.stderr.write(` !     Stopped (${signal})${undone ? "; what was being written was removed" : ""}.
`);
    process.exit(exitCode);
  });
}
var result = await main(process.argv.slice(2));
for (const [signal] of STOP_SIGNALS) {
  process.removeAllListeners(signal);
  process.on(signal, () => process.exit(result));
}
process.exitCode = result;
