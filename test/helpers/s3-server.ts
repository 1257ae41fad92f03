// A local S3 server on 127.0.0.1 (random port) for tests: s3rver in a child process started with
// `node --openssl-legacy-provider` (s3rver encrypts ListObjectsV2 continuation tokens with DES,
// which OpenSSL 3 refuses otherwise, so paginated listings would answer 500), behind a wrapper
// (test/helpers/s3-server-process.mjs) that adds a read-write and a read-only access key, a
// public bucket readable anonymously, a request log and fault injection. The test process
// talks to the child over IPC.
//
// Clients must use path-style addressing and, with @aws-sdk/client-s3,
// `requestChecksumCalculation: 'WHEN_REQUIRED'`: with the SDK's default flexible checksums,
// stream uploads are sent `aws-chunked` and s3rver stores the chunk framing inside the object.
// (Real S3 accepts both; `clientConfig()` below sets both.)
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { S3ClientConfig } from '@aws-sdk/client-s3';

export const S3_SERVER_PROCESS_FILE = fileURLToPath(new URL('./s3-server-process.mjs', import.meta.url));

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export const DEFAULT_READ_WRITE: Readonly<S3Credentials> = { accessKeyId: 'AKIDREADWRITE', secretAccessKey: 'secret-rw' };
export const DEFAULT_READ_ONLY: Readonly<S3Credentials> = { accessKeyId: 'AKIDREADONLY', secretAccessKey: 'secret-ro' };

export interface S3ServerOptions {
  /** Buckets created at start (kept if they already exist in `directory`). */
  buckets?: string[];
  /** A bucket (created too) that unsigned GET/HEAD requests may read. */
  publicBucket?: string;
  /** Storage directory to use (and keep); default: a fresh temp dir, removed by stop(). */
  directory?: string;
  /** Port on 127.0.0.1; default 0 (random). */
  port?: number;
  readWrite?: S3Credentials;
  readOnly?: S3Credentials;
  /** Node flags for the child; default ['--openssl-legacy-provider']. For tests of the helper itself. */
  execArgv?: string[];
}

/** One request as the server saw it. Secrets are never recorded. */
export interface RequestRecord {
  method: string;
  bucket: string | undefined;
  /** Object key, percent-decoded; undefined for bucket- and service-level requests. */
  key: string | undefined;
  query: Record<string, string>;
  /** From the Authorization header or presigned query; 'anonymous' if unsigned or unparseable. */
  accessKeyId: string;
  /** The x-amz-acl header (or presigned query parameter). */
  acl: string | undefined;
  /** Response status; 0 if no response was sent (client aborted). */
  status: number;
  /** The request body's size as its Content-Length announced it (0 without one). */
  bytesIn: number;
  /** The response body's size as sent (0 for HEAD and most errors' headers alone). */
  bytesOut: number;
}

export interface FailNextOptions {
  /** Only requests with this method (case-insensitive). */
  method?: string;
  /** Only object requests whose key starts with this. */
  keyPrefix?: string;
  /** Only requests to this bucket. */
  bucket?: string;
  /** 500 answers InternalError, 503 answers SlowDown (S3 error XML). */
  status: 500 | 503;
  /** How many matching requests fail. */
  times: number;
}

export interface S3Server {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  endpoint: string;
  port: number;
  region: 'us-east-1';
  directory: string;
  buckets: string[];
  publicBucket: string | undefined;
  readWrite: S3Credentials;
  readOnly: S3Credentials;
  /** Client config for @aws-sdk/client-s3: endpoint, region, path style, WHEN_REQUIRED checksums. */
  clientConfig(credentials?: S3Credentials): S3ClientConfig;
  /** Every request since start (or the last clearRequests()), in arrival order. */
  requests(): Promise<RequestRecord[]>;
  clearRequests(): Promise<void>;
  /**
   * The next `times` requests matching the filter answer `status`. Applied only to requests the
   * access policy lets through (a denied request answers 403 and does not use up a fault).
   * Rules queue up; each request consumes from the first matching rule.
   */
  failNext(options: FailNextOptions): Promise<void>;
  /** Stops the child process and waits for it; removes the temp dir it created. Idempotent. */
  stop(): Promise<void>;
}

type ChildMessage =
  | { type: 'ready'; port: number; directory: string }
  | { type: 'error'; message: string }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; message: string };

function isChildMessage(msg: unknown): msg is ChildMessage {
  return typeof msg === 'object' && msg !== null && 'type' in msg && typeof msg.type === 'string';
}

