import type { NamedInputs } from './layer.ts';

/**
 * Why a layer is rebuilt, in one line, from the named inputs of the earlier one and of this
 * one: `GHC 9.8.4 → 9.10.3`, `constraints: aeson 2.0.3.0 → 2.1.0.0, +vault-0.3.1.5`,
 * `source changed`. Undefined when nothing named differs (the earlier one predates named inputs).
 */
export function describeChange(before: NamedInputs, after: NamedInputs): string | undefined {
  const changes: string[] = [];
  for (const name of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const old = before[name];
    const now = after[name];
    if (old === now) continue;
    if (old === undefined || now === undefined) changes.push(`${name} ${old === undefined ? 'added' : 'removed'}`);
    else if (old.includes('\n') || now.includes('\n')) changes.push(`${name}: ${listChange(old, now)}`);
    else if (/^[0-9a-f]{12,}$/.test(old) && /^[0-9a-f]{12,}$/.test(now)) changes.push(`${name} changed`);
    else changes.push(`${name} ${old} → ${now}`);
  }
  return changes.length > 0 ? changes.join('; ') : undefined;
}

/** name-version lines: a version changed, a package added or removed. At most a few named, then a count. */
function listChange(before: string, after: string): string {
  const versions = (text: string): Map<string, string> => {
    const byName = new Map<string, string>();
    for (const line of text.split('\n').filter(Boolean)) {
      const match = /^(.+)-(\d+(?:\.\d+)*)$/.exec(line);
      byName.set(match?.[1] ?? line, match?.[2] ?? '');
    }
    return byName;
  };
  const old = versions(before);
  const now = versions(after);
  const parts: string[] = [];
  for (const [name, version] of now) {
    const was = old.get(name);
    if (was === undefined) parts.push(`+${name}-${version}`);
    else if (was !== version) parts.push(`${name} ${was} → ${version}`);
  }
  for (const [name, version] of old) if (!now.has(name)) parts.push(`-${name}-${version}`);
  const shown = parts.slice(0, 5).join(', ');
  return parts.length > 5 ? `${shown} and ${parts.length - 5} more` : shown || 'reordered';
}
