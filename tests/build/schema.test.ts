/**
 * The JSON Schemas the site publishes (`/api/v2/schema.json`, `/api/availability.schema.json`) hold for
 * every JSON document of the built example site and of the feeds corpus, read with ajv.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSPAGE_DOCUMENTS } from '../../src/lib/statuspage/index.ts';
import { sharedBuild } from '../support/site.ts';

const sites = [
  // The same builds as the browser test of the example site and the feeds test.
  { name: 'example', dir: 'content', now: '2026-12-09T06:00:00+01:00', url: 'https://status.example.se/' },
  { name: 'feeds', dir: 'tests/fixtures/feeds', now: '2026-08-02T12:00:00+02:00', url: 'https://status.example.org/' },
];

describe.each(sites)('the $name site', ({ dir, now, url }) => {
  let out: string;
  const json = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);

  beforeAll(() => {
    const build = sharedBuild(dir, now);
    if (build.status !== 0) throw new Error(build.stderr);
    out = build.outDir;
    ajv.addSchema(json('api/v2/schema.json'));
    ajv.addSchema(json('api/availability.schema.json'));
  }, 240_000);

  it('publishes the schemas under its own address', () => {
    expect(json('api/v2/schema.json').$id).toBe(`${url}api/v2/schema.json`);
    expect(json('api/availability.schema.json').$id).toBe(`${url}api/availability.schema.json`);
  });

  it.each(STATUSPAGE_DOCUMENTS)('api/v2/%s matches its definition and the top-level schema', (document) => {
    const own = ajv.getSchema(`${url}api/v2/schema.json#/definitions/${document.replace(/\//g, '~1')}`);
    const any = ajv.getSchema(`${url}api/v2/schema.json`);
    const value = json(`api/v2/${document}`);
    expect(own?.(value) ? [] : own?.errors).toEqual([]);
    expect(any?.(value)).toBe(true);
  });

  it('api/availability.json matches its schema', () => {
    const validate = ajv.getSchema(`${url}api/availability.schema.json`);
    const rows = json('api/availability.json');
    expect(rows.length).toBeGreaterThan(0);
    expect(validate?.(rows) ? [] : validate?.errors).toEqual([]);
  });
});
