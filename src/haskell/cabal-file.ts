// Reads what the buildpack needs from the app's cabal package description: its name and
// version, its executables and its data files. The layout parser follows cabal's own rules
// closely enough for real files (indentation, comments, multi-line fields, sections,
// common stanzas, conditionals); it does not evaluate conditionals and does not support
// the rare `{ }` braces layout.
import { readdir, readFile } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { HalcyonError } from '../errors.ts';

export interface CabalPackage {
  name: string;
  version: string;
  /** `name-version` */
  label: string;
  executables: string[];
  /** `data-files` globs as written */
  dataFiles: string[];
  /** `data-dir`, '' if none */
  dataDir: string;
  /** path of the .cabal file, relative to the app directory (forward slashes) */
  cabalFile: string;
  /** directory of the package, relative to the app directory; '' for the top */
  packageDir: string;
}

interface Line {
  indent: number;
  text: string;
  lineNo: number;
}

interface Field {
  kind: 'field';
  /** lower case */
  name: string;
  /** first-line value and continuation lines, trimmed, empty ones dropped */
  lines: string[];
  lineNo: number;
}

interface Section {
  kind: 'section';
  /** lower case, e.g. `executable`, `if`, `common` */
  name: string;
  args: string;
  children: Node[];
  lineNo: number;
}

type Node = Field | Section;

const FIELD_PATTERN = /^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$/;
const VERSION_PATTERN = /^\d+(\.\d+)*$/;
// Components of letters and digits joined by '-', each with at least one letter.
const PACKAGE_NAME_PATTERN = /^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)*$/;

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const expanded = expandTabs(raw);
      const text = expanded.trim();
      // cabal comments are whole lines starting with `--`; blank lines carry no structure.
      if (text === '' || text.startsWith('--')) return;
      lines.push({ indent: expanded.length - expanded.trimStart().length, text, lineNo: index + 1 });
    });
  return lines;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}

/** Parses cabal's layout syntax (used by .cabal and cabal.project files) into fields and sections. */
function parseLayout(text: string, fileName: string): Node[] {
  const lines = toLines(text);
  return parseBlock(lines, { index: 0 }, -1, fileName);
}

function parseBlock(lines: Line[], position: { index: number }, parentIndent: number, fileName: string): Node[] {
  const nodes: Node[] = [];
  for (;;) {
    const line = lines[position.index];
    if (line === undefined || line.indent <= parentIndent) return nodes;
    position.index += 1;
    const field = FIELD_PATTERN.exec(line.text);
    if (field !== null) {
      const values = [(field[2] ?? '').trim()];
      // Continuation lines are indented more than the field's own line.
      for (let next = lines[position.index]; next !== undefined && next.indent > line.indent; next = lines[position.index]) {
        values.push(next.text);
        position.index += 1;
      }
      nodes.push({
        kind: 'field',
        name: (field[1] ?? '').toLowerCase(),
        lines: values.filter((v) => v !== ''),
        lineNo: line.lineNo,
      });
      continue;
    }
    if (/[{}]/.test(line.text)) {
      throw new HalcyonError('app/cabal-braces-layout', `${fileName} line ${line.lineNo} uses the { } braces layout, which this buildpack does not read: ${line.text}`, {
        remedy: `Write ${fileName} in the usual indentation layout (a section header such as "executable NAME" on its own line, its fields indented below it), as "cabal init" does.`,
      });
    }
    const [head = '', ...rest] = line.text.split(/\s+/);
    const children = parseBlock(lines, position, line.indent, fileName);
    nodes.push({ kind: 'section', name: head.toLowerCase(), args: rest.join(' '), children, lineNo: line.lineNo });
  }
}

function fieldValue(nodes: Node[], name: string): string | undefined {
  const field = nodes.find((n): n is Field => n.kind === 'field' && n.name === name);
  return field === undefined ? undefined : field.lines.join('\n');
}

