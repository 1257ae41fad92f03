import { VARIABLES, flagName, type VarSpec } from '../config/schema.ts';

const COMMANDS = `Usage: halcyon COMMAND [APP] [--option=VALUE ...]

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
  help                This text.

Exit codes: 0 success; 2 a build is needed but not allowed (HALCYON_NO_BUILD,
HALCYON_NO_BUILD_DEPENDENCIES); 3 the dependencies' build stopped before its deadline
(HALCYON_BUILD_DEADLINE), what it built kept: run again to continue; 1 any other error.

Options: every variable HALCYON_X is also the option --x (booleans: --x alone means 1).
Precedence: options, then environment variables, then .halcyon/<name> files in the
app, then a .env file in the current directory. All variables: docs/reference.md.
`;

export const HELP_TEXT = `${COMMANDS}\n${(VARIABLES as readonly VarSpec[])
  .filter((spec) => !spec.shimOnly)
  .map((spec) => `  ${flagName(spec.name)}${spec.kind === 'boolean' ? '' : '=VALUE'}`)
  .join('\n')}\n`;
