import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  readTag,
  runPipeline
} from "./chunk-I5G4ZHPJ.mjs";
import {
  archiveToCache,
  writeSidecarsToCache
} from "./chunk-6RYO4LFK.mjs";
import {
  exists,
  fileDigest,
  formatBytes
} from "./chunk-LKZ3LCCS.mjs";
import {
  HalcyonError,
  errorMessage
} from "./chunk-IXRDPPGN.mjs";

// src/engine/publish.ts
async function publishLayers(ctx, result) {
  const bucket = ctx.storage.writable();
  const wanted = wantedKeys(result);
  if (!bucket) return { checked: [...wanted.keys()], uploaded: [], missing: [...wanted.keys()].map((key) => ({ key, reason: "the private bucket is not writable in this run" })) };
  const before = await presentKeys(ctx, [...wanted.keys()]);
  const uploaded = [];
  const failed = /* @__PURE__ */ new Map();
  for (const [key, layer] of wanted) {
    if (before.has(key)) continue;
    const problem = await uploadFromHere(ctx, key, layer);
    if (problem) failed.set(key, problem);
    else uploaded.push(key);
  }
  const after = await presentKeys(ctx, [...wanted.keys()]);
  const missing = [...wanted.keys()].filter((key) => !after.has(key)).map((key) => ({ key, reason: failed.get(key) ?? "the upload did not arrive" }));
  return { checked: [...wanted.keys()], uploaded, missing };
}
function wantedKeys(result) {
  const wanted = /* @__PURE__ */ new Map();
  for (const resolved of Object.values(result.layers)) {
    if (!resolved?.key) continue;
    wanted.set(resolved.key, resolved.layer);
    for (const sidecar of resolved.layer.sidecars?.() ?? []) wanted.set(sidecar.key, resolved.layer);
  }
  if (result.fastPath) {
    for (const key of result.manifest?.builtFrom ?? []) if (!wanted.has(key)) wanted.set(key, void 0);
  }
  return wanted;
}
async function presentKeys(ctx, keys) {
  const bucket = ctx.storage.writable() ?? ctx.storage.privateStore;
  const present = /* @__PURE__ */ new Set();
  if (!bucket) return present;
  const folders = new Set(keys.map((key) => key.slice(0, key.lastIndexOf("/") + 1)));
  for (const folder of folders) for (const object of await bucket.list(folder)) present.add(object.key);
  return present;
}
async function uploadFromHere(ctx, key, layer) {
  const bucket = ctx.storage.writable();
  if (!bucket) return "the private bucket refused writes";
  try {
    const file = ctx.cache.pathOf(key);
    if (!await exists(file)) {
      if (!layer || !await isLive(layer)) return "it is neither in the cache nor live here";
      if (key === layer.key) await archiveToCache(ctx, layer, key);
      else await writeSidecarsToCache(ctx, layer);
    }
    const integrity = await fileDigest(file);
    if (!await bucket.save(key, file, integrity)) return "the upload failed (see the warning above)";
    ctx.log.detail(`uploaded ${key} (${formatBytes(integrity.sizeBytes)}): the bucket lacked it`);
    return void 0;
  } catch (error) {
    return errorMessage(error);
  }
}
async function isLive(layer) {
  const tag = await readTag(layer.liveDir);
  return tag !== void 0 && tag.key === layer.key && tag.inputs === layer.inputs;
}
async function buildAndPublish(ctx, request) {
  let result = await runPipeline(ctx, request);
  ctx.log.step("Checking the private bucket holds every layer");
  let report = await publishLayers(ctx, result);
  if (result.fastPath && report.missing.length > 0) {
    ctx.log.detail(`it lacks ${report.missing.length} of the archives the install was built from: resolving every layer`);
    result = await runPipeline(ctx, { ...request, fastPath: false });
    ctx.log.step("Checking the private bucket holds every layer");
    report = await publishLayers(ctx, result);
  }
  const bucket = ctx.storage.privateStore?.title ?? "the private bucket";
  if (ctx.storage.mode !== "private-read-write") {
    throw new HalcyonError("storage/uploads-refused", `${result.app.label} was built, but ${bucket} refused the uploads`, {
      remedy: "Let this key write to the bucket (s3:PutObject, s3:PutObjectAcl), then run build again."
    });
  }
  if (report.missing.length > 0) {
    throw new HalcyonError("storage/layers-missing-from-bucket", `${result.app.label} was built, but ${bucket} lacks ${report.missing.length} of its ${report.checked.length} archives:
${report.missing.map((m) => `${m.key}: ${m.reason}`).join("\n")}`, {
      remedy: "See the warnings above, then run build again: what is in the bucket is not built twice."
    });
  }
  const already = report.checked.length - report.uploaded.length;
  ctx.log.detail(`all ${report.checked.length} archives are in ${bucket}, listed again to confirm: ${already} there before this check (uploaded as they were built, or earlier), ${report.uploaded.length} uploaded by it`);
  return result;
}

export {
  buildAndPublish
};
