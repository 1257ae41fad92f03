import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);

// src/log/logger.ts
var Logger = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  secrets = [];
  warned = 0;
  /** Warnings printed so far: a caller that gets a miss can tell a quiet one from one already explained. */
  get warningCount() {
    return this.warned;
  }
  /** Any line containing one of these values is printed with the value replaced by (secret). */
  addSecret(value) {
    if (value.length >= 4 && !this.secrets.includes(value)) this.secrets.push(value);
  }
  step(text) {
    this.sink.stdout(`-----> ${this.mask(text)}`);
  }
  detail(text) {
    for (const line of text.split("\n")) this.sink.stdout(`       ${this.mask(line)}`);
  }
  /** Diagnostics for a bug report (a stack trace), on stderr and masked like everything else. */
  trace(text) {
    for (const line of text.split("\n")) this.sink.stderr(this.mask(line));
  }
  warn(message, remedy) {
    this.warned += 1;
    this.block("Warning", message, remedy);
  }
  /** `id`: the error's stable id, last in the block, so it can be searched for. */
  error(message, remedy, id) {
    this.block("Error", message, remedy, id);
  }
  block(kind, message, remedy, id) {
    const lines = [`${kind}: ${message}`, ...remedy ? ["", ...remedy.split("\n")] : [], ...id ? ["", `Error id: ${id}`] : []];
    this.sink.stderr("");
    for (const line of lines) this.sink.stderr(line === "" ? " !" : ` !     ${this.mask(line)}`);
    this.sink.stderr("");
  }
  mask(text) {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join("(secret)");
    return masked;
  }
};
function urlPasswords(text) {
  const found = [];
  for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 3)) {
    if (!/[a-z+]$/i.test(text.slice(Math.max(0, at - 1), at))) continue;
    const authority = /^[^/@\s]*@/.exec(text.slice(at + 3, at + 3 + 2048))?.[0];
    const colon = authority?.indexOf(":") ?? -1;
    if (authority === void 0 || colon < 0 || colon === authority.length - 2) continue;
    const password = authority.slice(colon + 1, -1);
    found.push(password);
    try {
      found.push(decodeURIComponent(password));
    } catch {
    }
  }
  return found;
}

export {
  Logger,
  urlPasswords
};
