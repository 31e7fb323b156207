/**
 * `engines` in package.json is honest: no dependency installed with the package needs a newer Node
 * than it says (package-lock.json's own `engines` of each package), and the `driftstatus` command
 * (scripts/driftstatus.mjs, which must say what to do on an older Node) checks the same version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import engine from '../../package.json' with { type: 'json' };
import lock from '../../package-lock.json' with { type: 'json' };

type Version = [number, number, number];
/** `22`, `22.19` or `22.19.0` as three numbers. */
const parse = (text: string): Version => [...text.split('.').map(Number), 0, 0].slice(0, 3) as Version;
const newer = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe('the Node version the package asks for', () => {
  const asked = /^>=(\d+\.\d+\.\d+)$/.exec(engine.engines.node)?.[1];

  it('is a plain lower bound, no lower than any installed dependency needs', () => {
    expect(asked).toBeDefined();
    const packages = lock.packages as Record<string, { dev?: boolean; optional?: boolean; engines?: { node?: string } }>;
    // A dependency's range whose every alternative starts above ours, e.g. ">=22.19.0".
    const above = Object.entries(packages)
      .filter(([name, p]) => name !== '' && !p.dev && p.engines?.node)
      .filter(([, p]) => {
        const lows = (p.engines?.node ?? '').split('||').map((part) => /(\d+(?:\.\d+){0,2})/.exec(part)?.[1]).filter((v) => v !== undefined);
        return lows.length > 0 && lows.every((low) => newer(parse(low), parse(asked ?? '0.0.0')) > 0);
      })
      .map(([name, p]) => `${name} ${p.engines?.node}`);
    expect(above).toEqual([]);
  });

  it('is the one the driftstatus command checks before anything else', () => {
    const needed = /const NEEDED = \[(\d+), (\d+)\]/.exec(readFileSync('scripts/driftstatus.mjs', 'utf8'));
    expect(`${needed?.[1]}.${needed?.[2]}.0`).toBe(asked);
  });
});