/** Splits a list field: entries separated by whitespace and/or commas, `"quoted entries"` allowed. */
function splitList(value: string): string[] {
  const items: string[] = [];
  let i = 0;
  const isSeparator = (c: string): boolean => c === ',' || /\s/.test(c);
  while (i < value.length) {
    const c = value.charAt(i);
    if (isSeparator(c)) {
      i += 1;
    } else if (c === '"') {
      let item = '';
      i += 1;
      while (i < value.length && value.charAt(i) !== '"') {
        if (value.charAt(i) === '\\' && i + 1 < value.length) i += 1;
        item += value.charAt(i);
        i += 1;
      }
      i += 1;
      items.push(item);
    } else {
      let item = '';
      while (i < value.length && !isSeparator(value.charAt(i))) {
        item += value.charAt(i);
        i += 1;
      }
      items.push(item);
    }
  }
  return items;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Parses a .cabal file. `fileName` is the file's path relative to the app directory; it
 * names the file in errors and gives `cabalFile` and `packageDir`.
 */
export function parseCabalFile(text: string, fileName: string): CabalPackage {
  const nodes = parseLayout(text, fileName);
  const remedyPrefix = `${fileName} must be a cabal package description with "name:" and "version:" fields at the top`;

  const name = fieldValue(nodes, 'name')?.trim();
  if (name === undefined || name === '') {
    throw new HalcyonError('app/cabal-no-name', `${fileName} has no "name" field: it is not a valid cabal package description`, {
      remedy: `${remedyPrefix}, e.g. "name: my-app" (see "cabal init").`,
    });
  }
  if (!PACKAGE_NAME_PATTERN.test(name)) {
    throw new HalcyonError('app/cabal-invalid-name', `${fileName}: "${name}" is not a valid package name`, {
      remedy: `Use letters, digits and single hyphens in "name:" (each hyphen-separated part needs a letter), e.g. "name: my-app".`,
    });
  }
  const version = fieldValue(nodes, 'version')?.trim();
  if (version === undefined || version === '') {
    throw new HalcyonError('app/cabal-no-version', `${fileName} has no "version" field: it is not a valid cabal package description`, {
      remedy: `${remedyPrefix}, e.g. "version: 0.1.0.0".`,
    });
  }
  if (!VERSION_PATTERN.test(version)) {
    throw new HalcyonError('app/cabal-invalid-version', `${fileName}: version "${version}" is not a version number`, {
      remedy: `Give "version:" as numbers separated by dots, e.g. "version: 0.1.0.0".`,
    });
  }

  const executables: string[] = [];
  for (const node of nodes) {
    if (node.kind !== 'section' || node.name !== 'executable') continue;
    const exe = node.args.trim();
    if (exe === '' || /\s/.test(exe)) {
      throw new HalcyonError('app/cabal-executable-name', `${fileName} line ${node.lineNo}: an executable section needs one name, as in "executable my-app"`, {
        remedy: `Name the section: "executable NAME"; Heroku runs bin/NAME.`,
      });
    }
    // An executable switched off outright (not under a conditional) is never built.
    if (fieldValue(node.children, 'buildable')?.trim().toLowerCase() === 'false') continue;
    executables.push(exe);
  }

  const dataFiles = nodes
    .filter((n): n is Field => n.kind === 'field' && n.name === 'data-files')
    .flatMap((f) => splitList(f.lines.join('\n')));
  const dataDir = splitList(fieldValue(nodes, 'data-dir') ?? '')[0] ?? '';
  const packageDir = path.posix.dirname(toPosix(fileName));

  return {
    name,
    version,
    label: `${name}-${version}`,
    executables,
    dataFiles,
    dataDir,
    cabalFile: toPosix(fileName),
    packageDir: packageDir === '.' ? '' : packageDir,
  };
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new HalcyonError('app/unreadable-directory', `Cannot read the directory ${dir}`, {
      cause: error,
      remedy: 'Check that the app directory exists and is readable.',
    });
  }
}

