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
  constructor(layerTitle, remedy, own) {
    super(own?.id ?? "build-needed/forbidden", own?.message ?? `Not prebuilt, and building is not allowed here: ${layerTitle}`, { remedy, exitCode: 2 });
    this.name = "BuildNeededError";
  }
};
var DeadlineReachedError = class _DeadlineReachedError extends HalcyonError {
  constructor(builtCount, plannedCount, deadlineSource, partialKey, stalled, remedy) {
    const remaining = plannedCount - builtCount;
    super(
      "deadline/reached",
      `The dependencies' build stopped before the deadline (${deadlineSource}): ${builtCount} of ${plannedCount} packages are built, ${remaining} ${remaining === 1 ? "remains" : "remain"}`,
      { remedy: remedy ?? _DeadlineReachedError.remedyFor(builtCount, stalled, "run again"), exitCode: 3 }
    );
    this.builtCount = builtCount;
    this.plannedCount = plannedCount;
    this.deadlineSource = deadlineSource;
    this.partialKey = partialKey;
    this.stalled = stalled;
    this.name = "DeadlineReachedError";
  }
  builtCount;
  plannedCount;
  deadlineSource;
  partialKey;
  stalled;
  /** The same stop, with the command that continues it on this front end. */
  continueWith(command) {
    return new _DeadlineReachedError(this.builtCount, this.plannedCount, this.deadlineSource, this.partialKey, this.stalled, _DeadlineReachedError.remedyFor(this.builtCount, this.stalled, `$ ${command}`));
  }
  static remedyFor(builtCount, stalled, command) {
    if (stalled) {
      return `No package finished before the deadline: ${stalled}. Running again would not get further.
Give the build more time (HALCYON_BUILD_DEADLINE), or build on a bigger machine (on Heroku: heroku run -s performance-l build).`;
    }
    const from = builtCount > 0 ? `from the ${builtCount} packages built` : "from the start";
    return `Run it again to continue ${from}:
  ${command}`;
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
  DeadlineReachedError,
  errorMessage,
  unexpectedError
};
