// An HTTP proxy on loopback that paces every answer's body to a rate of its own, as S3 bounds
// each connection (AWS's performance guidelines: one concurrent request per 85–90 MB/s wanted).
// It streams: nothing is held beyond what one chunk and the sockets' buffers take.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface PacedProxy {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export async function startPacedProxy(target: string, bytesPerSecond: number): Promise<PacedProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const forwarded = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (answer) => pace(answer, res, bytesPerSecond));
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The answer passed on no faster than `bytesPerSecond` from its first byte. */
function pace(answer: IncomingMessage, res: ServerResponse, bytesPerSecond: number): void {
  res.writeHead(answer.statusCode ?? 502, answer.headers);
  const startedMs = performance.now();
  let sentBytes = 0;
  answer.on('data', (chunk: Buffer) => {
    sentBytes += chunk.length;
    res.write(chunk);
    const aheadMs = (sentBytes / bytesPerSecond) * 1000 - (performance.now() - startedMs);
    const resume = (): void => void (res.writableNeedDrain ? res.once('drain', () => answer.resume()) : answer.resume());
    // A timer sleeps at least a millisecond: only for a pause that long (the rate is kept from the first byte, so short ones add up to it).
    if (aheadMs >= 1) {
      answer.pause();
      setTimeout(resume, aheadMs);
    } else if (res.writableNeedDrain) {
      answer.pause();
      resume();
    }
  });
  answer.on('end', () => res.end());
  answer.on('error', () => res.destroy());
  res.on('close', () => answer.destroy());
}
