import path from 'node:path';
import { HalcyonError } from '../errors.ts';
import type { Settings } from './settings.ts';

export interface RemoteRepo {
  /** As written in cabal's `repository NAME` stanza. */
  readonly name: string;
  readonly url: string;
}

export interface CustomBindist {
  readonly url: string;
  readonly sha256: string;
}

/** The typed options the engine runs with; the only place settings become decisions. */
export interface EngineOptions {
  readonly basePath: string;
  readonly prefixPath: string;
  readonly rootPath: string;
  readonly cachePath: string;
  readonly systemToolchain: boolean;
  readonly ghcVersion: string | undefined;
  readonly ghcBindist: CustomBindist | undefined;
  readonly cabalVersion: string | undefined;
  /** undefined: `none`, no package repository at all. */
  readonly remoteRepo: RemoteRepo | undefined;
  readonly noBuild: boolean;
  readonly noBuildDependencies: boolean;
  readonly noCleanCache: boolean;
}

export const DEFAULT_REMOTE_REPO: RemoteRepo = { name: 'hackage.haskell.org', url: 'http://hackage.haskell.org/' };

export interface OptionDefaults {
  readonly basePath: string;
  readonly cachePath: string;
  readonly noBuildDependencies: boolean;
}

export function engineOptions(settings: Settings, defaults: OptionDefaults): EngineOptions {
  const basePath = path.resolve(settings.string('HALCYON_BASE') ?? defaults.basePath);
  return {
    basePath,
    prefixPath: path.resolve(settings.string('HALCYON_PREFIX') ?? basePath),
    rootPath: path.resolve(settings.string('HALCYON_ROOT') ?? '/'),
    cachePath: path.resolve(settings.string('HALCYON_CACHE') ?? defaults.cachePath),
    systemToolchain: settings.bool('HALCYON_SYSTEM_TOOLCHAIN'),
    ghcVersion: settings.string('HALCYON_GHC_VERSION'),
    ghcBindist: customBindist(settings),
    cabalVersion: settings.string('HALCYON_CABAL_VERSION'),
    remoteRepo: parseRemoteRepo(settings.string('HALCYON_CABAL_REMOTE_REPO')),
    noBuild: settings.bool('HALCYON_NO_BUILD'),
    noBuildDependencies: settings.bool('HALCYON_NO_BUILD_DEPENDENCIES', defaults.noBuildDependencies),
    noCleanCache: settings.bool('HALCYON_NO_CLEAN_CACHE'),
  };
}

function customBindist(settings: Settings): CustomBindist | undefined {
  const url = settings.string('HALCYON_GHC_BINDIST_URL');
  const sha256 = settings.string('HALCYON_GHC_BINDIST_SHA256');
  if (url === undefined && sha256 === undefined) return undefined;
  if (url === undefined || sha256 === undefined || !/^[0-9a-f]{64}$/i.test(sha256)) {
    throw new HalcyonError('config', 'HALCYON_GHC_BINDIST_URL needs HALCYON_GHC_BINDIST_SHA256 (64 hex digits)', {
      remedy: 'Set both: the bindist URL and its sha256, as published beside the download.',
    });
  }
  return { url, sha256: sha256.toLowerCase() };
}

/** `NAME:URL`; the URL itself contains colons, so only the first one separates. */
export function parseRemoteRepo(value: string | undefined): RemoteRepo | undefined {
  if (value === undefined) return DEFAULT_REMOTE_REPO;
  if (value.trim().toLowerCase() === 'none') return undefined;
  const colon = value.indexOf(':');
  const name = value.slice(0, colon).trim();
  const url = value.slice(colon + 1).trim();
  if (colon <= 0 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !/^(https?|file\+noindex):\/\//.test(url)) {
    throw new HalcyonError('config', `HALCYON_CABAL_REMOTE_REPO is set to "${value}", which is not NAME:URL`, {
      remedy:
        'Set it to NAME:URL, e.g. hackage.haskell.org:http://hackage.haskell.org/ or local:file+noindex:///absolute/dir, or to none.',
    });
  }
  if (url.startsWith('file+noindex:') && !url.startsWith('file+noindex:///')) {
    throw new HalcyonError('config', `HALCYON_CABAL_REMOTE_REPO: ${url} is not an absolute file+noindex URL`, {
      remedy: 'Use file+noindex:///absolute/path/to/dir (three slashes, then the absolute path).',
    });
  }
  return { name, url };
}
