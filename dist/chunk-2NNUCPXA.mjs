import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  VARIABLES,
  flagName
} from "./chunk-AJ3HSWEX.mjs";
import {
  HalcyonError
} from "./chunk-IXRDPPGN.mjs";
import "./chunk-I6IKL4X6.mjs";

// src/cli/args.ts
import { parseArgs as parseArgv } from "node:util";
function flagTable() {
  const table = /* @__PURE__ */ new Map();
  for (const spec of VARIABLES) {
    if (spec.shimOnly) continue;
    for (const name of [spec.name, ...spec.aliases ?? []]) table.set(flagName(name).slice(2), { spec, name });
  }
  return table;
}
function parseArgs(argv) {
  const table = flagTable();
  const options = { help: { type: "boolean", short: "h" } };
  for (const flag of table.keys()) options[flag] = { type: "string" };
  const expanded = argv.map((arg) => table.get(arg.slice(2))?.spec.kind === "boolean" && arg.startsWith("--") ? `${arg}=1` : arg);
  let parsed;
  try {
    parsed = parseArgv({ args: expanded, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw argumentError(error, table);
  }
  const flags = {};
  const flagNames = /* @__PURE__ */ new Map();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option" || token.name === "help") continue;
    const entry = table.get(token.name);
    if (!entry || token.value === void 0) continue;
    flags[entry.name] = token.value;
    flagNames.set(entry.name, `--${token.name}`);
  }
  const positional = [...parsed.values.help === true ? ["help"] : [], ...parsed.positionals];
  const [command, ...rest] = positional;
  return { command, positional: rest, flags, flagNames };
}
function argumentError(error, table) {
  const code = error.code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const spec = table.get(flag.replace(/^-+/, "").split(" ")[0] ?? "")?.spec;
    return new HalcyonError("config/option-needs-value", `Option ${flag} needs a value`, { remedy: `Write ${flag}=VALUE.${spec ? ` ${spec.doc}` : ""}` });
  }
  return new HalcyonError("config/unknown-option", `Unknown option ${flag || message}`, { remedy: "Run `halcyon help` for the options; every variable HALCYON_X is the option --x." });
}
export {
  parseArgs
};
