// Bundles the engine into committed ESM files in dist/, so a buildpack fetched by git URL
// runs without node_modules: dist/halcyon.mjs, and chunks it imports when a command needs
// them (split, so the archive commands never load the AWS SDK). Deterministic: the staleness
// test rebuilds into another directory and compares every file.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = process.argv[2] ?? path.join(root, 'dist');

// Chunks are named by their content: the ones of an earlier build must go.
mkdirSync(outdir, { recursive: true });
for (const name of readdirSync(outdir)) if (name.endsWith('.mjs')) rmSync(path.join(outdir, name));

await build({
  entryPoints: { halcyon: path.join(root, 'src', 'cli', 'main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (the AWS SDK) call require(); give ESM one.
  banner: {
    js: "import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);",
  },
});
