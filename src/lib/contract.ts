/**
 * The changelog of the integrators' contract (feeds, calendars, the JSON API and badges): what changed
 * in what they hold, per version, newest first. The integrators' page shows it in every language; each
 * change is a UI string key. CHANGELOG.md says the same at more length, for everyone.
 */

export interface ContractVersion {
  /** The release, or `undefined` for what is not released yet. */
  version: string | undefined;
  /** The day it was released, `yyyy-mm-dd`; undefined while unreleased. */
  date: string | undefined;
  /** Each change: the key of its text in the UI strings (`integrations.change.*`). */
  changes: readonly `integrations.change.${string}`[];
}

/** Newest first. */
export const CONTRACT_CHANGES = [
  {
    version: undefined,
    date: undefined,
    changes: [
      'integrations.change.schema',
      'integrations.change.indicator',
      'integrations.change.updatedAt',
      'integrations.change.notAfterNow',
      'integrations.change.componentUpdated',
      'integrations.change.icsEnd',
      'integrations.change.icsCancelled',
      'integrations.change.icsSequence',
      'integrations.change.icsCrlf',
      'integrations.change.languages',
      'integrations.change.occurrences',
      'integrations.change.subpath',
      'integrations.change.availabilityFields',
    ],
  },
  // The day the feeds, calendars and API were first committed (git log of src/lib/feeds.ts).
  { version: '0.1.0', date: '2026-11-21', changes: ['integrations.change.first'] },
] as const satisfies readonly ContractVersion[];

/** One change of the contract: the key of its text in the UI strings. */
export type ContractChangeKey = (typeof CONTRACT_CHANGES)[number]['changes'][number];
