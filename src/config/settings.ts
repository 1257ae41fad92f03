import { HalcyonError } from '../errors.ts';
import { lookupVar, type VarName, type VarSpec } from './schema.ts';

/** Where a value came from, highest precedence first. */
export type SettingSource = 'flag' | 'env' | 'config var' | 'magic file' | '.env';

export interface SettingValue {
  readonly value: string;
  readonly source: SettingSource;
  /** The name it was given under (an alias, or `--flag`, or `.halcyon/file`). */
  readonly givenAs: string;
}

export interface SettingLayer {
  readonly source: SettingSource;
  /** Names are HALCYON_* variable names or aliases; other names are ignored. */
  readonly vars: Readonly<Record<string, string | undefined>>;
  /** How to show a name from this layer in messages (e.g. `--no-upload`). */
  readonly describe?: (name: string) => string;
}

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on']);
const FALSE_VALUES = new Set(['0', 'false', 'no', 'off', '']);

/** The validated values of every known variable; unknown names never get here. */
export class Settings {
  constructor(private readonly values: ReadonlyMap<VarName, SettingValue>) {}

  get(name: VarName): SettingValue | undefined {
    return this.values.get(name);
  }

  string(name: VarName): string | undefined {
    const value = this.values.get(name)?.value;
    return value === undefined || value === '' ? undefined : value;
  }

  bool(name: VarName, fallback = false): boolean {
    const value = this.values.get(name)?.value;
    return value === undefined ? fallback : TRUE_VALUES.has(value.toLowerCase());
  }

  /** How messages name where a value came from: `HALCYON_GHC_VERSION (config var)`, `.halcyon/ghc-version`, `--ghc-version`. */
  describe(name: VarName): string {
    const value = this.values.get(name);
    if (!value) return name;
    return value.source === 'env' || value.source === 'config var' ? `${value.givenAs} (${value.source === 'env' ? 'environment' : 'config var'})` : value.givenAs;
  }

  /** Milliseconds, for a `duration` variable. */
  durationMs(name: VarName): number | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : parseDurationMs(value);
  }

  integer(name: VarName): number | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : Number(value);
  }

  entries(): [VarName, SettingValue][] {
    return [...this.values.entries()];
  }
}

/** Merges layers given highest precedence first; the first layer that names a variable wins. */
export function resolveSettings(layers: readonly SettingLayer[]): Settings {
  const values = new Map<VarName, SettingValue>();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer.vars)) {
      if (value === undefined) continue;
      const spec = lookupVar(name);
      if (!spec || values.has(spec.name as VarName)) continue;
      const givenAs = layer.describe ? layer.describe(name) : name;
      validate(spec, value, givenAs);
      values.set(spec.name as VarName, { value: value.trim(), source: layer.source, givenAs });
    }
  }
  return new Settings(values);
}

function validate(spec: VarSpec, raw: string, givenAs: string): void {
  const value = raw.trim().toLowerCase();
  if (spec.kind === 'boolean' && !TRUE_VALUES.has(value) && !FALSE_VALUES.has(value)) {
    throw new HalcyonError('config/not-a-boolean', `${givenAs} is set to "${raw.trim()}", which is not a boolean`, {
      remedy: `Set ${spec.name} to 1 (or true) or 0 (or false).`,
    });
  }
  if (spec.kind === 'enum' && spec.values && !spec.values.includes(raw.trim())) {
    throw new HalcyonError('config/not-accepted', `${givenAs} is set to "${raw.trim()}", which is not accepted`, {
      remedy: `Set ${spec.name} to one of: ${spec.values.join(', ')}.`,
    });
  }
  if (spec.kind === 'integer') {
    const [min, max] = spec.range ?? [0, Number.MAX_SAFE_INTEGER];
    const number = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (!(number >= min && number <= max)) {
      throw new HalcyonError('config/not-a-number', `${givenAs} is set to "${raw.trim()}", which is not a whole number from ${min} to ${max}`, {
        remedy: `Set ${spec.name} to a whole number from ${min} to ${max}, or unset it for the default (${spec.defaultText}).`,
      });
    }
  }
  if (spec.kind === 'duration' && raw.trim() !== '' && parseDurationMs(raw.trim()) === undefined) {
    // A bare number would be read as seconds by some and minutes by others: its unit is asked for.
    const bare = /^\d+$/.test(raw.trim()) && Number(raw.trim()) >= 1;
    throw new HalcyonError('config/not-a-duration', `${givenAs} is set to "${raw.trim()}", which is not a duration${bare ? ': it has no unit' : ''}`, {
      remedy: bare
        ? `Give its unit: ${raw.trim()}m for minutes, ${raw.trim()}s for seconds (or hours, as in 1h30m).`
        : `Set ${spec.name} to a duration of at least one second: seconds, minutes, hours and days, such as 90s, 20m, 1h30m or 7d.`,
    });
  }
  if (spec.kind === 'path' && raw.trim() !== '' && !raw.trim().startsWith('/')) {
    throw new HalcyonError('config/not-an-absolute-path', `${givenAs} is set to "${raw.trim()}", which is not an absolute path`, {
      remedy: `Set ${spec.name} to an absolute path.`,
    });
  }
}

const DURATION_UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** `90s`, `20m`, `1h30m`, `7d`: milliseconds, or undefined if it is not one (a bare number has no unit) or is under a second. */
export function parseDurationMs(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (!/^(\d+d)?(\d+h)?(\d+m)?(\d+s)?$/.test(trimmed) || trimmed === '') return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([dhms])/g)) total += Number(amount) * (DURATION_UNIT_MS[unit ?? 's'] ?? 0);
  return total >= 1000 ? total : undefined;
}
