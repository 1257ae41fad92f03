import { VARIABLES, lookupVar, type VarSpec } from './schema.ts';

export interface UnknownVariable {
  readonly name: string;
  /** The known name it most likely meant, when one is close. */
  readonly closest: string | undefined;
}

/** HALCYON_ names the schema does not know (a misspelt HALCYON_NO_UPLOAD allows writes), each with the likeliest meant one. */
export function unknownVariables(names: Iterable<string>): UnknownVariable[] {
  const known = (VARIABLES as readonly VarSpec[]).flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
  const unknown: UnknownVariable[] = [];
  for (const name of names) {
    if (!name.startsWith('HALCYON_') || name.startsWith('HALCYON_INTERNAL_') || lookupVar(name)) continue;
    unknown.push({ name, closest: closestName(name, known) });
  }
  return unknown;
}

/** The warning, in the words the log uses; undefined when every name is known. */
export function unknownVariablesWarning(names: Iterable<string>, where: string): { message: string; remedy: string } | undefined {
  const unknown = unknownVariables(names);
  if (unknown.length === 0) return undefined;
  const described = unknown.map((u) => (u.closest ? `${u.name} (did you mean ${u.closest}?)` : u.name));
  return {
    message: `Unknown variable${unknown.length === 1 ? '' : 's'} in the ${where}: ${described.join(', ')}`,
    remedy: 'Unknown variables are ignored: fix the name (docs/reference.md lists them all), or unset it.',
  };
}

function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 5)) ? best.name : undefined;
}

/** Levenshtein distance, with a transposition counting as one edit (UPLAOD → UPLOAD). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}
