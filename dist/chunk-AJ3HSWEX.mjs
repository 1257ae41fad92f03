import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);

// src/config/schema.ts
var GROUP_ORDER = ["General", "Building", "Toolchain", "Cache", "Private storage", "Public storage", "Transfers", "Buildpack"];
var VARIABLES = [
  {
    name: "HALCYON_BASE",
    summary: "Where the layers live: the same path on every machine",
    kind: "path",
    defaultText: "/app",
    scope: "process",
    group: "General",
    doc: "Where the layers live (GHC, cabal, the dependency store, builds). The cabal store is not relocatable, so this must be the same path on every machine that shares archives; on Heroku it is /app."
  },
  {
    name: "HALCYON_PREFIX",
    summary: "Where the installed app lives when it runs",
    kind: "path",
    defaultText: "HALCYON_BASE",
    scope: "process",
    group: "General",
    doc: "Where the installed app lives when it runs (its executables go to PREFIX/bin, its data files to PREFIX/share)."
  },
  {
    name: "HALCYON_ROOT",
    summary: "Install into ROOT + PREFIX, to stage an install",
    kind: "path",
    defaultText: "/",
    scope: "process",
    group: "General",
    doc: "Installs into ROOT + PREFIX, so an install can be staged in another directory."
  },
  {
    name: "HALCYON_CACHE",
    summary: "Local cache of layer archives, looked up first",
    kind: "path",
    defaultText: "/var/tmp/halcyon-cache (on Heroku: the compile cache)",
    scope: "process",
    group: "Cache",
    doc: "Local cache of layer archives, looked up before any bucket."
  },
  {
    name: "HALCYON_NO_CLEAN_CACHE",
    summary: "Keep cached archives this run did not use",
    kind: "boolean",
    defaultText: "0",
    group: "Cache",
    doc: "Keep archives in the local cache that this run did not use (by default they are removed afterwards)."
  },
  {
    name: "HALCYON_GHC_VERSION",
    summary: "GHC release (9.8.4) or series (9.8) to install",
    kind: "string",
    defaultText: "with-compiler in cabal.project, else the inventory default",
    magic: "ghc-version",
    group: "Toolchain",
    doc: "The GHC version to install from an official binary distribution: a release (9.8.4) or a series (9.8, the newest release of it in the inventory). with-compiler: ghc-X.Y.Z (or ghc-X.Y) in cabal.project asks for a version too; the two must agree. With HALCYON_SYSTEM_TOOLCHAIN, the GHC on PATH must be the version asked for."
  },
  {
    name: "HALCYON_GHC_BINDIST_URL",
    summary: "A GHC binary distribution instead of the inventory's",
    kind: "string",
    defaultText: "from the inventory",
    magic: "ghc-bindist-url",
    group: "Toolchain",
    doc: "A GHC binary distribution (.tar.xz, .tar.gz or .tar.bz2) to use instead of the inventory entry; needs HALCYON_GHC_BINDIST_SHA256."
  },
  {
    name: "HALCYON_GHC_BINDIST_SHA256",
    summary: "The sha256 the GHC binary distribution must match",
    kind: "string",
    defaultText: "from the inventory",
    magic: "ghc-bindist-sha256",
    group: "Toolchain",
    doc: "The sha256 of HALCYON_GHC_BINDIST_URL; the download is refused when it does not match."
  },
  {
    name: "HALCYON_CABAL_VERSION",
    summary: "The cabal-install version to install",
    kind: "string",
    defaultText: "the inventory default",
    magic: "cabal-version",
    group: "Toolchain",
    doc: "The cabal-install version to install from an official binary distribution."
  },
  {
    name: "HALCYON_SYSTEM_TOOLCHAIN",
    summary: "Use the ghc and cabal on PATH, installing neither",
    kind: "boolean",
    defaultText: "0",
    group: "Toolchain",
    doc: "Use the ghc and cabal found on PATH instead of installing them; their versions go into every layer key."
  },
  {
    name: "HALCYON_CABAL_REMOTE_REPO",
    summary: "The package repository, as NAME:URL, or none",
    kind: "string",
    defaultText: "hackage.haskell.org:http://hackage.haskell.org/",
    magic: "cabal-remote-repo",
    group: "Toolchain",
    doc: "The package repository as NAME:URL, or `none`. A `file+noindex:///absolute/dir` URL uses a directory of sdist tarballs (offline builds)."
  },
  {
    name: "HALCYON_NO_BUILD",
    summary: "Build nothing: restore every layer, or exit 2",
    kind: "boolean",
    defaultText: "0",
    group: "Building",
    doc: "Build nothing, not even the app: every layer must be restored, otherwise the run ends with exit code 2."
  },
  {
    name: "HALCYON_NO_BUILD_DEPENDENCIES",
    summary: "Build only the app: restore the rest, or exit 2",
    kind: "boolean",
    defaultText: "0 (on a Heroku compile: 1)",
    group: "Building",
    doc: "Build only the app: GHC, cabal and the dependencies must be restored, otherwise the run ends with exit code 2 (on Heroku: the buildpack alone is deployed, with the next steps). The extra OS packages are a download, not a build: fetched all the same."
  },
  {
    name: "HALCYON_BUILD_DEADLINE",
    summary: "Stop the dependencies' build in time, keeping it",
    kind: "duration",
    defaultText: "on a Heroku compile, 22m (the 25-minute compile limit less 3 minutes for Heroku's own steps); elsewhere none",
    group: "Building",
    doc: "How long a run may take, from its start (`90s`, `20m`, `1h30m`). Before the dependencies' build would run past it (less the time to archive and upload what is built, measured as it grows), cabal is stopped between writes to the store, the packages built so far are archived as a partial dependency archive (cached, and uploaded where uploads are allowed), and the run says how far it got; the next run continues from there. On a Heroku compile the earlier of this and the default applies."
  },
  {
    name: "HALCYON_EXTRA_CONFIGURE_FLAGS",
    summary: "Extra cabal options for the app's own packages",
    kind: "string",
    defaultText: "none",
    magic: "extra-configure-flags",
    group: "Building",
    doc: 'Extra options for the cabal build of the app\'s own packages, as in a shell (e.g. `--flags=production --ghc-options="-O2 -j"`); dependencies are not affected. Part of the build and install keys. Options that move the build (--prefix, --builddir, --with-compiler, --store-dir) are refused.'
  },
  {
    name: "HALCYON_EXTRA_SOURCE_HASH_IGNORE",
    summary: "Files whose changes call for no new build",
    kind: "string",
    defaultText: "none",
    magic: "extra-source-hash-ignore",
    group: "Building",
    doc: "Files whose changes do not call for a new build (docs, CI settings): patterns separated by spaces or newlines; a pattern without a slash matches a name at any depth, one with a slash a path from the app's top; `*` and `**` as in data-files. They are still copied into the build. .git, dist-newstyle and the buildpack's own folders are always ignored."
  },
  {
    name: "HALCYON_EXTRA_DATA_FILES",
    summary: "More files of the source to install with the app",
    kind: "string",
    defaultText: "none",
    magic: "extra-data-files",
    group: "Building",
    doc: `Files of the source installed with the app besides its packages' data-files: patterns relative to the app (as in data-files). They go into the app package's data directory, so getDataFileName "static/app.css" finds static/app.css.`
  },
  {
    name: "HALCYON_EXTRA_OS_PACKAGES",
    summary: "Debian/Ubuntu packages the app needs, fetched with apt",
    kind: "string",
    defaultText: "none",
    magic: "extra-os-packages",
    group: "Building",
    doc: "Debian/Ubuntu packages the app needs beyond the stack (e.g. `libyajl-dev`), separated by spaces: fetched with apt in download-only mode (no root), with the dependencies the system lacks, unpacked into a layer keyed by the list and the stack. Their headers, libraries and pkg-config files are visible to cabal at build time; their shared libraries go into the slug (or the install) and on LD_LIBRARY_PATH at run time. A download, not a build: fetched even where dependencies may not be built. Changing the list rebuilds only the dependencies whose cabal unit ids it changes (a pkgconfig-depends, a flag cabal turns on or off); the others come from the previous store."
  },
  {
    name: "HALCYON_KEEP_DEPENDENCIES",
    summary: "Keep GHC, cabal and the store in the slug (cabal repl)",
    kind: "boolean",
    defaultText: "0",
    group: "Building",
    doc: "Keep GHC, cabal and the dependency store in the slug, under /app/.halcyon-layers, so `heroku run cabal repl` works without a restore first. The slug grows by their size (often hundreds of MB)."
  },
  {
    name: "HALCYON_AWS_ACCESS_KEY_ID",
    summary: "Access key id for the private bucket",
    kind: "string",
    defaultText: "none",
    secret: true,
    group: "Private storage",
    doc: "The access key id that signs requests to the private bucket (SigV4). Private storage is used when this, the secret and the bucket are all set."
  },
  {
    name: "HALCYON_AWS_SECRET_ACCESS_KEY",
    summary: "Secret access key for the private bucket",
    kind: "string",
    defaultText: "none",
    secret: true,
    group: "Private storage",
    doc: "The secret access key for HALCYON_AWS_ACCESS_KEY_ID. Never printed or stored."
  },
  {
    name: "HALCYON_S3_BUCKET",
    summary: "The private bucket that builders and deployers share",
    kind: "string",
    defaultText: "none",
    group: "Private storage",
    doc: "The private bucket: the only way layers built on a one-off dyno or a build machine reach compile dynos and deploy machines."
  },
  {
    name: "HALCYON_S3_ENDPOINT",
    summary: "The S3 endpoint: a URL or an AWS host",
    aliases: ["HALCYON_S3_HOST"],
    kind: "string",
    defaultText: "AWS S3 for HALCYON_S3_REGION",
    group: "Private storage",
    doc: "The S3 endpoint: a URL with its scheme (https://minio.example.com:9000, or http:// for a server without TLS), or an AWS host. Legacy AWS regional hosts (s3-eu-west-1.amazonaws.com, s3.eu-west-1.amazonaws.com) select their region; any other endpoint is an S3-compatible service (MinIO, R2, Ceph) addressed path-style. A host without a scheme is refused unless it is AWS."
  },
  {
    name: "HALCYON_S3_REGION",
    summary: "The bucket's region, to sign requests",
    kind: "string",
    defaultText: "from HALCYON_S3_ENDPOINT, else us-east-1",
    group: "Private storage",
    doc: "The bucket's region, used to sign requests (SigV4)."
  },
  {
    name: "HALCYON_S3_PATH_STYLE",
    summary: "Address the bucket as ENDPOINT/BUCKET/KEY",
    kind: "boolean",
    defaultText: "1 for an S3-compatible endpoint, 0 for AWS",
    group: "Private storage",
    doc: "Address the bucket as ENDPOINT/BUCKET/KEY instead of BUCKET.ENDPOINT/KEY."
  },
  {
    name: "HALCYON_S3_ACL",
    summary: "Canned ACL of uploaded archives (public-read publishes)",
    kind: "enum",
    values: ["private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control"],
    defaultText: "private",
    group: "Private storage",
    doc: "The canned ACL given to every uploaded archive (public-read to publish them)."
  },
  {
    name: "HALCYON_NO_UPLOAD",
    summary: "Use the private bucket read-only",
    kind: "boolean",
    defaultText: "0",
    group: "Private storage",
    doc: "Use the private bucket read-only: only archives already there are used, nothing is uploaded or deleted, and public storage is not used."
  },
  {
    name: "HALCYON_NO_CLEAN_PRIVATE_STORAGE",
    summary: "Keep out-of-date archives in the private bucket",
    aliases: ["HALCYON_NO_DELETE"],
    kind: "boolean",
    defaultText: "0",
    group: "Private storage",
    doc: "Keep out-of-date archives in the private bucket (older install and dependency archives of the app, older daily cabal index archives)."
  },
  {
    name: "HALCYON_KEEP_RELEASES",
    kind: "integer",
    range: [1, 100],
    defaultText: "3",
    group: "Private storage",
    summary: "Latest deploys per app whose archives are never cleaned",
    doc: "How many of each app's latest deploys the private bucket's cleaning protects: their install archives and every archive they were built from (GHC, cabal, OS packages, dependencies) are never removed as out of date. Each deploy in read-write mode records itself in halcyon-releases/<app>.json in the bucket; `heroku rollback` to any of them finds its archives."
  },
  {
    name: "HALCYON_CLEAN_GRACE_PERIOD",
    kind: "duration",
    defaultText: "7d",
    group: "Private storage",
    summary: "Cleaning spares archives uploaded more recently",
    doc: "Cleaning never removes an archive uploaded more recently than this (`12h`, `7d`, `30d`), whoever uploaded it: apps sharing a bucket whose keys are read-only (deploy machines, HALCYON_NO_UPLOAD) record no deploys, and are protected by this alone."
  },
  {
    name: "HALCYON_NO_PRIVATE_STORAGE",
    summary: "Ignore the private bucket",
    kind: "boolean",
    defaultText: "0",
    group: "Private storage",
    doc: "Ignore the private bucket even when it is configured."
  },
  {
    name: "HALCYON_TRANSFER_IDLE_TIMEOUT",
    summary: "Seconds a transfer may go without a byte",
    kind: "integer",
    range: [1, 600],
    defaultText: "15",
    group: "Transfers",
    doc: "Seconds a transfer (S3, public storage, GHC and cabal downloads) may go without a byte, before its answer or within it, before the attempt is given up. A healthy transfer may take as long as it needs."
  },
  {
    name: "HALCYON_TRANSFER_ATTEMPTS",
    summary: "Attempts per transfer, with backoff between them",
    kind: "integer",
    range: [1, 10],
    defaultText: "3",
    group: "Transfers",
    doc: "Attempts per transfer, with backoff between them (0.5 s, 1 s, 2 s, \u2026 at most 4 s), for failures worth retrying (a dropped connection, a stall, a 5xx or a throttle). A stalled transfer costs at most attempts \xD7 HALCYON_TRANSFER_IDLE_TIMEOUT plus the backoff (about a minute by default); then a download is a miss and an upload a failure."
  },
  {
    name: "HALCYON_PROGRESS_INTERVAL",
    summary: "Seconds between progress lines of long transfers",
    kind: "integer",
    range: [1, 600],
    defaultText: "5",
    group: "Transfers",
    doc: "Seconds between the progress lines of a long download, upload, archive or extraction (bytes so far, rate, time left). Work done sooner prints none."
  },
  {
    name: "HALCYON_TRANSFER_PART_SIZE",
    summary: "MiB per part of a large download",
    kind: "integer",
    range: [1, 512],
    defaultText: "64",
    group: "Transfers",
    doc: "MiB per part of a large download: an archive bigger than one part is fetched as ranged parts, several at a time, handed to extraction in order; a part that fails is fetched again on its own."
  },
  {
    name: "HALCYON_TRANSFER_PARALLEL",
    summary: "Parts of a large download in flight at once",
    kind: "integer",
    range: [1, 32],
    defaultText: "4",
    group: "Transfers",
    doc: "Parts of a large download in flight at once, each by its own connection into its own file (where curl is missing and the SDK downloads, at most 64 MiB of parts are held in memory ahead of the extraction)."
  },
  {
    name: "HALCYON_PUBLIC_STORAGE_URL",
    summary: "A public bucket of prebuilt archives (none by default)",
    kind: "string",
    defaultText: "none",
    group: "Public storage",
    doc: "A public bucket of prebuilt archives, read anonymously over HTTPS (e.g. https://BUCKET.s3.amazonaws.com). None by default: archives are code you run, so name only a bucket you trust."
  },
  {
    name: "HALCYON_NO_PUBLIC_STORAGE",
    summary: "Ignore public storage",
    kind: "boolean",
    defaultText: "0",
    group: "Public storage",
    doc: "Ignore public storage even when HALCYON_PUBLIC_STORAGE_URL is set."
  },
  {
    name: "HALCYON_NODE_MIRROR_URL",
    summary: "Where the shims download their pinned Node.js from",
    kind: "string",
    defaultText: "https://nodejs.org/dist",
    shimOnly: true,
    group: "Buildpack",
    doc: "Where the shims download the pinned Node.js release from when no Node >= 20 is on PATH (a mirror of the Node.js dist directory); the download is checked against the sha256 in inventory/node.txt."
  },
  {
    name: "HALCYON_NODE_CACHE",
    summary: "Where the shims keep the downloaded Node.js",
    kind: "path",
    defaultText: "/var/tmp/halcyon-node (compile: the compile cache)",
    shimOnly: true,
    group: "Buildpack",
    doc: "Where the one-off commands and the halcyon command keep the downloaded Node.js."
  }
];
var byName = /* @__PURE__ */ new Map();
for (const spec of VARIABLES) {
  byName.set(spec.name, spec);
  for (const alias of spec.aliases ?? []) byName.set(alias, spec);
}
function lookupVar(name) {
  return byName.get(name);
}
function flagName(variable) {
  return `--${variable.replace(/^HALCYON_/, "").toLowerCase().replace(/_/g, "-")}`;
}
function looksSecret(name) {
  return /KEY|SECRET|PASSWORD|PASSPHRASE|TOKEN|PRIVATE|CREDENTIAL|DATABASE_URL/i.test(name);
}

export {
  GROUP_ORDER,
  VARIABLES,
  lookupVar,
  flagName,
  looksSecret
};
