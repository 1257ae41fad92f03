import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { lookupVar, looksSecret } from '../config/schema.ts';

export interface EnvDirVars {
  /** Variables to use, in name order. */
  readonly vars: Readonly<Record<string, string>>;
  /** Names ignored, each with the reason. */
  readonly skipped: readonly { name: string; reason: string }[];
}

// A config var must not redirect where the buildpack itself runs or what it executes.
const UNSAFE = /^(PATH|GIT_DIR|CPATH|LIBRARY_PATH|LD_.*|BUILDPACK_INTERNAL_.*|HALCYON_INTERNAL_.*)$/;

/** Reads Heroku's ENV_DIR: one file per config var, the file name being the name. */
export async function readEnvDir(envDir: string | undefined): Promise<EnvDirVars> {
  const vars: Record<string, string> = {};
  const skipped: { name: string; reason: string }[] = [];
  if (!envDir) return { vars, skipped };
  let names: string[];
  try {
    names = (await readdir(envDir)).sort();
  } catch {
    return { vars, skipped };
  }
  for (const name of names) {
    const file = path.join(envDir, name);
    if (!(await stat(file).catch(() => undefined))?.isFile()) continue;
    if (UNSAFE.test(name)) {
      skipped.push({ name, reason: 'not settable by a config var' });
      continue;
    }
    if (lookupVar(name)?.scope === 'process') {
      skipped.push({ name, reason: 'fixed by the buildpack' });
      continue;
    }
    vars[name] = (await readFile(file, 'utf8')).replace(/\n$/, '');
  }
  return { vars, skipped };
}

/** The schema says for its own variables (HALCYON_NO_PRIVATE_STORAGE is no secret); the name decides for the app's. */
export function isSecretVar(name: string): boolean {
  const spec = lookupVar(name);
  return spec ? spec.secret === true : looksSecret(name);
}

export function displayValue(name: string, value: string): string {
  return isSecretVar(name) ? '(secret)' : value;
}
