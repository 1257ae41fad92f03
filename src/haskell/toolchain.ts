import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { EngineOptions } from '../config/options.ts';
import type { Exec } from '../util/exec.ts';
import { projectField } from './cabal-file.ts';
import { layerPaths } from '../config/paths.ts';
import { CABAL_BINDISTS, DEFAULT_CABAL_VERSION, DEFAULT_GHC_VERSION, GHC_BINDISTS, type Download } from './inventory.ts';

/** Which GHC and cabal a run uses; their identities go into every key below them. */
export interface Toolchain {
  readonly flavour: 'system' | 'bindist';
  readonly ghcVersion: string;
  /** `9.0.2`, or `9.0.2-system`: a distribution's GHC and the official one differ in their boot packages' ABI. */
  readonly ghcId: string;
  readonly cabalVersion: string;
  readonly cabalId: string;
  readonly ghcBin: string;
  readonly cabalBin: string;
  /** Directories to put first on PATH for cabal and GHC processes. */
  readonly binDirs: readonly string[];
}

export interface ToolchainInput {
  readonly options: EngineOptions;
  readonly exec: Exec;
  readonly appDir: string;
  readonly platform: string;
}

export async function resolveToolchain(input: ToolchainInput): Promise<Toolchain> {
  return input.options.systemToolchain ? systemToolchain(input) : bindistToolchain(input);
}

async function systemToolchain({ options, exec, appDir }: ToolchainInput): Promise<Toolchain> {
  const ghcVersion = await toolVersion(exec, 'ghc');
  const cabalVersion = await toolVersion(exec, 'cabal');
  const wanted = combine(await ghcRequests(options, appDir));
  if (wanted && !inSeries(ghcVersion, wanted.version)) {
    throw new HalcyonError('toolchain/system-ghc-mismatch', `${wanted.from} asks for GHC ${wanted.version}, but the system toolchain (HALCYON_SYSTEM_TOOLCHAIN) has GHC ${ghcVersion}`, {
      remedy: `Install GHC ${wanted.version} on PATH, or unset HALCYON_SYSTEM_TOOLCHAIN to install it from an official binary distribution, or change ${wanted.from}.`,
    });
  }
  return {
    flavour: 'system',
    ghcVersion,
    ghcId: `${ghcVersion}-system`,
    cabalVersion,
    cabalId: `${cabalVersion}-system`,
    ghcBin: 'ghc',
    cabalBin: 'cabal',
    binDirs: [],
  };
}

async function toolVersion(exec: Exec, tool: 'ghc' | 'cabal'): Promise<string> {
  const result = await exec(tool, ['--numeric-version'], { quiet: true });
  const version = result.stdout.trim();
  if (result.exitCode !== 0 || !/^\d+(\.\d+)+$/.test(version)) {
    throw new HalcyonError('toolchain/system-tool-missing', `HALCYON_SYSTEM_TOOLCHAIN is set, but \`${tool} --numeric-version\` did not work`, {
      remedy: `Install ${tool === 'ghc' ? 'ghc' : 'cabal-install'} on PATH (e.g. apt-get install ${tool === 'ghc' ? 'ghc' : 'cabal-install'}), or unset HALCYON_SYSTEM_TOOLCHAIN to install the official binaries.`,
    });
  }
  return version;
}

async function bindistToolchain({ options, appDir, platform }: ToolchainInput): Promise<Toolchain> {
  const wanted = combine(await ghcRequests(options, appDir));
  // A custom bindist is whatever version it is; the inventory only answers for its own.
  const ghcVersion = options.ghcBindist ? (wanted?.version ?? DEFAULT_GHC_VERSION) : inventoryVersion(wanted, platform);
  const cabalVersion = options.cabalVersion ?? DEFAULT_CABAL_VERSION;
  const paths = layerPaths(options.basePath);
  // A custom bindist of the same version is another GHC (other boot packages' ABI): its own identity.
  const ghcId = options.ghcBindist ? `${ghcVersion}-custom-${options.ghcBindist.sha256.slice(0, 8)}` : ghcVersion;
  return {
    flavour: 'bindist',
    ghcVersion,
    ghcId,
    cabalVersion,
    cabalId: cabalVersion,
    ghcBin: path.join(paths.ghc, 'bin', 'ghc'),
    cabalBin: path.join(paths.cabal, 'bin', 'cabal'),
    binDirs: [path.join(paths.ghc, 'bin'), path.join(paths.cabal, 'bin')],
  };
}

/** A GHC version asked for (`9.8.4`, or a series: `9.8`), and who asked. */
export interface GhcRequest {
  readonly version: string;
  readonly from: string;
}

const VERSION_OR_SERIES = /^\d+\.\d+(\.\d+)?$/;

