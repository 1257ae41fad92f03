// GNU tar's verbose listing (`-vv`, `--quoting-style=escape`, LC_ALL=C), one line a member:
//   -rw-r--r-- 0/0       3 2026-11-29 07:54 ./a file
//   lrwxrwxrwx 0/0       0 2026-11-29 07:54 ./sub/link -> ../a file
//   hrw-r--r-- 0/0       0 2026-11-29 07:54 ./sub/b link to ./hard
// read back into what each member is, so every entry is checked as tar extracts it.

import { ArchiveError } from './errors.ts';

export type ListedType = 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'block-device' | 'fifo' | 'other';

export interface ListedEntry {
  readonly name: string;
  readonly type: ListedType;
  readonly linkname: string | undefined;
  readonly size: number;
  /** The permission string, e.g. `-rwsr-xr-x`. */
  readonly mode: string;
}

const LINE = /^([-dlhcbpsC?])([-rwxsStT]{9})\s+\S+\s+(\d+|\d+,\s*\d+)\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? (.*)$/;

const TYPES: Record<string, ListedType> = { '-': 'file', C: 'file', d: 'directory', l: 'symlink', h: 'link', c: 'character-device', b: 'block-device', p: 'fifo' };

/** One member, or undefined for a line that is not one (a warning tar wrote among them). */
export function parseListingLine(line: string): ListedEntry | undefined {
  const match = LINE.exec(line);
  if (!match) return undefined;
  const [, typeChar = '?', permissions = '', size = '0', rest = ''] = match;
  const type = TYPES[typeChar] ?? 'other';
  const separator = type === 'symlink' ? ' -> ' : type === 'link' ? ' link to ' : undefined;
  let name = rest;
  let linkname: string | undefined;
  if (separator) {
    // A name holding the separator would make the split a guess: refused rather than guessed.
    if (rest.split(separator).length !== 2) {
      throw new ArchiveError(`entry ${JSON.stringify(rest)} cannot be read unambiguously`, { reason: 'unsafe-entry' });
    }
    [name = '', linkname = ''] = rest.split(separator);
    linkname = unescape(linkname);
  }
  return { name: unescape(name), type, linkname, size: /,/.test(size) ? 0 : Number(size), mode: `${typeChar}${permissions}` };
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '?': 63, ' ': 32 };

/** Undoes `--quoting-style=escape`: C escapes and octal bytes, then UTF-8. */
export function unescape(text: string): string {
  if (!text.includes('\\')) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else {
      const next = text.charAt(i + 1);
      bytes.push(SIMPLE_ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** setuid, setgid or sticky: never in a layer. */
export function hasSpecialBits(mode: string): boolean {
  return /[sStT]/.test(mode.slice(1));
}
