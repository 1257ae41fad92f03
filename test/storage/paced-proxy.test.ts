// The bench's S3-like link (test/helpers/paced-proxy.ts): each answer comes at the rate asked,
// whole, and several answers at once each get that rate (as S3 bounds a connection, not a client).
import assert from 'node:assert/strict';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { startPacedProxy, type PacedProxy } from '../helpers/paced-proxy.ts';
import { startS3Server, type S3Server } from '../helpers/s3-server.ts';

const BUCKET = 'paced';
const RATE_BYTES_PER_SECOND = 4 * 1024 * 1024;
let server: S3Server;
let proxy: PacedProxy;
const payload = randomBytes(2 * 1024 * 1024);

before(async () => {
  server = await startS3Server({ buckets: [BUCKET], publicBucket: BUCKET });
  proxy = await startPacedProxy(server.endpoint, RATE_BYTES_PER_SECOND);
  const client = new S3Client(server.clientConfig());
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'object', Body: payload }));
  client.destroy();
});
after(async () => {
  await proxy.stop();
  await server.stop();
});

async function fetchTimed(): Promise<{ body: Buffer; ms: number }> {
  const startedMs = performance.now();
  const response = await fetch(`${proxy.endpoint}/${BUCKET}/object`);
  assert.equal(response.status, 200);
  const body = Buffer.from(await response.arrayBuffer());
  return { body, ms: performance.now() - startedMs };
}

test('an answer through the paced proxy is whole and comes no faster than the rate', async () => {
  const { body, ms } = await fetchTimed();
  assert.ok(body.equals(payload));
  const floorMs = (payload.length / RATE_BYTES_PER_SECOND) * 1000;
  assert.ok(ms >= floorMs * 0.95, `${ms.toFixed(0)} ms for what takes ${floorMs} ms at the rate`);
  assert.ok(ms < floorMs * 3, `${ms.toFixed(0)} ms: far slower than the rate (the pacing's timers add up)`);
});

test('answers at once each get the rate: two take about as long as one', async () => {
  const [one, two] = await Promise.all([fetchTimed(), fetchTimed()]);
  assert.ok(one.body.equals(payload) && two.body.equals(payload));
  const floorMs = (payload.length / RATE_BYTES_PER_SECOND) * 1000;
  assert.ok(Math.max(one.ms, two.ms) < floorMs * 1.8, `${one.ms.toFixed(0)} and ${two.ms.toFixed(0)} ms: the rate is not shared`);
});
