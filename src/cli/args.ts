import { parseArgs as parseArgv, type ParseArgsConfig } from 'node:util';
import { HalcyonError } from '../errors.ts';
import { VARIABLES, flagName, type VarSpec } from '../config/schema.ts';

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  /** Variable name → value, from `--kebab-case` flags. */
  readonly flags: Readonly<Record<string, string>>;
  /** How each variable was written on the command line, for error messages. */
  readonly flagNames: ReadonlyMap<string, string>;
}

/** Every variable HALCYON_X (and each older name) is the option --x; the shims' own are not options. */
function flagTable(): Map<string, { spec: VarSpec; name: string }> {
  const table = new Map<string, { spec: VarSpec; name: string }>();
  for (const spec of VARIABLES as readonly VarSpec[]) {
    if (spec.shimOnly) continue;
    for (const name of [spec.name, ...(spec.aliases ?? [])]) table.set(flagName(name).slice(2), { spec, name });
  }
  return table;
}

/**
 * The halcyon command line, parsed by Node's util.parseArgs with the options the schema
 * generates. A boolean option alone means 1 (`--no-upload`), and takes a value too
 * (`--no-upload=0`): util.parseArgs has no optional values, so a lone boolean option is
 * written out as `=1` first.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const table = flagTable();
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const flag of table.keys()) options[flag] = { type: 'string' };
  const expanded = argv.map((arg) => (table.get(arg.slice(2))?.spec.kind === 'boolean' && arg.startsWith('--') ? `${arg}=1` : arg));
  let parsed: ReturnType<typeof parseArgv>;
  try {
    parsed = parseArgv({ args: expanded, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw argumentError(error, table);
  }
  const flags: Record<string, string> = {};
  const flagNames = new Map<string, string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || token.name === 'help') continue;
    const entry = table.get(token.name);
    if (!entry || token.value === undefined) continue;
    flags[entry.name] = token.value;
    flagNames.set(entry.name, `--${token.name}`);
  }
  const positional = [...(parsed.values.help === true ? ['help'] : []), ...parsed.positionals];
  const [command, ...rest] = positional;
  return { command, positional: rest, flags, flagNames };
}

/** util.parseArgs's errors, as the user would fix them. */
function argumentError(error: unknown, table: ReadonlyMap<string, { spec: VarSpec }>): HalcyonError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const spec = table.get(flag.replace(/^-+/, '').split(' ')[0] ?? '')?.spec;
    return new HalcyonError('config/option-needs-value', `Option ${flag} needs a value`, { remedy: `Write ${flag}=VALUE.${spec ? ` ${spec.doc}` : ''}` });
  }
  return new HalcyonError('config/unknown-option', `Unknown option ${flag || message}`, { remedy: 'Run `halcyon help` for the options; every variable HALCYON_X is the option --x.' });
}
