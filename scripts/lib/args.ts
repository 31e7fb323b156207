/**
 * Command-line flags for the editors' commands (new, update, check). A mistyped or misplaced flag is a
 * usage error, exit status 2, with the usage line: never silently ignored, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Stops with `message` and the usage line, exit status 2 (the command was called wrongly). */
export function usageError(message: string, usage: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

/** `parseArgs`, strict, with its errors as usage errors. */
export function parseFlags<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    // Node's messages go on with advice about `--` that does not fit npm run; the first sentence says it.
    usageError(String((error as Error).message).replace(/\. [\s\S]*$/, ''), usage);
  }
}

/**
 * Refuses flags that were given but mean nothing for `what` (e.g. `--impact` for a report), so a
 * mistake is not silently dropped. `given` are the parsed values; flags with defaults count as given
 * only when they differ from the default, so leave defaults off the flags this checks.
 * @example onlyFlags({ title: 'x', impact: 'outage' }, ['title', 'month'], 'a report', usage)
 * // stops: "--impact is not used for a report (its flags: --title, --month)"
 */
export function onlyFlags(given: Record<string, unknown>, allowed: readonly string[], what: string, usage: string): void {
  const extra = Object.keys(given).filter((flag) => given[flag] !== undefined && !allowed.includes(flag));
  if (extra.length === 0) return;
  const flags = (list: readonly string[]) => list.map((flag) => `--${flag}`).join(', ');
  usageError(`${flags(extra)} ${extra.length === 1 ? 'is' : 'are'} not used for ${what} (its flags: ${flags(allowed) || 'none'})`, usage);
}
