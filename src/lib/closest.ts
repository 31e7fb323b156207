/**
 * The known id an editor most likely meant, for "did you mean" hints: a misspelt id (`apii`), an id
 * written by its display name (`Test` for `test`), or the start of an id (`prod` for `production`).
 */

/** An id and the names readers see for it (a system's `name`, an environment's `name`). */
export interface Candidate {
  id: string;
  names?: readonly string[];
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), so
 * `aip` is one edit from `api`.
 * @example editDistance('apii', 'api') // 1
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How the closest candidate was found: `name` when the value is its display name (in any case). */
export interface Closest {
  id: string;
  /** The display name the value matched, when it matched one. */
  name?: string;
}

/**
 * The candidate `value` most likely means, or undefined when none is close: the same id or display
 * name in other letter case first, then an id the value starts (at least 3 letters), then the id
 * fewest edits away (at most 1 edit for ids up to 4 letters, 2 for longer ones). Ties go to the
 * candidate listed first.
 * @example closest('Test', [{ id: 'production' }, { id: 'test' }]) // { id: 'test' }
 * @example closest('Testmiljö', [{ id: 'test', names: ['Testmiljö'] }]) // { id: 'test', name: 'Testmiljö' }
 * @example closest('apii', [{ id: 'app' }, { id: 'api' }]) // { id: 'api' }
 */
export function closest(value: string, candidates: readonly Candidate[]): Closest | undefined {
  const folded = value.trim().toLowerCase();
  if (folded === '') return undefined;
  const byId = candidates.find((c) => c.id.toLowerCase() === folded);
  if (byId) return { id: byId.id };
  for (const candidate of candidates) {
    const name = candidate.names?.find((n) => n.trim().toLowerCase() === folded);
    if (name !== undefined) return { id: candidate.id, name };
  }
  const slug = folded.replace(/[\s_]+/g, '-');
  if (slug.length >= 3) {
    const started = candidates.find((c) => c.id.startsWith(slug));
    if (started) return { id: started.id };
  }
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(slug, candidate.id);
    const allowed = candidate.id.length <= 4 ? 1 : 2;
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { id: candidate.id, distance };
  }
  return best && { id: best.id };
}