export async function startS3Server(options: S3ServerOptions = {}): Promise<S3Server> {
  const readWrite: S3Credentials = { ...(options.readWrite ?? DEFAULT_READ_WRITE) };
  const readOnly: S3Credentials = { ...(options.readOnly ?? DEFAULT_READ_ONLY) };
  const ownDirectory = options.directory === undefined;
  const directory = options.directory ?? (await mkdtemp(path.join(tmpdir(), 's3rver-')));
  const buckets = [...(options.buckets ?? [])];
  const publicBucket = options.publicBucket;

  const child: ChildProcess = fork(S3_SERVER_PROCESS_FILE, [], {
    execArgv: options.execArgv ?? ['--openssl-legacy-provider'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });

  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
    process.stderr.write(chunk);
  });

  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let stopped = false;
  let stopping: Promise<void> | undefined;

  // Keep this process alive only while it waits for the child; a test that forgets stop() does not
  // hang its runner (and the child exits when the IPC channel closes with this process).
  const refresh = (): void => {
    if (exited) return;
    if (pending.size > 0) child.channel?.ref();
    else child.channel?.unref();
  };

  const describeDeath = (): string =>
    `S3 server process exited (code ${String(child.exitCode)}, signal ${String(child.signalCode)})` +
    (stderrTail ? `: ${stderrTail.trim()}` : '');

  const ready = new Promise<{ port: number }>((resolve, reject) => {
    const onMessage = (msg: unknown): void => {
      if (!isChildMessage(msg)) return;
      if (msg.type === 'ready') {
        child.off('exit', onEarlyExit);
        resolve({ port: msg.port });
      } else if (msg.type === 'error') {
        child.off('exit', onEarlyExit);
        reject(new Error(`S3 server failed to start: ${msg.message}`));
      }
    };
    const onEarlyExit = (): void => reject(new Error(describeDeath()));
    child.on('message', onMessage);
    child.once('exit', onEarlyExit);
    child.once('error', reject);
  });

  child.on('message', (msg: unknown) => {
    if (!isChildMessage(msg) || msg.type !== 'reply') return;
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    refresh();
    if (msg.ok) waiter.resolve(msg.result);
    else waiter.reject(new Error(`S3 server: ${msg.message}`));
  });
  child.once('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error(describeDeath()));
    pending.clear();
  });

  child.send({
    type: 'start',
    config: { port: options.port ?? 0, directory, buckets, publicBucket, readWrite, readOnly },
  });

  let port: number;
  try {
    ({ port } = await ready);
  } catch (err) {
    if (child.pid !== undefined) {
      if (!exited) child.kill('SIGKILL');
      await exitPromise;
    }
    if (ownDirectory) await rm(directory, { recursive: true, force: true });
    throw err;
  }
  // From here on only pending calls keep this process alive (see refresh()). A test that forgets
  // stop() therefore ends normally: the child exits when the IPC channel closes, and the exit hook
  // below removes the temp dir.
  child.unref();
  const stderr = child.stderr;
  if (stderr && 'unref' in stderr && typeof stderr.unref === 'function') stderr.unref();
  refresh();
  const onParentExit = (): void => {
    if (!exited) child.kill('SIGKILL');
    if (ownDirectory) rmSync(directory, { recursive: true, force: true });
  };
  process.once('exit', onParentExit);

  const call = (op: 'requests' | 'clearRequests' | 'failNext', arg?: unknown): Promise<unknown> => {
    if (stopped || exited) return Promise.reject(new Error(stopped ? 'S3 server stopped' : describeDeath()));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      refresh();
      child.send({ type: 'call', id, op, arg }, (err) => {
        if (err) {
          pending.delete(id);
          refresh();
          reject(err);
        }
      });
    });
  };

  const endpoint = `http://127.0.0.1:${port}`;

  return {
    endpoint,
    port,
    region: 'us-east-1',
    directory,
    buckets,
    publicBucket,
    readWrite,
    readOnly,
    clientConfig(credentials: S3Credentials = readWrite): S3ClientConfig {
      return {
        endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { ...credentials },
        // s3rver stores aws-chunked framing inside objects; see the comment at the top.
        requestChecksumCalculation: 'WHEN_REQUIRED',
      };
    },
    async requests(): Promise<RequestRecord[]> {
      const result = await call('requests');
      if (!Array.isArray(result)) throw new Error('S3 server: bad requests() reply');
      return result.map((r: RequestRecord) => ({
        method: r.method,
        bucket: r.bucket,
        key: r.key,
        query: r.query,
        accessKeyId: r.accessKeyId,
        acl: r.acl,
        status: r.status,
        bytesIn: r.bytesIn,
        bytesOut: r.bytesOut,
      }));
    },
    async clearRequests(): Promise<void> {
      await call('clearRequests');
    },
    async failNext(failOptions: FailNextOptions): Promise<void> {
      const { method, keyPrefix, bucket, status, times } = failOptions;
      await call('failNext', { method, keyPrefix, bucket, status, times });
    },
    stop(): Promise<void> {
      stopping ??= (async () => {
        stopped = true;
        if (!exited) {
          child.ref();
          child.kill('SIGTERM');
          const timer = setTimeout(() => {
            if (!exited) child.kill('SIGKILL');
          }, 5000);
          await exitPromise;
          clearTimeout(timer);
        }
        if (ownDirectory) await rm(directory, { recursive: true, force: true });
        process.off('exit', onParentExit);
      })();
      return stopping;
    },
  };
}
