import path from 'node:path';
import type { EngineOptions } from '../config/options.ts';
import { layerPaths } from '../config/paths.ts';
import { shellEnvironment, type ShellVariable } from '../layers/registry.ts';

/** The directory an app is installed into: ROOT + PREFIX. */
export function installTarget(options: EngineOptions): string {
  return path.join(options.rootPath, options.prefixPath);
}

/**
 * `eval "$(halcyon paths)"`: the environment the app runs in, at PREFIX (HALCYON_ROOT only
 * stages an install), with GHC and cabal on PATH for development: what each layer of the
 * registry contributes. Data files need nothing: they are where the compiled paths point.
 */
export function pathsSnippet(options: EngineOptions): string {
  const variables = shellEnvironment(layerPaths(options.basePath), options);
  return `${[...renderShellEnvironment(variables, 'override'), 'export LANG="${LANG:-C.UTF-8}"'].join('\n')}\n`;
}

/**
 * `export` lines for a POSIX shell. Directories go first on PATH-like variables; a value is
 * set outright (`override`) or only where the variable is unset (`default`, for .profile.d,
 * which runs after config vars are set).
 */
export function renderShellEnvironment(variables: readonly ShellVariable[], values: 'override' | 'default'): string[] {
  return variables.map(({ name, prepend, value }) => {
    if (prepend) return name === 'PATH' ? `export PATH="${prepend.join(':')}:$PATH"` : `export ${name}="${prepend.join(':')}\${${name}:+:$${name}}"`;
    return values === 'default' ? `export ${name}="\${${name}:-${value ?? ''}}"` : `export ${name}="${value ?? ''}"`;
  });
}
