/** The editors' guide (content/README.md) documents every field of every schema, in its own section. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemasFor, siteSchema, systemSchema } from '../../src/lib/content/schemas.ts';

const guide = readFileSync('content/README.md', 'utf8');
const section = (heading: string) => {
  const start = guide.indexOf(`\n## ${heading}\n`);
  expect(start, `section "## ${heading}"`).toBeGreaterThanOrEqual(0);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
};

/** Every object key anywhere in a Zod schema, nested objects, lists and unions included. */
function fields(schema: unknown, found = new Set<string>()): Set<string> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return found;
  switch (def['type']) {
    case 'object':
      for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) {
        found.add(key);
        fields(value, found);
      }
      break;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      fields(def['innerType'], found);
      break;
    case 'array':
      fields(def['element'], found);
      break;
    case 'union':
      for (const option of def['options'] as unknown[]) fields(option, found);
      break;
    case 'pipe':
      fields(def['in'], found);
      fields(def['out'], found);
      break;
    case 'record':
      fields(def['valueType'], found);
      break;
  }
  return found;
}

const schemas = schemasFor('UTC');
const kinds: [string, unknown][] = [
  ['site.yaml', siteSchema],
  ['Systems', systemSchema],
  ['Incidents', schemas.incident],
  ['Planned windows', schemas.maintenance],
  ['Schedules', schemas.schedule],
  ['Reports', schemas.report],
  ['Translations', schemas.translation],
];

describe("editors' guide", () => {
  it.each(kinds)('documents every field of %s', (heading, schema) => {
    const text = section(heading);
    const names = [...fields(schema)];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !text.includes(`\`${name}\``))).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('(content/README.md)');
  });
});
