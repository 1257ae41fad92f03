// A fault-injecting HTTP proxy on loopback, in front of the S3 server (or any HTTP server):
// each rule makes the next matching requests fail one way: stall before or within the
// answer, announce a longer body than it sends, reset, truncate, answer 5xx, 412 or garbage,
// trickle the body, answer other bytes than the range asked (or the whole object, trickled,
// or the range's first half alone),
// or store a cut-short upload. Everything else passes through.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  | 'stall-before-answer'
  | 'stall-in-body'
  | 'longer-content-length'
  | 'reset'
  | 'truncate-body'
  | 'status-500'
  | 'status-412'
  | 'garbage-xml'
  | 'throttle'
  | 'truncate-upload'
  | 'other-range'
  | 'whole-for-range'
  | 'short-range';

export interface FaultRule {
  readonly fault: Fault;
  readonly method?: string;
  /** Matched against the request path (bucket and key). */
  readonly path?: RegExp;
  /** How many matching requests get the fault; then it is used up. */
  times: number;
  /** Matching requests to let through first. */
  skip?: number;
}

export interface FaultProxy {
  readonly endpoint: string;
  inject(rule: FaultRule): void;
  /** Requests that met a fault: method, path and the fault. */
  readonly hits: { method: string; path: string; fault: Fault }[];
  /** Every request's method, path and Range header, faulted or not, with when it came and when its answer ended (and, where the body is trickled, the bytes of it sent). */
  readonly seen: { method: string; path: string; range: string | undefined; atMs: number; endedAtMs: number | undefined; sentBytes?: number }[];
  stop(): Promise<void>;
}

const THROTTLE_CHUNK_BYTES = 16 * 1024;
const THROTTLE_DELAY_MS = 200;

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const rules: FaultRule[] = [];
  const hits: FaultProxy['hits'] = [];
  const seen: FaultProxy['seen'] = [];
  const sockets = new Set<Socket>();

  const take = (req: IncomingMessage): Fault | undefined => {
    const rule = rules.find((r) => r.times > 0 && (!r.method || r.method === req.method) && (!r.path || r.path.test(req.url ?? '')));
    if (!rule) return undefined;
    if ((rule.skip ?? 0) > 0) {
      rule.skip = (rule.skip ?? 0) - 1;
      return undefined;
    }
    rule.times -= 1;
    hits.push({ method: req.method ?? '', path: req.url ?? '', fault: rule.fault });
    return rule.fault;
  };

  const server: Server = createServer((req, res) => {
    const request: FaultProxy['seen'][number] = { method: req.method ?? '', path: req.url ?? '', range: req.headers.range, atMs: Date.now(), endedAtMs: undefined };
    seen.push(request);
    res.on('close', () => (request.endedAtMs = Date.now()));
    const fault = take(req);
    void handle(req, res, fault, request).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, fault: Fault | undefined, request: FaultProxy['seen'][number]): Promise<void> {
    const body = await readAll(req);
    if (fault === 'reset') return void req.socket.destroy();
    if (fault === 'stall-before-answer') return;
    if (fault === 'status-500') {
      return void res.writeHead(500, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><Error><Code>InternalError</Code><Message>injected</Message></Error>');
    }
    if (fault === 'status-412') {
      return void res.writeHead(412, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><Error><Code>PreconditionFailed</Code><Message>injected</Message></Error>');
    }
    if (fault === 'garbage-xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end('<<<this is not XML at all');
    const sent = fault === 'truncate-upload' ? body.subarray(0, Math.floor(body.length / 2)) : body;
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: upstream.host, 'content-length': String(sent.length) };
    if (fault === 'truncate-upload') delete headers['content-md5'];
    // A cache in the way that ignores ranges: the whole object, whatever was asked.
    if (fault === 'whole-for-range') delete headers.range;
    const answer = await new Promise<IncomingMessage>((resolve, reject) => {
      const forwarded = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, resolve);
      forwarded.on('error', reject);
      forwarded.end(sent);
    });
    const payload = await readAll(answer);
    const length = Number(answer.headers['content-length'] ?? payload.length);
    switch (fault) {
      case 'stall-in-body':
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.write(payload.subarray(0, Math.min(payload.length - 1, 64 * 1024)));
        return;
      case 'longer-content-length':
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(length + 4096) });
        res.write(payload);
        return;
      case 'other-range': {
        // A 206 for bytes other than those asked for (a buggy cache in the way): the range one byte on.
        const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(answer.headers['content-range'] ?? ''));
        const shifted = range ? `bytes ${Number(range[1]) + 1}-${range[2]}/${range[3]}` : 'bytes 1-1/2';
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-range': shifted, 'content-length': String(Math.max(0, payload.length - 1)) });
        res.end(payload.subarray(1));
        return;
      }
      case 'short-range': {
        // A 206 for the first half of the span asked, whole as its headers say (a server that caps a range's length).
        const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(answer.headers['content-range'] ?? ''));
        const half = Math.max(1, Math.floor(payload.length / 2));
        const cut = range ? `bytes ${range[1]}-${Number(range[1]) + half - 1}/${range[3]}` : 'bytes 0-0/1';
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-range': cut, 'content-length': String(half) });
        res.end(payload.subarray(0, half));
        return;
      }
      case 'truncate-body':
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => res.socket?.destroy());
        return;
      case 'throttle':
      case 'whole-for-range':
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        request.sentBytes = 0;
        for (let at = 0; at < payload.length && !res.destroyed; at += THROTTLE_CHUNK_BYTES) {
          res.write(payload.subarray(at, at + THROTTLE_CHUNK_BYTES));
          request.sentBytes += Math.min(THROTTLE_CHUNK_BYTES, payload.length - at);
          await new Promise((resolve) => setTimeout(resolve, THROTTLE_DELAY_MS));
        }
        res.end();
        return;
      default:
        res.writeHead(answer.statusCode ?? 502, answer.headers).end(payload);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    hits,
    seen,
    inject: (rule) => rules.push(rule),
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
