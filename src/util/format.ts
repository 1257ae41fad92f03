const UNITS = ['kB', 'MB', 'GB', 'TB'] as const;

/**
 * Sizes in SI units (1 kB = 1000 B, 1 MB = 1000 kB), as disks and links are measured: one
 * system in every message, so 330.3 million bytes are "330 MB", never "315 MB".
 */
export function formatBytes(sizeBytes: number): string {
  if (sizeBytes < 999.5) return `${Math.round(sizeBytes)} B`;
  let value = sizeBytes / 1000;
  let unit = 0;
  // 999.6 kB would print as "1000 kB": it is "1.0 MB".
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 9.95 ? 1 : 0)} ${UNITS[unit] ?? ''}`;
}

export function formatDuration(durationMs: number): string {
  if (durationMs < 60_000) return `${(durationMs / 1000).toFixed(1)} s`;
  const minutes = Math.floor(durationMs / 60_000);
  const seconds = Math.round((durationMs % 60_000) / 1000);
  return `${minutes} min ${seconds} s`;
}
