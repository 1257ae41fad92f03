import { GROUP_ORDER, VARIABLES, flagName, type VarKind, type VarSpec } from '../config/schema.ts';

const HEADER = `Usage: halcyon COMMAND [APP] [--option=VALUE ...]

Builds and installs Haskell apps from prebuilt, hash-keyed layers (GHC, cabal and its
package index, the dependency store, the app build, the installed app), restored from
the local cache, a private S3 bucket or public storage, and built only when missing.

Commands (APP is the app's directory; default: the current one):
  install [APP]       Install the app into HALCYON_ROOT + HALCYON_PREFIX. On a deploy
                      machine whose install archive is in the cache or a bucket, that
                      archive alone is restored: no GHC, no cabal, nothing built.
  build [APP]         Everything up to the app's build, uploading what it made.
  restore [APP]       GHC, cabal and the dependencies, for development (cabal repl).
  plan [APP]          Each layer's key and where it would come from, changing nothing.
                      Exit 0 when a deploy would build nothing, 2 when it would.
  label [APP]         The app's name-version.
  executable [APP]    The app's (first) executable.
  constraints [APP]   The resolved dependencies, as name-version lines.
  paths               A shell snippet: eval "$(halcyon paths)".
  archive VERB ...    One layer archive by hand (private bucket from the variables):
    archive pack DIR FILE       Pack DIR into a new archive FILE (tar + zstd).
    archive extract FILE DIR    Unpack FILE, verified, into a new directory DIR.
    archive get KEY FILE        Download the bucket's object KEY into a new FILE.
    archive put FILE KEY        Upload FILE as KEY ([--sha256 HEX]: its known sha256).
    archive restore KEY DIR     Download KEY and unpack it into DIR as it arrives.
  help                This text.

Exit codes: 0 success; 2 a build is needed but not allowed (HALCYON_NO_BUILD,
HALCYON_NO_BUILD_DEPENDENCIES); 3 the dependencies' build stopped before its deadline
(HALCYON_BUILD_DEADLINE), what it built kept: run again to continue; 1 any other error.

Options: every variable HALCYON_X is also the option --x (booleans: --x alone means 1).
Precedence: options, then environment variables, then .halcyon/<name> files in the
app, then a .env file in the current directory. Each in full: docs/reference.md.
`;

const PLACEHOLDERS: Record<VarKind, string> = {
  boolean: '',
  string: '=VALUE',
  path: '=DIR',
  enum: '=VALUE',
  integer: '=N',
  duration: '=TIME',
};

/** One line per option: `--name=VALUE`, then its summary, aligned. */
function optionLines(specs: readonly VarSpec[], label: (spec: VarSpec) => string): string[] {
  const width = Math.max(...specs.map((spec) => label(spec).length)) + 2;
  return specs.map((spec) => `  ${label(spec).padEnd(width)}${spec.summary}`);
}

function optionsText(): string {
  const all = VARIABLES as readonly VarSpec[];
  const options = all.filter((spec) => !spec.shimOnly);
  const label = (spec: VarSpec): string => `${flagName(spec.name)}${PLACEHOLDERS[spec.kind]}`;
  const sections = GROUP_ORDER.map((group) => {
    const specs = options.filter((spec) => spec.group === group);
    return specs.length === 0 ? '' : `\n${group}:\n${optionLines(specs, label).join('\n')}\n`;
  });
  const shimOnly = all.filter((spec) => spec.shimOnly);
  const shims = `\nRead by the shims before Node.js runs (environment variables, not options):\n${optionLines(shimOnly, (spec) => spec.name).join('\n')}\n`;
  return `${sections.join('')}${shims}`;
}

export const HELP_TEXT = `${HEADER}${optionsText()}`;
