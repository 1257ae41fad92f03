#!/usr/bin/env node
// A local S3 server for the demo and the README: the same server the tests use
// (test/helpers/s3-server-process.mjs: s3rver behind a wrapper with a read-write key, a read-only
// key and an anonymously readable public bucket), started in a child process with
// `node --openssl-legacy-provider` (s3rver's paginated listings need DES). Prints the settings as
// `export NAME=value` lines, then stays in the foreground until SIGINT/SIGTERM.
//
//   node scripts/s3-server.mjs --port 9000 --bucket my-bucket --public-bucket halcyon-public --dir /tmp/x
//
// Options:
//   --port N               port on 127.0.0.1 (default 0: a random free port)
//   --bucket NAME          a private bucket to create (repeatable)
//   --public-bucket NAME   a bucket unsigned GET/HEAD requests may read
//   --dir PATH             storage directory, kept on exit (default: a temp dir, removed on exit)
//   --write-env PATH       also write the export lines to PATH once the server is ready
//   --verbose              print one line per request on stderr
//
// Clients: path-style addressing, region us-east-1; with @aws-sdk/client-s3 use
// requestChecksumCalculation 'WHEN_REQUIRED' (s3rver stores aws-chunked framing inside objects).
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SERVER_FILE = fileURLToPath(new URL('../test/helpers/s3-server-process.mjs', import.meta.url));
const READ_WRITE = { accessKeyId: 'AKIDREADWRITE', secretAccessKey: 'secret-rw' };
const READ_ONLY = { accessKeyId: 'AKIDREADONLY', secretAccessKey: 'secret-ro' };

function usage(message) {
  process.stderr.write(
    `${message ? `s3-server: ${message}\n` : ''}` +
      'usage: node scripts/s3-server.mjs [--port N] [--bucket NAME]... [--public-bucket NAME] [--dir PATH] [--write-env PATH] [--verbose]\n',
  );
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      bucket: { type: 'string', multiple: true, default: [] },
      'public-bucket': { type: 'string' },
      dir: { type: 'string' },
      'write-env': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (err) {
  usage(err instanceof Error ? err.message : String(err));
}
if (args.help) usage();
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`bad --port ${args.port}`);
const buckets = args.bucket;
const publicBucket = args['public-bucket'];
if (buckets.length === 0 && publicBucket === undefined) usage('give at least one --bucket or --public-bucket');

const ownDirectory = args.dir === undefined;
const directory = args.dir !== undefined ? path.resolve(args.dir) : await mkdtemp(path.join(tmpdir(), 's3rver-'));

const child = fork(SERVER_FILE, [], {
  execArgv: ['--openssl-legacy-provider'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  serialization: 'advanced',
});

let ready = false;
let stopping = false;
let failed = false;

async function cleanup() {
  if (ownDirectory) await rm(directory, { recursive: true, force: true });
}

child.on('exit', async (code, signal) => {
  await cleanup();
  if (stopping) process.exit(failed ? 1 : 0);
  process.stderr.write(`s3-server: the server process exited (code ${code}, signal ${signal})\n`);
  process.exit(1);
});

child.on('message', async (msg) => {
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'error') {
    process.stderr.write(`s3-server: ${msg.message}\n`);
    // The child exits by itself; exit non-zero once it has.
    stopping = true;
    failed = true;
    return;
  }
  if (msg.type !== 'ready' || ready) return;
  ready = true;
  const endpoint = `http://127.0.0.1:${msg.port}`;
  const lines = [
    `# s3rver on ${endpoint} (region us-east-1, path-style), storage ${directory}; stop with Ctrl-C`,
    `export HALCYON_S3_ENDPOINT=${endpoint}`,
    ...(buckets[0] !== undefined ? [`export HALCYON_S3_BUCKET=${buckets[0]}`] : []),
    `export HALCYON_AWS_ACCESS_KEY_ID=${READ_WRITE.accessKeyId}`,
    `export HALCYON_AWS_SECRET_ACCESS_KEY=${READ_WRITE.secretAccessKey}`,
    ...(publicBucket !== undefined ? [`export HALCYON_PUBLIC_STORAGE_URL=${endpoint}/${publicBucket}`] : []),
    `# read-only key: HALCYON_AWS_ACCESS_KEY_ID=${READ_ONLY.accessKeyId} HALCYON_AWS_SECRET_ACCESS_KEY=${READ_ONLY.secretAccessKey}`,
    ...(buckets.length > 1 ? [`# other buckets: ${buckets.slice(1).join(' ')}`] : []),
  ];
  const text = `${lines.join('\n')}\n`;
  if (args['write-env'] !== undefined) await writeFile(args['write-env'], text);
  process.stdout.write(text);
});

const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

child.send({
  type: 'start',
  config: { port, directory, buckets, publicBucket, readWrite: READ_WRITE, readOnly: READ_ONLY, verbose: args.verbose },
});
