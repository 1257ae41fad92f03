// Writes docs/reference.md from the configuration schema and docs/layers.md from the layer registry.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReference } from '../src/config/reference.ts';
import { renderLayers } from '../src/layers/reference.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
writeFileSync(path.join(root, 'docs', 'reference.md'), renderReference());
writeFileSync(path.join(root, 'docs', 'layers.md'), renderLayers());
