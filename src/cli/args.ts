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


function flagTable(): Map<string, { spec: VarSpec; name: string }> {
  const table = new Map<string, { spec: VarSpec; name: string }>();
  for (const spec of VARIABLES as readonly VarSpec[]) {
    if (spec.shimOnly) continue;
    for (const name of [spec.name, ...(spec.aliases ?? [])]) table.set(flagName(name), { spec, name });
  }
  return table;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const table = flagTable();
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  const flagNames = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      positional.unshift('help');
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const entry = table.get(flag);
    if (!entry) {
      throw new HalcyonError('config/unknown-option', `Unknown option ${flag}`, { remedy: 'Run `halcyon help` for the options; every variable HALCYON_X is the option --x.' });
    }
    let value = inline;
    if (value === undefined) {
      if (entry.spec.kind === 'boolean') value = '1';
      else {
        value = argv[i + 1];
        i += 1;
        if (value === undefined || value.startsWith('--')) {
          throw new HalcyonError('config/option-needs-value', `Option ${flag} needs a value`, { remedy: `Write ${flag}=VALUE. ${entry.spec.doc}` });
        }
      }
    }
    flags[entry.name] = value;
    flagNames.set(entry.name, flag);
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, flags, flagNames };
}
