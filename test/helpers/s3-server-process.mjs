// The local S3 server for tests and the demo: s3rver (an S3 server on Koa that stores objects on
// disk) behind a thin HTTP wrapper that adds what s3rver lacks — access control by access key id,
// anonymous reads of one public bucket only, a request log, and fault injection.
//
// This file is plain JavaScript so that scripts/s3-server.mjs can run it without tsx. It is meant
// to run as a CHILD PROCESS started with `node --openssl-legacy-provider` and an IPC channel:
// s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node 17+) refuses
// without the legacy provider, so every truncated listing would answer 500. Only this process
// needs the flag. The parent (test/helpers/s3-server.ts, scripts/s3-server.mjs) drives it over
// IPC; the protocol is:
//
//   parent -> child  { type: 'start', config }         child -> parent { type: 'ready', port, directory }
//                                                                   or  { type: 'error', message }
//   parent -> child  { type: 'call', id, op, arg }     child -> parent { type: 'reply', id, ok, result | message }
//        op: 'requests' | 'clearRequests' | 'failNext'
//
// SIGTERM/SIGINT close the server and exit. When the IPC channel closes (the parent exited or was killed) the child shuts down, so a crashed
// test run leaves no server behind.
//
// What the wrapper enforces (s3rver itself checks only that a signed request's access key id is
// registered; it does not verify SigV4 signatures, lets unsigned requests do anything, and
// ignores ACLs):
//   - requests signed with the read-only key: GET and HEAD only; anything else -> 403 AccessDenied;
//   - unsigned (anonymous) requests: GET and HEAD on the public bucket only; anything else -> 403;
//   - the read-write key: everything; an unknown key id goes through to s3rver, which answers
//     403 InvalidAccessKeyId. s3rver's built-in S3RVER/S3RVER key is revoked.
// Only path-style addressing (http://127.0.0.1:PORT/bucket/key) is supported.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { createCipheriv } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);

const ACCESS_DENIED = { code: 'AccessDenied', message: 'Access Denied' };
const FAULTS = {
  500: { code: 'InternalError', message: 'We encountered an internal error. Please try again.' },
  503: { code: 'SlowDown', message: 'Please reduce your request rate.' },
};

// s3rver's own vhost pattern (with its default serviceEndpoint): a Host such as
// `<bucket>.s3.amazonaws.com` names the bucket. Mirrored here so that the policy sees the same
// bucket as s3rver does.
const VHOST_PATTERN = /^(?:(.+)\.)?s3(-website)?([-.].+)?\.amazonaws\.com$/;

/** Throws a clear error if DES (s3rver's continuation tokens) is unavailable. */
export function checkLegacyOpenssl() {
  try {
    createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
  } catch (err) {
    throw new Error(
      'DES is unavailable in this Node process, so s3rver would answer 500 to every paginated ' +
        'listing: run the S3 server process with `node --openssl-legacy-provider` ' +
        `(${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

/**
 * The access key id of a request: from a SigV4 `Authorization: AWS4-HMAC-SHA256 Credential=AKID/...`
 * header, a SigV2 `Authorization: AWS AKID:sig` header, a presigned SigV4 `X-Amz-Credential`
 * or SigV2 `AWSAccessKeyId` query parameter. `undefined` when the request is unsigned;
 * `null` when it carries auth that cannot be parsed.
 */
export function accessKeyIdOf(headers, searchParams) {
  const auth = headers['authorization'];
  if (typeof auth === 'string') {
    const v4 = /Credential=([^/,\s]+)\//.exec(auth);
    if (v4 && v4[1]) return v4[1];
    const v2 = /^AWS\s+([^:\s]+):/.exec(auth);
    if (v2 && v2[1]) return v2[1];
    return null;
  }
  for (const [name, value] of searchParams) {
    const lower = name.toLowerCase();
    if (lower === 'x-amz-credential') {
      const id = value.split('/')[0];
      return id ? id : null;
    }
    if (name === 'AWSAccessKeyId') return value || null;
  }
  for (const name of searchParams.keys()) {
    const lower = name.toLowerCase();
    if (lower === 'x-amz-algorithm' || name === 'Signature') return null;
  }
  return undefined;
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Bucket and key of a request, as s3rver routes it. */
export function bucketAndKeyOf(hostHeader, pathname) {
  const hostname = (hostHeader ?? '').replace(/:\d+$/, '');
  const vhost = VHOST_PATTERN.exec(hostname);
  const full = vhost && vhost[1] ? `/${vhost[1]}${pathname}` : pathname;
  const rest = full.replace(/^\/+/, '');
  if (rest === '') return { bucket: undefined, key: undefined };
  const slash = rest.indexOf('/');
  if (slash === -1) return { bucket: safeDecode(rest), key: undefined };
  const key = rest.slice(slash + 1);
  return { bucket: safeDecode(rest.slice(0, slash)), key: key === '' ? undefined : safeDecode(key) };
}

function errorXml(code, message) {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>1</RequestId></Error>`
  );
}

/** Reads and discards the request body, then answers an S3 error (a client still sending its
 *  body to a closed request would otherwise see EPIPE / ECONNRESET). */
/** Calls `add` with the size of every body chunk written to `res`. */
function countBytesSent(res, add) {
  const size = (chunk, encoding) =>
    typeof chunk === 'string' ? Buffer.byteLength(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk instanceof Uint8Array ? chunk.length : 0;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    add(size(chunk, rest[0]));
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    add(size(chunk, rest[0]));
    return end(chunk, ...rest);
  };
}

function answerError(req, res, status, { code, message }) {
  const body = errorXml(code, message);
  let answered = false;
  const answer = () => {
    if (answered || res.writableEnded || res.destroyed) return;
    answered = true;
    res.writeHead(status, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
      'x-amz-request-id': '1',
    });
    res.end(body);
  };
  if (req.readableEnded) {
    answer();
    return;
  }
  req.on('end', answer);
  req.on('error', () => res.destroy());
  req.resume();
}

