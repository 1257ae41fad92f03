// Fails when an import in src/ points up the folder order:
//   cli → heroku → engine → layers → storage, archive, haskell → config, os → util → log
// The front ends (cli dispatches to heroku's), then the one engine, the layers, what layers
// are made of, and at the bottom the settings and the system facts (config, os), the
// helpers (util) and the log; files at the top of src/ (errors.ts, version.ts) are below
// everything. A folder may import itself and anything lower, never its own rank or above.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const RANK = { cli: 9, heroku: 8, engine: 7, layers: 6, storage: 5, archive: 5, haskell: 5, config: 4, os: 4, util: 3, log: 2, '.': 0 };
const SRC = path.resolve(process.argv[2] ?? 'src');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

const folderOf = (file) => {
  const rel = path.relative(SRC, file);
  return rel.includes(path.sep) ? rel.split(path.sep)[0] : '.';
};

const problems = [];
let imports = 0;
for (const file of files(SRC)) {
  const from = folderOf(file);
  if (!(from in RANK)) problems.push(`${path.relative('.', file)}: the folder ${from} has no place in the order (scripts/check-imports.mjs)`);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
    const spec = match[1] ?? match[2];
    const target = path.resolve(path.dirname(file), spec);
    const to = folderOf(target);
    imports += 1;
    if (to === from) continue;
    if (!(to in RANK) || RANK[to] >= RANK[from]) problems.push(`${path.relative('.', file)} imports ${path.relative('.', target)}: ${from} may not import ${to}`);
  }
}
if (problems.length > 0) {
  console.error(`Imports that point up the folder order (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Imports point down: ${imports} imports in ${files(SRC).length} files checked`);