function cabalFilesIn(entries: Dirent[]): string[] {
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.cabal') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

async function readPackage(appDir: string, relative: string): Promise<CabalPackage> {
  let text: string;
  try {
    text = await readFile(path.join(appDir, relative), 'utf8');
  } catch (error) {
    throw new HalcyonError('app/unreadable-cabal-file', `Cannot read ${relative}`, { cause: error, remedy: `Check that ${relative} is a readable file.` });
  }
  return parseCabalFile(text, relative);
}

function noExecutableError(packages: CabalPackage[]): HalcyonError {
  const described = packages.map((p) => `${p.label} (${p.cabalFile})`).join(', ');
  const only = packages.length === 1 ? packages[0] : undefined;
  return new HalcyonError('app/no-executable', `No executable to run: ${described} ${packages.length === 1 ? 'has' : 'have'} no "executable" section`, {
    remedy: `Add an executable section to ${only === undefined ? 'the app\'s .cabal file' : only.cabalFile}, e.g. "executable ${only?.name ?? 'my-app'}" with "main-is: Main.hs"; Heroku runs bin/<executable>.`,
  });
}

/**
 * Finds the app's package: the single top-level *.cabal file if it has an executable,
 * else the packages listed in cabal.project (`packages:`, directories, .cabal files or
 * globs; cabal's default `./*.cabal` when the field is absent), taking the first package
 * that has an executable section.
 */
export async function findAppPackage(appDir: string): Promise<CabalPackage> {
  const entries = await listDir(appDir);
  const topLevel = cabalFilesIn(entries);
  const hasProject = entries.some((e) => e.isFile() && e.name === 'cabal.project');

  if (topLevel.length === 1 && topLevel[0] !== undefined) {
    const top = await readPackage(appDir, topLevel[0]);
    if (top.executables.length > 0) return top;
    // A library at the top may sit beside the app's package, listed in cabal.project.
    if (!hasProject) throw noExecutableError([top]);
  }

  if (!hasProject) {
    if (topLevel.length > 1) {
      throw new HalcyonError('app/several-cabal-files', `Several .cabal files at the top of the app: ${topLevel.join(', ')}`, {
        remedy: 'Keep one .cabal file in the app\'s root directory, or add a cabal.project that lists the packages ("packages: ./app ./lib").',
      });
    }
    const hasHpack = entries.some((e) => e.isFile() && e.name === 'package.yaml');
    throw new HalcyonError('app/no-cabal-file', 'No .cabal file at the top of the app: this buildpack builds cabal packages', {
      remedy: hasHpack
        ? 'The app has a package.yaml: generate the .cabal file with hpack and commit it.'
        : 'Add a .cabal file describing the app with an executable section (e.g. run "cabal init"), or a cabal.project listing the packages.',
    });
  }

  const packages = await projectPackages(appDir);
  if (packages.length === 0) {
    throw new HalcyonError('app/project-without-packages', 'cabal.project lists no packages that exist in the app', {
      remedy: 'List the app\'s package directories or .cabal files in cabal.project, e.g. "packages: ./ ./lib".',
    });
  }
  const app = packages.find((p) => p.executables.length > 0);
  if (app === undefined) throw noExecutableError(packages);
  return app;
}

/** Every package of the app: the one top-level package, or those cabal.project lists. */
export async function findLocalPackages(appDir: string): Promise<CabalPackage[]> {
  const entries = await listDir(appDir);
  if (entries.some((e) => e.isFile() && e.name === 'cabal.project')) return projectPackages(appDir);
  const [only] = cabalFilesIn(entries);
  return only === undefined ? [] : [await readPackage(appDir, only)];
}

/** The packages named by cabal.project's `packages:` field, in order, read and parsed. */
async function projectPackages(appDir: string): Promise<CabalPackage[]> {
  const projectText = await readFile(path.join(appDir, 'cabal.project'), 'utf8');
  const nodes = parseLayout(projectText, 'cabal.project');
  const entries = nodes
    .filter((n): n is Field => n.kind === 'field' && n.name === 'packages')
    .flatMap((f) => splitList(f.lines.join('\n')));
  const patterns = entries.length > 0 ? entries : ['./*.cabal'];

  const cabalFiles: string[] = [];
  for (const pattern of patterns) {
    // Remote tarballs and URLs cannot hold the app; they are dependencies.
    if (/^[a-z][a-z0-9+.-]*:/i.test(pattern) || /\.(tar\.gz|tgz)$/.test(pattern)) continue;
    const matches = await expandPattern(appDir, pattern);
    if (matches.length === 0 && !/[*?]/.test(pattern)) {
      throw new HalcyonError('app/project-package-missing', `cabal.project lists "${pattern}", which is not a .cabal file or a directory holding one`, {
        remedy: `Fix the "packages:" field of cabal.project: give package directories (e.g. "./app") or .cabal files.`,
      });
    }
    for (const match of matches) if (!cabalFiles.includes(match)) cabalFiles.push(match);
  }
  const packages: CabalPackage[] = [];
  for (const file of cabalFiles) packages.push(await readPackage(appDir, file));
  return packages;
}

/** Expands one `packages:` entry into .cabal files relative to appDir (forward slashes). */
async function expandPattern(appDir: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..') || path.isAbsolute(pattern)) {
    throw new HalcyonError('app/project-package-outside', `cabal.project lists "${pattern}", outside the app directory`, {
      remedy: 'Keep all of the app\'s packages inside the app (the directory pushed to Heroku) and list them with relative paths.',
    });
  }
  let candidates = [''];
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of candidates) {
      if (!/[*?]/.test(segment)) {
        next.push(base === '' ? segment : `${base}/${segment}`);
        continue;
      }
      const regex = globSegment(segment);
      let names: Dirent[];
      try {
        names = await readdir(path.join(appDir, base), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
        if (entry.name === 'dist-newstyle') continue;
        if (regex.test(entry.name)) next.push(base === '' ? entry.name : `${base}/${entry.name}`);
      }
    }
    candidates = next;
  }

  const found: string[] = [];
  for (const candidate of candidates) {
    if (candidate.endsWith('.cabal')) {
      try {
        const entries = await readdir(path.join(appDir, path.dirname(candidate)), { withFileTypes: true });
        if (entries.some((e) => e.isFile() && e.name === path.basename(candidate))) found.push(candidate);
      } catch {
        // a missing directory: no match
      }
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(appDir, candidate), { withFileTypes: true });
    } catch {
      continue;
    }
    const inside = cabalFilesIn(entries);
    if (inside.length > 1) {
      throw new HalcyonError('app/several-cabal-files-in-package', `Several .cabal files in ${candidate === '' ? 'the app\'s root' : candidate}: ${inside.join(', ')}`, {
        remedy: 'Keep one .cabal file per package directory.',
      });
    }
    if (inside[0] !== undefined) found.push(candidate === '' ? inside[0] : `${candidate}/${inside[0]}`);
  }
  return found;
}

function globSegment(segment: string): RegExp {
  let source = '';
  for (const c of segment) {
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[\\^$.+()|{}[\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** A top-level field of cabal.project (e.g. `with-compiler`), or undefined when there is no project or no such field. */
export async function projectField(appDir: string, name: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(appDir, 'cabal.project'), 'utf8');
  } catch {
    return undefined;
  }
  return fieldValue(parseLayout(text, 'cabal.project'), name.toLowerCase())?.trim();
}
