// Writes docs/reference.md from the configuration schema, docs/layers.md from the layer
// registry, and the toolchain tables of docs/deploying.md (between their markers) from the
// GHC and cabal inventory.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReference } from '../src/config/reference.ts';
import { TOOLCHAINS_BEGIN, TOOLCHAINS_END, renderToolchains } from '../src/haskell/reference.ts';
import { renderLayers } from '../src/layers/reference.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
writeFileSync(path.join(root, 'docs', 'reference.md'), renderReference());
writeFileSync(path.join(root, 'docs', 'layers.md'), renderLayers());

const deploying = path.join(root, 'docs', 'deploying.md');
const page = readFileSync(deploying, 'utf8');
const begin = page.indexOf(TOOLCHAINS_BEGIN);
const end = page.indexOf(TOOLCHAINS_END);
if (begin < 0 || end < begin) throw new Error(`${deploying} has lost its toolchain markers: put back the lines\n${TOOLCHAINS_BEGIN}\n${TOOLCHAINS_END}`);
writeFileSync(deploying, `${page.slice(0, begin)}${renderToolchains()}${page.slice(end + TOOLCHAINS_END.length)}`);
