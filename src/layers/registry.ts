import type { EngineOptions } from '../config/options.ts';
import type { LayerPaths } from '../config/paths.ts';
import type { CabalPackage } from '../haskell/cabal-file.ts';
import type { AppPlan } from '../haskell/plan.ts';
import type { Toolchain } from '../haskell/toolchain.ts';
import { buildLayer } from './build.ts';
import { cabalLayer } from './cabal.ts';
import type { RunContext } from './context.ts';
import { depsLayer } from './deps.ts';
import { ghcLayer } from './ghc.ts';
import { installInputs, installLayer, keyLabel } from './install.ts';
import type { Layer } from './layer.ts';
import { osPackagesLayer } from './os-packages.ts';
import { buildEnvironment } from '../os/layout.ts';

// The layers, declared once, in the order a run resolves them. The pipeline, `halcyon plan`,
// the shell environment (halcyon paths, .profile.d), what HALCYON_KEEP_DEPENDENCIES keeps and
// docs/layers.md all come from this list: a new layer is a module and a line here.

/** The kinds of layer, in the registry's order (LAYERS below must follow it; a test checks). */
export const LAYER_KINDS = ['ghc', 'cabal', 'os', 'deps', 'build', 'install'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/** What a run knows when it makes a layer: the app, its toolchain, and the layers before it. */
export interface LayerInputs {
  readonly app: CabalPackage;
  /** Every package of the project, the app's included. */
  readonly packages: readonly CabalPackage[];
  readonly appDir: string;
  readonly toolchain: Toolchain;
  readonly sourceHash: string;
  /** The resolved install plan, once every 'tools' layer is live. */
  readonly plan: AppPlan | undefined;
  /** The layers made so far in this run, by kind. */
  readonly made: Readonly<Partial<Record<LayerKind, Layer>>>;
}

/**
 * `tools`: needed before cabal can resolve the install plan; `planned`: made from the plan;
 * `final`: keyed by the source alone (so a deploy can look it up first), made last from
 * everything before it.
 */
export type LayerStage = 'tools' | 'planned' | 'final';

/** A variable a layer sets for the shells the app and the tools run in. */
export interface ShellVariable {
  readonly name: string;
  /** Directories put first on a PATH-like variable. */
  readonly prepend?: readonly string[];
  /** A value set outright (only when not set already, where the shell allows it). */
  readonly value?: string;
}

export interface LayerSpec {
  readonly kind: LayerKind;
  readonly stage: LayerStage;
  /** The layer a goal stops after: `restore` needs GHC, cabal and the dependencies; `build` the build too. */
  readonly endsGoal?: 'restore' | 'build';
  /** What it holds and its archive's name, for docs/layers.md. */
  readonly doc: { readonly holds: string; readonly archive: string };
  /** The live directory HALCYON_KEEP_DEPENDENCIES keeps in the slug (for cabal repl without a restore), if any. */
  readonly keptInSlug?: (paths: LayerPaths) => string;
  /** Its contribution to the shell environment (PATH and others), at the base and prefix of `options`. */
  environment(paths: LayerPaths, options: Pick<EngineOptions, 'prefixPath' | 'extraOsPackages'>): ShellVariable[];
  /** The layer for this run, or undefined when it has nothing to do (no extra OS packages). */
  make(ctx: RunContext, inputs: LayerInputs): Layer | undefined;
}

export const LAYERS: readonly LayerSpec[] = [
  {
    kind: 'ghc',
    stage: 'tools',
    keptInSlug: (paths) => paths.ghc,
    doc: { holds: 'an official GHC binary distribution, installed at the base (or the system\'s GHC, not archived)', archive: '<platform>/halcyon-ghc-<version>.tar.zst' },
    environment: (paths) => [{ name: 'PATH', prepend: [`${paths.ghc}/bin`] }],
    make: (ctx, { toolchain }) => ghcLayer(ctx, toolchain),
  },
  {
    kind: 'cabal',
    stage: 'tools',
    keptInSlug: (paths) => paths.cabal,
    doc: { holds: 'cabal-install, its config and the package index (updated once a day)', archive: '<platform>/halcyon-cabal-<version>-<repo>-<date>.tar.zst' },
    environment: (paths) => [
      { name: 'PATH', prepend: [`${paths.cabal}/bin`] },
      { name: 'CABAL_DIR', value: paths.cabal },
    ],
    make: (ctx, { toolchain }) => cabalLayer(ctx, toolchain),
  },
  {
    kind: 'os',
    stage: 'tools',
    keptInSlug: (paths) => paths.os,
    doc: { holds: 'HALCYON_EXTRA_OS_PACKAGES, unpacked from Debian/Ubuntu packages (before the plan: cabal\'s solver asks pkg-config); a download, so fetched even where dependencies may not be built', archive: '<platform>/halcyon-os-<hash>.tar.zst' },
    environment: (paths, options) => {
      if (options.extraOsPackages.length === 0) return [];
      const env = buildEnvironment(paths.os);
      return (['LIBRARY_PATH', 'LD_LIBRARY_PATH', 'PKG_CONFIG_PATH', 'CPATH'] as const).map((name) => ({ name, prepend: env[name].split(':') }));
    },
    make: (ctx) => osPackagesLayer(ctx),
  },
  {
    kind: 'deps',
    stage: 'planned',
    endsGoal: 'restore',
    keptInSlug: (paths) => paths.store,
    doc: { holds: 'the cabal store with every dependency, keyed by the resolved install plan', archive: '<platform>/ghc-<version>/halcyon-deps-<hash>-<app>.tar.zst (and .constraints)' },
    environment: () => [],
    make: (ctx, { app, appDir, toolchain, plan }) => (plan ? depsLayer(ctx, { toolchain, plan, label: keyLabel(app, ctx.options), appDir }) : undefined),
  },
  {
    kind: 'build',
    stage: 'planned',
    endsGoal: 'build',
    doc: { holds: 'the app\'s build directory (dist-newstyle), for incremental rebuilds', archive: '<platform>/ghc-<version>/halcyon-build-<app>.tar.zst' },
    environment: () => [],
    make: (ctx, { app, appDir, packages, toolchain, sourceHash, made }) =>
      made.deps ? buildLayer(ctx, { toolchain, label: keyLabel(app, ctx.options), appDir, packageNames: packages.map((p) => p.name), sourceHash, depsInputs: made.deps.inputs }) : undefined,
  },
  {
    kind: 'install',
    stage: 'final',
    doc: { holds: 'the app\'s executables, its data files and its dependencies\' (restored alone on a deploy)', archive: '<platform>/ghc-<version>/halcyon-install-<hash>-<app>.tar.zst' },
    environment: (_paths, options) => [
      { name: 'PATH', prepend: [`${options.prefixPath}/bin`] },
      { name: 'LIBRARY_PATH', prepend: [`${options.prefixPath}/lib`] },
      { name: 'LD_LIBRARY_PATH', prepend: [`${options.prefixPath}/lib`] },
    ],
    make: (ctx, { app, appDir, packages, toolchain, sourceHash, plan, made }) =>
      installLayer(ctx, {
        toolchain,
        app,
        appDir,
        packages,
        installInputs: installInputs(sourceHash, toolchain, ctx.options),
        dependencies: plan?.dependencies ?? [],
        builtFrom: Object.values(made).flatMap((layer) => (layer && layer.kind !== 'install' ? [...(layer.key ? [layer.key] : []), ...(layer.sidecars?.().map((s) => s.key) ?? [])] : [])),
      }),
  },
];

/**
 * The shell environment every layer contributes, merged in registry order with later layers
 * first on PATH-like variables (the app before the tools): for `halcyon paths` and .profile.d.
 */
export function shellEnvironment(paths: LayerPaths, options: Pick<EngineOptions, 'prefixPath' | 'extraOsPackages'>): ShellVariable[] {
  const merged = new Map<string, { prepend: string[]; value?: string }>();
  for (const spec of [...LAYERS].reverse()) {
    for (const variable of spec.environment(paths, options)) {
      const entry = merged.get(variable.name) ?? { prepend: [] };
      entry.prepend.push(...(variable.prepend ?? []));
      if (variable.value !== undefined) entry.value ??= variable.value;
      merged.set(variable.name, entry);
    }
  }
  return [...merged.entries()].map(([name, entry]) => ({ name, ...(entry.prepend.length > 0 ? { prepend: entry.prepend } : {}), ...(entry.value !== undefined ? { value: entry.value } : {}) }));
}
