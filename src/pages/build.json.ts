import { buildStamp } from '../data/site';
import type { BuildStamp } from '../lib/live';

/** The build's stamp, a few bytes the live script asks for to learn whether a newer build is published. */
export const GET = () => {
  const stamp: BuildStamp = { build: buildStamp };
  return new Response(`${JSON.stringify(stamp)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
