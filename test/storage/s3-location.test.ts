import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveS3Location } from '../../src/storage/s3-location.ts';
import { publicLocation } from '../../src/storage/public-store.ts';
import { classifyS3Error } from '../../src/storage/s3-errors.ts';

test('no endpoint: AWS in the given region, or us-east-1', () => {
  assert.deepEqual(resolveS3Location(undefined, undefined, undefined), { endpoint: undefined, region: 'us-east-1', forcePathStyle: false });
  assert.deepEqual(resolveS3Location(undefined, 'eu-central-1', undefined), { endpoint: undefined, region: 'eu-central-1', forcePathStyle: false });
});

test('legacy AWS hosts (the seed\'s HALCYON_S3_HOST values) select their region, signed SigV4 by the SDK', () => {
  assert.equal(resolveS3Location('s3-eu-west-1.amazonaws.com', undefined, undefined).region, 'eu-west-1');
  assert.equal(resolveS3Location('s3.eu-central-1.amazonaws.com', undefined, undefined).region, 'eu-central-1');
  assert.equal(resolveS3Location('https://s3.dualstack.ap-southeast-2.amazonaws.com', undefined, undefined).region, 'ap-southeast-2');
  assert.equal(resolveS3Location('s3.amazonaws.com', undefined, undefined).region, 'us-east-1');
  assert.equal(resolveS3Location('s3-external-1.amazonaws.com', undefined, undefined).region, 'us-east-1');
  assert.equal(resolveS3Location('s3-us-gov-west-1.amazonaws.com', undefined, undefined).region, 'us-gov-west-1');
  assert.equal(resolveS3Location('s3-eu-west-1.amazonaws.com', undefined, undefined).endpoint, undefined);
  assert.equal(resolveS3Location('s3-eu-west-1.amazonaws.com', 'eu-west-2', undefined).region, 'eu-west-2');
});

test('other endpoints are S3-compatible services, path-style by default', () => {
  assert.deepEqual(resolveS3Location('minio.internal:9000', undefined, undefined), { endpoint: 'https://minio.internal:9000', region: 'us-east-1', forcePathStyle: true });
  assert.deepEqual(resolveS3Location('http://127.0.0.1:9000/', 'auto', false), { endpoint: 'http://127.0.0.1:9000', region: 'auto', forcePathStyle: false });
});

test('a public storage URL names its bucket: AWS virtual-hosted or path-style, or ENDPOINT/BUCKET', () => {
  assert.deepEqual(publicLocation('https://halcyon.s3.amazonaws.com'), { bucket: 'halcyon', endpoint: undefined, region: 'us-east-1', forcePathStyle: false });
  assert.deepEqual(publicLocation('https://my.bucket.s3.eu-central-1.amazonaws.com/'), { bucket: 'my.bucket', endpoint: undefined, region: 'eu-central-1', forcePathStyle: false });
  assert.deepEqual(publicLocation('https://s3-eu-west-1.amazonaws.com/halcyon'), { bucket: 'halcyon', endpoint: undefined, region: 'eu-west-1', forcePathStyle: true });
  assert.deepEqual(publicLocation('http://127.0.0.1:9000/public-bucket/'), { bucket: 'public-bucket', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true });
  assert.throws(() => publicLocation('https://minio.example.com/'), /names no bucket/);
});

test('S3 errors: misses, refusals, retry-worthy, and the ones that stop the run', () => {
  const err = (name: string, status: number): unknown => ({ name, $metadata: { httpStatusCode: status } });
  assert.equal(classifyS3Error(err('NoSuchKey', 404)), 'missing');
  assert.equal(classifyS3Error(err('AccessDenied', 403)), 'denied');
  assert.equal(classifyS3Error(err('InternalError', 500)), 'transient');
  assert.equal(classifyS3Error(err('SlowDown', 503)), 'transient');
  assert.equal(classifyS3Error({ name: 'TimeoutError' }), 'transient');
  for (const fatal of [err('PermanentRedirect', 301), err('AuthorizationHeaderMalformed', 400), err('InvalidAccessKeyId', 403), err('SignatureDoesNotMatch', 403), err('NoSuchBucket', 404)]) {
    assert.equal(classifyS3Error(fatal), 'fatal');
  }
});


test('a 4xx that a retry cannot fix is a rejection (with the ACL remedy), not a transient failure', async () => {
  const { rejectionRemedy } = await import('../../src/storage/s3-errors.ts');
  const err = (name: string, status: number): unknown => ({ name, $metadata: { httpStatusCode: status } });
  assert.equal(classifyS3Error(err('AccessControlListNotSupported', 400)), 'rejected');
  assert.match(rejectionRemedy(err('AccessControlListNotSupported', 400)), /HALCYON_S3_ACL=private/);
  assert.equal(classifyS3Error(err('TooManyRequests', 429)), 'transient');
  assert.equal(classifyS3Error(err('RequestTimeout', 408)), 'transient');
});

test('archive keys from a listing cannot leave the cache directory', async () => {
  const { CacheStore, isSafeKey } = await import('../../src/storage/cache-store.ts');
  for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a//b', './a', '']) assert.equal(isSafeKey(key), false, key);
  assert.equal(isSafeKey('linux-x/ghc-9/halcyon-deps-a.constraints'), true);
  assert.throws(() => new CacheStore('/tmp/cache').pathOf('p/../../etc/x'), /would leave the cache directory/);
});