/** What the configuration and cabal.project ask for; either may be absent. */
async function ghcRequests(options: EngineOptions, appDir: string): Promise<GhcRequest[]> {
  const requests: GhcRequest[] = [];
  if (options.ghcVersion !== undefined) {
    const from = options.ghcVersionFrom ?? 'HALCYON_GHC_VERSION';
    if (!VERSION_OR_SERIES.test(options.ghcVersion)) {
      throw new HalcyonError('config/invalid-ghc-version', `${from} is set to "${options.ghcVersion}", which is not a GHC version`, {
        remedy: `Set it to a version such as ${DEFAULT_GHC_VERSION}, or a series such as ${DEFAULT_GHC_VERSION.split('.').slice(0, 2).join('.')} (the newest known release of it).`,
      });
    }
    requests.push({ version: options.ghcVersion, from });
  }
  const project = await withCompilerRequest(appDir);
  if (project) requests.push(project);
  return requests;
}

/**
 * `with-compiler: ghc-9.8.4` (or `ghc-9.8`, or a path ending in one) in cabal.project, as cabal
 * itself reads it. A plain `ghc` asks for no version; anything else names no GHC.
 */
export async function withCompilerRequest(appDir: string): Promise<GhcRequest | undefined> {
  const value = await projectField(appDir, 'with-compiler');
  if (value === undefined || value === '') return undefined;
  const from = `with-compiler: ${value} in cabal.project`;
  const match = /^(?:\S*\/)?ghc(?:-(\d+\.\d+(?:\.\d+)?))?$/.exec(value);
  if (!match) {
    throw new HalcyonError('app/with-compiler-not-ghc', `cabal.project says with-compiler: ${value}, which names no GHC`, {
      remedy: `Write with-compiler: ghc-X.Y.Z (e.g. ghc-${DEFAULT_GHC_VERSION}) or ghc-X.Y in cabal.project, or remove the line and set HALCYON_GHC_VERSION.`,
    });
  }
  return match[1] === undefined ? undefined : { version: match[1], from };
}

/** Two requests must agree (a series agrees with its releases); the more precise one wins. */
function combine(requests: readonly GhcRequest[]): GhcRequest | undefined {
  const [first, second] = requests;
  if (!first || !second) return first;
  if (!inSeries(first.version, second.version) && !inSeries(second.version, first.version)) {
    throw new HalcyonError('config/ghc-versions-disagree', `Two GHC versions are asked for: ${first.version} by ${first.from}, and ${second.version} by ${second.from}`, {
      remedy: 'Make them agree, or keep only one of them (cabal.project is what a plain cabal build reads too).',
    });
  }
  return first.version.split('.').length >= second.version.split('.').length ? first : second;
}

/** `9.8.4` is in `9.8` and in `9.8.4`. */
function inSeries(version: string, wanted: string): boolean {
  return version === wanted || version.startsWith(`${wanted}.`);
}

/** A release the inventory has for this platform: the one asked for, the newest of a series, or the default. */
function inventoryVersion(wanted: GhcRequest | undefined, platform: string): string {
  if (!wanted) return DEFAULT_GHC_VERSION;
  const platformKey = platform.replace(/^linux-/, '');
  const known = Object.entries(GHC_BINDISTS)
    .filter(([, byPlatform]) => platformKey in byPlatform)
    .map(([v]) => v)
    .sort(compareVersions);
  const match = known.filter((v) => inSeries(v, wanted.version)).pop();
  if (match) return match;
  throw new HalcyonError('toolchain/ghc-version-unavailable', `${wanted.from} asks for GHC ${wanted.version}, which has no known binary distribution for ${platform}`, {
    remedy:
      known.length > 0
        ? `Ask for one of: ${known.join(', ')}; or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256 for another; or set HALCYON_SYSTEM_TOOLCHAIN=1 to use the GHC on PATH.`
        : 'This platform has no GHC binaries in the inventory: set HALCYON_SYSTEM_TOOLCHAIN=1 to use the GHC on PATH, or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256.',
  });
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The inventory entry for this platform, or an error naming the versions that do exist. */
export function inventoryDownload(tool: 'GHC' | 'cabal-install', version: string, platform: string): Download {
  const table = tool === 'GHC' ? GHC_BINDISTS : CABAL_BINDISTS;
  const platformKey = platform.replace(/^linux-/, '');
  const entry = table[version]?.[platformKey as keyof (typeof table)[string]];
  if (entry) return entry;
  const known = Object.entries(table)
    .filter(([, byPlatform]) => platformKey in byPlatform)
    .map(([v]) => v);
  const variable = tool === 'GHC' ? 'HALCYON_GHC_VERSION' : 'HALCYON_CABAL_VERSION';
  throw new HalcyonError('toolchain/bindist-unknown', `No ${tool} ${version} binary distribution is known for ${platform}`, {
    remedy:
      known.length > 0
        ? `Set ${variable} to one of: ${known.join(', ')}${tool === 'GHC' ? ', or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256' : ''}; or set HALCYON_SYSTEM_TOOLCHAIN=1 to use the tools on PATH.`
        : `This platform has no ${tool} binaries in the inventory: set HALCYON_SYSTEM_TOOLCHAIN=1 to use the tools on PATH${tool === 'GHC' ? ', or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256' : ''}.`,
  });
}
