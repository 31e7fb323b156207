/** One thing wrong with one content file, as an editor needs to read it. */
export interface Problem {
  /** Path of the file as the editor knows it, e.g. content/incidents/2024/x.md. */
  file: string;
  /** The field, e.g. `end` or `updates[1].at`; `file` for the file as a whole. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** Line in the file, where known. */
  line?: number;
}

/** Most characters of a message and of a field name that one problem prints: a pasted log must not flood the terminal. */
export const MAX_MESSAGE = 300;
export const MAX_FIELD = 80;

/** `text` on one line and at most `max` characters, cut with `…`. */
function bounded(text: string, max: number): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The one-line form every tool prints, `path:line: field: message`, which editors jump to. One
 * problem is one line, its field and message bounded (`MAX_FIELD`, `MAX_MESSAGE`).
 * @example formatProblem({ file: 'content/incidents/x.md', line: 7, field: 'end', message: 'is before start' })
 * // 'content/incidents/x.md:7: end: is before start'
 */
export function formatProblem({ file, line, field, message }: Problem): string {
  return `${file}:${line ?? 1}: ${bounded(field, MAX_FIELD)}: ${bounded(message, MAX_MESSAGE)}`;
}

/**
 * The path of a field name as `fieldName` writes it, e.g. `updates[1].at` → ['updates', 1, 'at'];
 * empty for names that are not fields (`file`, `file name`, `yaml`).
 */
export function fieldPath(field: string): (string | number)[] {
  if (/\s/.test(field) || field === 'file' || field === 'yaml') return [];
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** A Zod-style path as editors read it: `updates[1].at`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** Problems in a stable order: by file, then line, then in the order they were found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : 0) ||
        (a.problem.line ?? 1) - (b.problem.line ?? 1) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
