import { CABAL_BINDISTS, DEFAULT_CABAL_VERSION, DEFAULT_GHC_VERSION, GHC_BINDISTS, PLATFORM_KEYS, type Download, type PlatformKey } from './inventory.ts';

export const TOOLCHAINS_BEGIN = '<!-- toolchains: generated from src/haskell/inventory.ts by `npm run docs`; do not edit by hand -->';
export const TOOLCHAINS_END = '<!-- end of toolchains -->';

/** Heroku's stacks, as the platforms they run on. */
const STACK_OF: Partial<Record<PlatformKey, string>> = {
  'ubuntu-22.04-x86_64': 'heroku-22',
  'ubuntu-24.04-x86_64': 'heroku-24',
};

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function table(tool: string, bindists: Record<string, Partial<Record<PlatformKey, Download>>>, defaultVersion: string): string[] {
  const header = PLATFORM_KEYS.map((key) => (STACK_OF[key] ? `${key} (${STACK_OF[key]})` : key));
  const rows = Object.keys(bindists)
    .sort(compareVersions)
    .map((version) => {
      const label = version === defaultVersion ? `**${version}** (default)` : version;
      return `| ${label} | ${PLATFORM_KEYS.map((key) => (bindists[version]?.[key] ? 'yes' : '—')).join(' | ')} |`;
    });
  return [`| ${tool} | ${header.join(' | ')} |`, `|---|${PLATFORM_KEYS.map(() => ':---:').join('|')}|`, ...rows];
}

/** The GHC and cabal-install versions the buildpack installs, per platform: a section of docs/deploying.md. */
export function renderToolchains(): string {
  const series = DEFAULT_GHC_VERSION.split('.').slice(0, 2).join('.');
  return [
    TOOLCHAINS_BEGIN,
    '',
    `Without \`HALCYON_GHC_VERSION\` (or \`with-compiler\` in \`cabal.project\`) a build gets GHC **${DEFAULT_GHC_VERSION}**, and`,
    `without \`HALCYON_CABAL_VERSION\` cabal-install **${DEFAULT_CABAL_VERSION}**. A series (\`${series}\`) means the newest`,
    'release of it below. Each is an official binary distribution, checked against its sha256; any other',
    'GHC can be given as `HALCYON_GHC_BINDIST_URL` with `HALCYON_GHC_BINDIST_SHA256`.',
    '',
    ...table('GHC', GHC_BINDISTS, DEFAULT_GHC_VERSION),
    '',
    ...table('cabal-install', CABAL_BINDISTS, DEFAULT_CABAL_VERSION),
    '',
    TOOLCHAINS_END,
  ].join('\n');
}
