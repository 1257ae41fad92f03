// Heroku's build output conventions: `-----> ` for a step, seven spaces for detail lines,
// warnings and errors on stderr as ` !     ` blocks with the remedy. Secrets are masked here,
// at the one place every line passes through.

export interface OutputSink {
  stdout(line: string): void;
  stderr(line: string): void;
}

export class Logger {
  private readonly secrets: string[] = [];
  private warned = 0;

  /** Warnings printed so far: a caller that gets a miss can tell a quiet one from one already explained. */
  get warningCount(): number {
    return this.warned;
  }

  constructor(private readonly sink: OutputSink) {}

  /** Any line containing one of these values is printed with the value replaced by (secret). */
  addSecret(value: string): void {
    if (value.length >= 4 && !this.secrets.includes(value)) this.secrets.push(value);
  }

  step(text: string): void {
    this.sink.stdout(`-----> ${this.mask(text)}`);
  }

  detail(text: string): void {
    for (const line of text.split('\n')) this.sink.stdout(`       ${this.mask(line)}`);
  }

  /** Diagnostics for a bug report (a stack trace), on stderr and masked like everything else. */
  trace(text: string): void {
    for (const line of text.split('\n')) this.sink.stderr(this.mask(line));
  }

  warn(message: string, remedy?: string): void {
    this.warned += 1;
    this.block('Warning', message, remedy);
  }

  /** `id`: the error's stable id, last in the block, so it can be searched for. */
  error(message: string, remedy?: string, id?: string): void {
    this.block('Error', message, remedy, id);
  }

  private block(kind: 'Warning' | 'Error', message: string, remedy: string | undefined, id?: string): void {
    const lines = [`${kind}: ${message}`, ...(remedy ? ['', ...remedy.split('\n')] : []), ...(id ? ['', `Error id: ${id}`] : [])];
    this.sink.stderr('');
    for (const line of lines) this.sink.stderr(line === '' ? ' !' : ` !     ${this.mask(line)}`);
    this.sink.stderr('');
  }

  private mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join('(secret)');
    return masked;
  }
}

/**
 * The password of a URL with credentials (https://user:password@host/), as written and
 * decoded. A scan from each `://`, linear in the text: a config var may be megabytes.
 */
export function urlPasswords(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    if (!/[a-z+]$/i.test(text.slice(Math.max(0, at - 1), at))) continue;
    const authority = /^[^/@\s]*@/.exec(text.slice(at + 3, at + 3 + 2048))?.[0];
    const colon = authority?.indexOf(':') ?? -1;
    if (authority === undefined || colon < 0 || colon === authority.length - 2) continue;
    const password = authority.slice(colon + 1, -1);
    found.push(password);
    try {
      found.push(decodeURIComponent(password));
    } catch {
      // Not valid percent-encoding: the written form is all there is to hide.
    }
  }
  return found;
}

export function memorySink(): OutputSink & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (line) => out.push(line), stderr: (line) => err.push(line) };
}
