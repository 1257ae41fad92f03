import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { EngineOptions } from '../config/options.ts';
import type { Exec } from '../util/exec.ts';
import { readTextIfExists } from '../util/fs.ts';
import { layerPaths } from '../layers/paths.ts';
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

async function systemToolchain({ exec }: ToolchainInput): Promise<Toolchain> {
  const ghcVersion = await toolVersion(exec, 'ghc');
  const cabalVersion = await toolVersion(exec, 'cabal');
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
    throw new HalcyonError('toolchain', `HALCYON_SYSTEM_TOOLCHAIN is set, but \`${tool} --numeric-version\` did not work`, {
      remedy: `Install ${tool === 'ghc' ? 'ghc' : 'cabal-install'} on PATH (e.g. apt-get install ${tool === 'ghc' ? 'ghc' : 'cabal-install'}), or unset HALCYON_SYSTEM_TOOLCHAIN to install the official binaries.`,
    });
  }
  return version;
}

async function bindistToolchain({ options, appDir }: ToolchainInput): Promise<Toolchain> {
  const ghcVersion = options.ghcVersion ?? (await withCompilerVersion(appDir)) ?? DEFAULT_GHC_VERSION;
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

/** `with-compiler: ghc-9.6.7` in cabal.project pins the GHC version, as cabal itself reads it. */
export async function withCompilerVersion(appDir: string): Promise<string | undefined> {
  const text = await readTextIfExists(path.join(appDir, 'cabal.project'));
  const match = text ? /^\s*with-compiler\s*:\s*(?:\S*\/)?ghc-(\d+\.\d+\.\d+)\s*$/im.exec(text) : null;
  return match?.[1];
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
  throw new HalcyonError('toolchain', `No ${tool} ${version} binary distribution is known for ${platform}`, {
    remedy:
      known.length > 0
        ? `Set ${variable} to one of: ${known.join(', ')}${tool === 'GHC' ? ', or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256' : ''}; or set HALCYON_SYSTEM_TOOLCHAIN=1 to use the tools on PATH.`
        : `This platform has no ${tool} binaries in the inventory: set HALCYON_SYSTEM_TOOLCHAIN=1 to use the tools on PATH${tool === 'GHC' ? ', or give HALCYON_GHC_BINDIST_URL and HALCYON_GHC_BINDIST_SHA256' : ''}.`,
  });
}
