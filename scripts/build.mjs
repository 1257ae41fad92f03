// Bundles the whole engine into one committed ESM file, so a buildpack fetched by git URL
// runs without node_modules. Deterministic: the staleness test rebuilds and compares bytes.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = process.argv[2] ?? path.join(root, 'dist', 'halcyon.mjs');

await build({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  outfile,
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
