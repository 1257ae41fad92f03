/** Where and how to reach the private bucket: resolved once from the endpoint, region and path-style settings. */
export interface S3Location {
  /** undefined: AWS itself, the SDK builds the regional endpoint (SigV4 in every region). */
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly forcePathStyle: boolean;
}

const AWS_HOST = /^s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d|external-1))?\.amazonaws\.com$/;

/**
 * The original took `s3-eu-west-1.amazonaws.com` style hosts and signed with SigV2, which
 * newer regions refuse. Such a host now only selects the region; the SDK signs SigV4.
 */
export function resolveS3Location(endpoint: string | undefined, region: string | undefined, pathStyle: boolean | undefined): S3Location {
  if (endpoint === undefined) return { endpoint: undefined, region: region ?? 'us-east-1', forcePathStyle: pathStyle ?? false };
  const url = /^[a-z]+:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
  const host = new URL(url).hostname.toLowerCase();
  const aws = AWS_HOST.exec(host);
  if (aws) {
    const hostRegion = aws[1] === undefined || aws[1] === 'external-1' ? 'us-east-1' : aws[1];
    return { endpoint: undefined, region: region ?? hostRegion, forcePathStyle: pathStyle ?? false };
  }
  return { endpoint: url.replace(/\/+$/, ''), region: region ?? 'us-east-1', forcePathStyle: pathStyle ?? true };
}
