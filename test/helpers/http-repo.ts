// A cabal package repository over HTTP with basic auth (a private Hackage mirror, say), on
// loopback: a legacy index (00-index.tar.gz) and package/<name>-<version>.tar.gz, built from
// the example repository's tarballs. Requests without the right credentials answer 401.
import { createServer, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './heroku.ts';

export interface HttpRepo {
  readonly url: string;
  readonly requests: { path: string; authorized: boolean }[];
  close(): Promise<void>;
}

export async function startHttpRepo(user: string, password: string): Promise<HttpRepo> {
  const source = path.join(REPO_ROOT, 'examples', 'repo');
  const tarballs = (await readdir(source)).filter((name) => name.endsWith('.tar.gz'));
  const files = new Map<string, Buffer>();
  for (const name of tarballs) files.set(`/package/${name}`, await readFile(path.join(source, name)));
  files.set('/00-index.tar.gz', gzipSync(indexTar(source, tarballs)));
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const requests: HttpRepo['requests'] = [];
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const authorized = req.headers.authorization === expected;
    requests.push({ path: urlPath, authorized });
    if (!authorized) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="packages"' }).end();
    const body = files.get(urlPath);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A legacy index: <name>/<version>/<name>.cabal for each tarball, as GNU tar writes it. */
function indexTar(source: string, tarballs: readonly string[]): Buffer {
  const script = `set -e; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$1"; shift; for t in "$@"; do n=\${t%.tar.gz}; name=\${n%-*}; ver=\${n##*-}; mkdir -p "$d/$name/$ver"; tar -xzf "$t" -O "$n/$name.cabal" > "$d/$name/$ver/$name.cabal"; done; cd "$d"; tar --format=ustar -cf - */*/*.cabal`;
  const result = spawnSync('bash', ['-c', script, 'bash', source, ...tarballs], { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`index: ${result.stderr.toString()}`);
  return result.stdout;
}
