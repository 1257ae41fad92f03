import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { Exec } from '../util/exec.ts';

/**
 * Downloads Debian/Ubuntu packages the way heroku-buildpack-apt does, without root and
 * without touching the system: apt's own state and cache live in `workDir`, the system's
 * sources and dpkg status are only read. The named packages are fetched even when the
 * machine has them (a build machine has more than a runtime dyno); their dependencies only
 * when the machine lacks them.
 */
export async function downloadDebs(exec: Exec, workDir: string, packages: readonly string[]): Promise<string[]> {
  const state = path.join(workDir, 'state');
  const cache = path.join(workDir, 'cache');
  await mkdir(path.join(state, 'lists', 'partial'), { recursive: true });
  await mkdir(path.join(cache, 'archives', 'partial'), { recursive: true });
  const apt = ['-o', `Dir::State=${state}`, '-o', `Dir::Cache=${cache}`, '-o', 'Debug::NoLocking=1', '-q'];
  const update = await exec('apt-get', [...apt, 'update'], { quiet: true });
  if (update.exitCode === 127) {
    throw new HalcyonError('config/no-apt', 'HALCYON_EXTRA_OS_PACKAGES is set, but this machine has no apt-get', {
      remedy: 'Extra OS packages work on Debian and Ubuntu (every Heroku stack). Elsewhere, install the libraries yourself and unset HALCYON_EXTRA_OS_PACKAGES.',
    });
  }
  if (update.exitCode !== 0) {
    throw new HalcyonError('download/apt-update', 'apt-get update failed, so the extra OS packages cannot be fetched', { remedy: `Try again; apt said:\n${update.tail}` });
  }
  const install = await exec('apt-get', [...apt, '-y', '--download-only', '--no-install-recommends', '--reinstall', 'install', ...packages], { quiet: true });
  if (install.exitCode !== 0) throw installError(install.tail, packages);
  const archives = path.join(cache, 'archives');
  return (await readdir(archives)).filter((name) => name.endsWith('.deb')).sort().map((name) => path.join(archives, name));
}

function installError(output: string, packages: readonly string[]): HalcyonError {
  const unknown = [...output.matchAll(/Unable to locate package (\S+)/g)].map((m) => m[1]).filter((name) => name !== undefined);
  const noCandidate = [...output.matchAll(/Package '?([^' ]+)'? has no installation candidate/g)].map((m) => m[1]).filter((name) => name !== undefined);
  const missing = [...new Set([...unknown, ...noCandidate])];
  if (missing.length > 0) {
    return new HalcyonError('config/unknown-os-package', `HALCYON_EXTRA_OS_PACKAGES names ${missing.join(', ')}, which apt does not know on this stack`, {
      remedy: `Check the name${missing.length === 1 ? '' : 's'} (apt-cache search, or packages.ubuntu.com for the stack's release) and fix HALCYON_EXTRA_OS_PACKAGES (now: ${packages.join(' ')}).`,
    });
  }
  return new HalcyonError('download/apt-download', `apt-get could not download ${packages.join(' ')}`, { remedy: `apt said:\n${output}` });
}

/** Unpacks each package's files (not its scripts) under `target`, as dpkg would under /. */
export async function unpackDebs(exec: Exec, debs: readonly string[], target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const deb of debs) {
    const result = await exec('dpkg-deb', ['-x', deb, target], { quiet: true });
    if (result.exitCode !== 0) {
      throw new HalcyonError('download/dpkg-unpack', `Could not unpack ${path.basename(deb)}`, { remedy: `Try again; dpkg-deb said:\n${result.tail}` });
    }
  }
}
