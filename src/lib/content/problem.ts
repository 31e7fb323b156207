/** One thing wrong with one content file, as an editor needs to read it. */
export interface Problem {
  /** Path of the file as the editor knows it, e.g. content/incidents/2024/x.md. */
  file: string;
  /** The field, e.g. `end` or `updates[1].at`; `file` for the file as a whole. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

/**
 * The one-line form every tool prints.
 * @example formatProblem({ file: 'content/incidents/x.md', field: 'end', message: 'is before start' })
 * // 'content/incidents/x.md: end: is before start'
 */
export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field}: ${message}`;
}

/** A Zod-style path as editors read it: `updates[1].at`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** Problems in a stable order: by file, then in the order they were found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : a.index - b.index))
    .map(({ problem }) => problem);
}
