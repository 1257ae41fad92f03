import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { lookupVar, looksSecret } from '../config/schema.ts';
import { errorMessage } from '../errors.ts';

export interface EnvDirVars {
  /** Variables to use, in name order. */
  readonly vars: Readonly<Record<string, string>>;
  /** Names ignored, each with the reason. */
  readonly skipped: readonly { name: string; reason: string; warn?: boolean }[];
}

// A config var must not redirect where the buildpack itself runs or what it executes.
const UNSAFE = /^(PATH|GIT_DIR|CPATH|LIBRARY_PATH|LD_.*|BUILDPACK_INTERNAL_.*|HALCYON_INTERNAL_.*)$/;

/** A config var longer than this cannot be handed to a child process (Linux's limit per variable). */
export const MAX_ENV_VALUE_BYTES = 128 * 1024 - 1;

/**
 * Reads Heroku's ENV_DIR: one file per config var, the file name being the name. An entry
 * that cannot be a config var (a directory, an unreadable file, a dangling symlink) is
 * skipped with the reason, never a crash.
 */
export async function readEnvDir(envDir: string | undefined): Promise<EnvDirVars> {
  const vars: Record<string, string> = {};
  const skipped: { name: string; reason: string; warn?: boolean }[] = [];
  if (!envDir) return { vars, skipped };
  let names: string[];
  try {
    names = (await readdir(envDir)).sort();
  } catch {
    return { vars, skipped };
  }
  for (const name of names) {
    const file = path.join(envDir, name);
    if (UNSAFE.test(name)) {
      skipped.push({ name, reason: 'not settable by a config var' });
      continue;
    }
    if (lookupVar(name)?.scope === 'process') {
      skipped.push({ name, reason: 'fixed by the buildpack' });
      continue;
    }
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      skipped.push({ name, reason: info ? 'it is a directory, not a file' : 'it is a dangling symlink', warn: true });
      continue;
    }
    try {
      vars[name] = (await readFile(file, 'utf8')).replace(/\n$/, '');
    } catch (error) {
      skipped.push({ name, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`, warn: true });
    }
  }
  return { vars, skipped };
}

/** The schema says for its own variables (HALCYON_NO_PRIVATE_STORAGE is no secret); the name decides for the app's. */
export function isSecretVar(name: string): boolean {
  const spec = lookupVar(name);
  return spec ? spec.secret === true : looksSecret(name);
}

/**
 * How the config var listing shows a value: the buildpack's own variables with their value
 * (masked when secret, cut when long); the app's by name only, since nothing tells which of
 * them are secret (SMTP_PASS, DB_PWD, a DSN).
 */
export function displayValue(name: string, value: string): string {
  const spec = lookupVar(name);
  if (!spec) return '(set)';
  if (spec.secret) return '(secret)';
  return value.length > 120 ? `${value.slice(0, 100)}… (${value.length} characters)` : value;
}
