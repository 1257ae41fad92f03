import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineOptions, parseRemoteRepo } from '../../src/config/options.ts';
import { resolveSettings } from '../../src/config/settings.ts';
import { HalcyonError } from '../../src/errors.ts';

const defaults = { basePath: '/app', cachePath: '/var/tmp/halcyon-cache', noBuildDependencies: false };

test('the first layer naming a variable wins', () => {
  const settings = resolveSettings([
    { source: 'flag', vars: { HALCYON_GHC_VERSION: '9.8.4' } },
    { source: 'env', vars: { HALCYON_GHC_VERSION: '9.6.7', HALCYON_NO_BUILD: '1' } },
  ]);
  assert.equal(settings.string('HALCYON_GHC_VERSION'), '9.8.4');
  assert.equal(settings.get('HALCYON_GHC_VERSION')?.source, 'flag');
  assert.equal(settings.bool('HALCYON_NO_BUILD'), true);
});

test('a malformed boolean names the variable and the accepted values', () => {
  assert.throws(
    () => resolveSettings([{ source: 'env', vars: { HALCYON_NO_BUILD: 'maybe' } }]),
    (error: unknown) => error instanceof HalcyonError && /HALCYON_NO_BUILD.*maybe/.test(error.message) && /1 \(or true\) or 0/.test(error.remedy ?? ''),
  );
});

test('a relative path is refused', () => {
  assert.throws(() => resolveSettings([{ source: 'env', vars: { HALCYON_BASE: 'app' } }]), /not an absolute path/);
});

test('options: defaults, prefix follows base, and the compile default of NO_BUILD_DEPENDENCIES', () => {
  const options = engineOptions(resolveSettings([{ source: 'env', vars: { HALCYON_BASE: '/srv/h' } }]), { ...defaults, noBuildDependencies: true });
  assert.equal(options.basePath, '/srv/h');
  assert.equal(options.prefixPath, '/srv/h');
  assert.equal(options.noBuildDependencies, true);
  const allowed = engineOptions(resolveSettings([{ source: 'env', vars: { HALCYON_NO_BUILD_DEPENDENCIES: '0' } }]), { ...defaults, noBuildDependencies: true });
  assert.equal(allowed.noBuildDependencies, false);
});

test('remote repo: NAME:URL with colons in the URL, none, and file+noindex', () => {
  assert.deepEqual(parseRemoteRepo('local:file+noindex:///srv/repo'), { name: 'local', url: 'file+noindex:///srv/repo', publicUrl: 'file+noindex:///srv/repo' });
  assert.deepEqual(parseRemoteRepo('mirror:https://example.org/hackage/'), { name: 'mirror', url: 'https://example.org/hackage/', publicUrl: 'https://example.org/hackage/' });
  assert.deepEqual(parseRemoteRepo('private:https://deploy:p%40ss@example.org/'), { name: 'private', url: 'https://deploy:p%40ss@example.org/', publicUrl: 'https://example.org/' });
  assert.equal(parseRemoteRepo('none'), undefined);
  assert.equal(parseRemoteRepo(undefined)?.name, 'hackage.haskell.org');
  assert.throws(() => parseRemoteRepo('justaname'), /not NAME:URL/);
  assert.throws(() => parseRemoteRepo('local:file+noindex://relative/dir'), /not an absolute file\+noindex URL/);
});

test('a custom bindist needs its sha256', () => {
  assert.throws(
    () => engineOptions(resolveSettings([{ source: 'env', vars: { HALCYON_GHC_BINDIST_URL: 'http://x/ghc.tar.xz' } }]), defaults),
    /needs HALCYON_GHC_BINDIST_SHA256/,
  );
});

test('a malformed S3 endpoint names the variable, instead of failing later', () => {
  assert.throws(
    () => engineOptions(resolveSettings([{ source: 'env', vars: { HALCYON_AWS_ACCESS_KEY_ID: 'a', HALCYON_AWS_SECRET_ACCESS_KEY: 'b', HALCYON_S3_BUCKET: 'bucket-c', HALCYON_S3_ENDPOINT: 'http://minio:90000' } }]), defaults),
    (error: unknown) => error instanceof HalcyonError && /HALCYON_S3_ENDPOINT is set to "http:\/\/minio:90000"/.test(error.message),
  );
});

test('durations: seconds, minutes, hours and days, alone or together, with their units; anything else names the variable and the form', () => {
  const deadlineOf = (value: string): number | undefined => resolveSettings([{ source: 'env', vars: { HALCYON_BUILD_DEADLINE: value } }]).durationMs('HALCYON_BUILD_DEADLINE');
  assert.equal(deadlineOf('90s'), 90_000);
  assert.equal(deadlineOf('20m'), 1_200_000);
  assert.equal(deadlineOf('1h30m'), 5_400_000);
  assert.equal(deadlineOf(' 2M '), 120_000);
  assert.equal(deadlineOf('7d'), 7 * 86_400_000);
  assert.equal(deadlineOf('1d12h'), 36 * 3_600_000);
  // A bare number: seconds to some, minutes to others; its unit is asked for.
  assert.throws(
    () => deadlineOf('20'),
    (error: unknown) => error instanceof HalcyonError && error.id === 'config/not-a-duration' && /"20", which is not a duration: it has no unit/.test(error.message) && /20m for minutes, 20s for seconds/.test(error.remedy ?? ''),
  );
  for (const bad of ['0s', '20 minutes', 'm', '1.5h', '-5m', '30m1h', '1h2d']) {
    assert.throws(
      () => deadlineOf(bad),
      (error: unknown) => error instanceof HalcyonError && error.id === 'config/not-a-duration' && error.message.includes(`"${bad.trim()}"`) && /90s, 20m, 1h30m or 7d/.test(error.remedy ?? ''),
      bad,
    );
  }
});

test('the deadline is the earlier of HALCYON_BUILD_DEADLINE and the front end\'s limit, both from the run\'s start', () => {
  const limit = { durationMs: 22 * 60_000, source: 'the Heroku compile limit' };
  const at = (vars: Record<string, string>, withLimit: boolean) => engineOptions(resolveSettings([{ source: 'config var', vars }]), { ...defaults, startedMs: 1_000_000, ...(withLimit ? { limit } : {}) }).deadline;
  assert.equal(at({}, false), undefined, 'off Heroku, no deadline unless one is set');
  assert.deepEqual(at({}, true), { atMs: 1_000_000 + 22 * 60_000, source: 'the Heroku compile limit' });
  assert.deepEqual(at({ HALCYON_BUILD_DEADLINE: '2m' }, true), { atMs: 1_120_000, source: 'HALCYON_BUILD_DEADLINE (config var), 2 min 0 s' });
  assert.equal(at({ HALCYON_BUILD_DEADLINE: '1h' }, true)?.source, 'the Heroku compile limit', 'a compile cannot outlast its limit');
});
