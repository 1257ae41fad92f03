import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);

// src/errors.ts
var HalcyonError = class extends Error {
  id;
  code;
  remedy;
  exitCode;
  constructor(id, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "HalcyonError";
    this.id = id;
    this.code = id.slice(0, id.indexOf("/"));
    this.remedy = options.remedy;
    this.exitCode = options.exitCode ?? 1;
  }
};
var BuildNeededError = class extends HalcyonError {
  constructor(layerTitle, remedy) {
    super("build-needed/forbidden", `Cannot build ${layerTitle}: building it is not allowed here`, { remedy, exitCode: 2 });
    this.name = "BuildNeededError";
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function unexpectedError(error) {
  return error instanceof HalcyonError ? error : new HalcyonError("internal/unexpected", errorMessage(error), { remedy: "This is a bug in the buildpack; please report it with the log above.", cause: error });
}

export {
  HalcyonError,
  BuildNeededError,
  errorMessage,
  unexpectedError
};
