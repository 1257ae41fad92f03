import { readFile } from 'node:fs/promises';
import os from 'node:os';

/**
 * `linux-ubuntu-24.04-x86_64`: the first segment of every archive key, because a GHC or a
 * cabal store built on one distribution release is not safe to restore on another.
 */
export async function detectPlatform(osReleasePath = '/etc/os-release'): Promise<string> {
  const fields = parseOsRelease(await readFile(osReleasePath, 'utf8').catch(() => ''));
  const distro = (fields.get('ID') ?? 'unknown').toLowerCase();
  const version = fields.get('VERSION_ID') ?? 'unknown';
  return `${os.platform()}-${distro}-${version}-${archName(os.arch())}`;
}

function archName(nodeArch: string): string {
  if (nodeArch === 'x64') return 'x86_64';
  if (nodeArch === 'arm64') return 'aarch64';
  return nodeArch;
}

function parseOsRelease(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) fields.set(match[1], match[2].replace(/^["']|["']$/g, ''));
  }
  return fields;
}
