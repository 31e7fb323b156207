/**
 * Preloaded (`node --import`) into the `astro build` that scripts/build.ts starts: ends the build when
 * its parent is gone, even killed by SIGKILL, which no handler sees. Otherwise the orphan would go on
 * writing a temporary folder that the next build removes, and hold the project's caches meanwhile.
 * The parent gives its id in DRIFTSTATUS_BUILD_PARENT: one killed before this runs is noticed too.
 */
const expected = Number(process.env['DRIFTSTATUS_BUILD_PARENT'] ?? process.ppid);
setInterval(() => {
  if (process.ppid !== expected) process.exit(1);
}, 250).unref();

export {};