function validateFault(rule) {
  if (!rule || typeof rule !== 'object') throw new Error('failNext: expected an object');
  if (rule.status !== 500 && rule.status !== 503) throw new Error('failNext: status must be 500 or 503');
  if (!Number.isInteger(rule.times) || rule.times < 1) throw new Error('failNext: times must be a positive integer');
  for (const field of ['method', 'keyPrefix', 'bucket']) {
    if (rule[field] !== undefined && typeof rule[field] !== 'string') throw new Error(`failNext: ${field} must be a string`);
  }
}

/**
 * Starts s3rver behind the policy/log/fault wrapper on 127.0.0.1.
 *
 * config: { port?: number (0), directory: string, buckets?: string[], publicBucket?: string,
 *           readWrite: { accessKeyId, secretAccessKey }, readOnly: { accessKeyId, secretAccessKey },
 *           verbose?: boolean (one line per request on stderr; secrets never appear) }
 */
export async function startS3Wrapper(config) {
  checkLegacyOpenssl();
  const S3rver = require('s3rver');
  const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account');

  const { readWrite, readOnly, publicBucket } = config;
  if (!readWrite?.accessKeyId || !readWrite?.secretAccessKey) throw new Error('config.readWrite is required');
  if (!readOnly?.accessKeyId || !readOnly?.secretAccessKey) throw new Error('config.readOnly is required');
  if (readWrite.accessKeyId === readOnly.accessKeyId) throw new Error('the read-write and read-only key ids must differ');
  if (!config.directory) throw new Error('config.directory is required');

  // The registry is process-wide; this process runs one server.
  DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
  DUMMY_ACCOUNT.createKeyPair(readWrite.accessKeyId, readWrite.secretAccessKey);
  DUMMY_ACCOUNT.createKeyPair(readOnly.accessKeyId, readOnly.secretAccessKey);

  const bucketNames = [...new Set([...(config.buckets ?? []), ...(publicBucket ? [publicBucket] : [])])];
  await mkdir(config.directory, { recursive: true });
  const s3rver = new S3rver({
    silent: true,
    directory: config.directory,
    configureBuckets: bucketNames.map((name) => ({ name })),
    // Host names other than IPs/localhost are not taken as bucket names: path-style only.
    vhostBuckets: false,
  });
  await s3rver.configureBuckets();
  const handle = s3rver.callback();

  /** @type {Array<{ method: string, bucket: string | undefined, key: string | undefined, query: Record<string, string>, accessKeyId: string, acl: string | undefined, status: number, bytesIn: number, bytesOut: number }>} */
  let log = [];
  /** Responses still in flight, to read their status if headers went out before 'finish'. */
  const inFlight = new Map();
  /** @type {Array<{ method?: string, keyPrefix?: string, bucket?: string, status: 500 | 503, remaining: number }>} */
  let faults = [];

  const takeFault = (method, bucket, key) => {
    const rule = faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.bucket === undefined || f.bucket === bucket) &&
        (f.keyPrefix === undefined || (key !== undefined && key.startsWith(f.keyPrefix))),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    faults = faults.filter((f) => f.remaining > 0);
    return rule.status;
  };

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { bucket, key } = bucketAndKeyOf(req.headers.host, url.pathname);
    const keyId = accessKeyIdOf(req.headers, url.searchParams);
    const aclHeader = req.headers['x-amz-acl'];
    const aclQuery = [...url.searchParams].find(([n]) => n.toLowerCase() === 'x-amz-acl')?.[1];
    const record = {
      method,
      bucket,
      key,
      query: Object.fromEntries(url.searchParams),
      accessKeyId: typeof keyId === 'string' ? keyId : 'anonymous',
      acl: typeof aclHeader === 'string' ? aclHeader : aclQuery,
      status: 0,
      // The request body as announced (the clients send Content-Length), the response body as sent.
      bytesIn: Number(req.headers['content-length'] ?? 0) || 0,
      bytesOut: 0,
    };
    log.push(record);
    countBytesSent(res, (n) => (record.bytesOut += n));
    inFlight.set(record, res);
    const settle = () => {
      if (!inFlight.has(record)) return;
      if (record.status === 0 && res.headersSent) record.status = res.statusCode;
      inFlight.delete(record);
      if (config.verbose) {
        const target = `/${record.bucket ?? ''}${record.key !== undefined ? `/${record.key}` : ''}`;
        const query = url.search ? ` ${url.search}` : '';
        process.stderr.write(`s3: ${method} ${target}${query} ${record.accessKeyId} ${record.status}\n`);
      }
    };
    res.on('finish', settle);
    res.on('close', settle);

    const isRead = method === 'GET' || method === 'HEAD';
    if (keyId === undefined || keyId === null) {
      // Unsigned (or unparseable auth): anonymous reads of the public bucket only.
      if (!isRead || publicBucket === undefined || bucket !== publicBucket) {
        answerError(req, res, 403, ACCESS_DENIED);
        return;
      }
    } else if (keyId === readOnly.accessKeyId && !isRead) {
      answerError(req, res, 403, ACCESS_DENIED);
      return;
    }

    const fault = takeFault(method, bucket, key);
    if (fault !== undefined) {
      answerError(req, res, fault, FAULTS[fault]);
      return;
    }
    handle(req, res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    directory: config.directory,
    requests() {
      return log.map((r) => {
        const res = inFlight.get(r);
        const status = r.status === 0 && res?.headersSent ? res.statusCode : r.status;
        return { ...r, query: { ...r.query }, status };
      });
    },
    clearRequests() {
      log = [];
    },
    failNext(rule) {
      validateFault(rule);
      faults.push({
        method: rule.method,
        keyPrefix: rule.keyPrefix,
        bucket: rule.bucket,
        status: rule.status,
        remaining: rule.times,
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Child-process mode.

async function runChild() {
  if (typeof process.send !== 'function') {
    process.stderr.write(
      's3-server-process.mjs must be spawned with an IPC channel (see test/helpers/s3-server.ts, scripts/s3-server.mjs)\n',
    );
    process.exit(2);
  }
  /** Resolves once the message is handed to the channel (so an exit right after does not lose it). */
  const send = (msg) =>
    new Promise((resolve) => {
      if (!process.connected) {
        resolve();
        return;
      }
      process.send(msg, undefined, {}, () => resolve());
    });

  /** @type {Awaited<ReturnType<typeof startS3Wrapper>> | undefined} */
  let wrapper;
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(code), 3000);
    timer.unref();
    try {
      await wrapper?.close();
    } finally {
      process.exit(code);
    }
  };
  // The parent exited, was killed, or called disconnect(): nothing can use the server any more.
  process.on('disconnect', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));

  process.on('message', async (msg) => {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'start') {
      if (wrapper) return;
      try {
        wrapper = await startS3Wrapper(msg.config);
        send({ type: 'ready', port: wrapper.port, directory: wrapper.directory });
      } catch (err) {
        await send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
        await shutdown(1);
      }
      return;
    }
    if (msg.type !== 'call') return;
    const reply = (ok, payload) => void send({ type: 'reply', id: msg.id, ok, ...payload });
    try {
      if (!wrapper) throw new Error('server not started');
      switch (msg.op) {
        case 'requests':
          reply(true, { result: wrapper.requests() });
          break;
        case 'clearRequests':
          wrapper.clearRequests();
          reply(true, { result: null });
          break;
        case 'failNext':
          wrapper.failNext(msg.arg);
          reply(true, { result: null });
          break;
        default:
          throw new Error(`unknown op ${String(msg.op)}`);
      }
    } catch (err) {
      reply(false, { message: err instanceof Error ? err.message : String(err) });
    }
  });
}

export const S3_SERVER_PROCESS_FILE = fileURLToPath(import.meta.url);

if (process.argv[1] && path.resolve(process.argv[1]) === S3_SERVER_PROCESS_FILE) {
  await runChild();
}
