/**
 * Property-based tests of the pure domain core: interval algebra, availability and local ↔ UTC time.
 * Examples live in interval.test.ts, availability.test.ts and time.test.ts; these check laws over
 * many generated inputs (fast-check prints a seed and a shrunk counterexample when one fails).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, type AvailabilityQuery } from '../../src/lib/availability.ts';
import type { SiteData } from '../../src/lib/content/schemas.ts';
import { clipIntervals, mergeIntervals, subtractIntervals, totalLength, type Interval } from '../../src/lib/interval.ts';
import type { Incident, PlannedWindow } from '../../src/lib/model.ts';
import {
  addDays,
  localDate,
  localDateTimeText,
  localDayInterval,
  localMonth,
  monthInterval,
  MINUTE,
  parseDateTime,
  type Instant,
} from '../../src/lib/time.ts';
import { incident, plannedWindow } from './helpers.ts';

const HOUR = 60 * MINUTE;

// ---------------------------------------------------------------------------------------------------
// Intervals on a small integer line, so that generated intervals overlap, touch and nest often and
// coverage can be checked exhaustively.

const LINE_MIN = -10;
const LINE_MAX = 150;

/** Intervals with integer ends in [0, 130]; some empty (start = end) and some inverted (end < start). */
const intervalArb: fc.Arbitrary<Interval> = fc
  .record({ start: fc.integer({ min: 0, max: 100 }), length: fc.integer({ min: -5, max: 30 }) })
  .map(({ start, length }) => ({ start, end: start + length }));

const intervalsArb = fc.array(intervalArb, { maxLength: 12 });

const covers = (intervals: readonly Interval[], x: number) => intervals.some((i) => i.start <= x && x < i.end);

/** Every integer and half-integer instant of the line: enough to see any difference between sets with integer ends. */
const SAMPLES: number[] = Array.from({ length: (LINE_MAX - LINE_MIN) * 2 }, (_, k) => LINE_MIN + k / 2);

/** The sample instants where `actual` says covered and `expected` does not, or the other way round. */
function coverageMismatches(actual: readonly Interval[], expected: (x: number) => boolean): number[] {
  return SAMPLES.filter((x) => covers(actual, x) !== expected(x));
}

/** Length of the union, counted unit by unit (an oracle independent of mergeIntervals). */
function bruteLength(intervals: readonly Interval[]): number {
  let n = 0;
  for (let x = LINE_MIN; x < LINE_MAX; x++) if (covers(intervals, x)) n++;
  return n;
}

/** Sorted, with no empty intervals, and each ending strictly before the next begins (no overlap, no touching). */
function expectNormalized(intervals: readonly Interval[]) {
  intervals.forEach((interval, k) => {
    expect(interval.end).toBeGreaterThan(interval.start);
    const next = intervals[k + 1];
    if (next) expect(next.start).toBeGreaterThan(interval.end);
  });
}

const overlaps = (a: Interval, b: Interval) => Math.max(a.start, b.start) < Math.min(a.end, b.end);

describe('interval properties', () => {
  it('mergeIntervals is idempotent, order-independent, normalized and covers exactly the input', () => {
    const withPermutation = intervalsArb.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([input, permuted]) => {
        const before = structuredClone(input);
        const merged = mergeIntervals(input);
        expect(mergeIntervals(merged)).toEqual(merged);
        expect(mergeIntervals(permuted)).toEqual(merged);
        expect(mergeIntervals([...input].reverse())).toEqual(merged);
        expectNormalized(merged);

        const sumOfMerged = merged.reduce((sum, i) => sum + (i.end - i.start), 0);
        expect(totalLength(input)).toBe(sumOfMerged);
        expect(totalLength(input)).toBe(bruteLength(input));

        expect(coverageMismatches(merged, (x) => covers(input, x))).toEqual([]);
        // The input is left as it was.
        expect(input).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('subtractIntervals(a, b) is the part of a outside b', () => {
    fc.assert(
      fc.property(intervalsArb, intervalsArb, (a, b) => {
        const difference = subtractIntervals(a, b);
        expectNormalized(difference);

        // Never overlaps b, and lies inside a (each piece inside one merged interval of a).
        for (const piece of difference) {
          for (const cut of b) expect(overlaps(piece, cut)).toBe(false);
          expect(mergeIntervals(a).some((whole) => whole.start <= piece.start && piece.end <= whole.end)).toBe(true);
        }
        // Pointwise: covered by the difference iff covered by a and not by b.
        expect(coverageMismatches(difference, (x) => covers(a, x) && !covers(b, x))).toEqual([]);

        // |a − b| + |a ∩ b| = |a|, the intersection built pairwise (independently of subtractIntervals).
        const intersection = a.flatMap((x) =>
          b.map((y) => ({ start: Math.max(x.start, y.start), end: Math.min(x.end, y.end) })),
        );
        expect(totalLength(difference) + totalLength(intersection)).toBe(totalLength(a));
        expect(totalLength(intersection)).toBe(bruteLength(intersection));
      }),
      { numRuns: 300 },
    );
  });

  it('clipIntervals(a, window) is the part of a inside the window', () => {
    fc.assert(
      fc.property(intervalsArb, intervalArb, (a, window) => {
        const clipped = clipIntervals(a, window);
        expectNormalized(clipped);
        expect(coverageMismatches(clipped, (x) => covers(a, x) && covers([window], x))).toEqual([]);
        expect(totalLength(clipped) + totalLength(subtractIntervals(a, [window]))).toBe(totalLength(a));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Availability over random incidents and windows within about a week.

const SYSTEM = 'app';
const ENVIRONMENT = 'production';
const BASE = Date.UTC(2024, 2, 28); // 2024-03-28T00:00Z; the week includes the spring DST change
const WEEK_MINUTES = 7 * 24 * 60;

const minuteArb = fc.integer({ min: 0, max: WEEK_MINUTES });
const instantAt = (minutes: number): Instant => BASE + minutes * MINUTE;

/** Which systems and environments an entry names: mostly ours, sometimes another system or environment. */
const scopeArb = fc.record({
  systems: fc.constantFrom([SYSTEM], [SYSTEM], ['other'], [SYSTEM, 'other']),
  environments: fc.constantFrom<readonly string[] | undefined>(undefined, undefined, [ENVIRONMENT], ['test'], [ENVIRONMENT, 'test']),
});

const causeArb = fc.constantFrom<Incident['cause']>(undefined, 'application', 'infrastructure');

const incidentArb: fc.Arbitrary<Incident> = fc
  .record({
    start: minuteArb,
    // undefined: ongoing
    duration: fc.option(fc.integer({ min: 0, max: 2 * 24 * 60 }), { nil: undefined, freq: 4 }),
    impact: fc.constantFrom<Incident['impact']>('outage', 'degraded'),
    cause: causeArb,
    scope: scopeArb,
  })
  .map(({ start, duration, impact, cause, scope }) =>
    incident({
      start: instantAt(start),
      ...(duration === undefined ? {} : { end: instantAt(start + duration) }),
      impact,
      ...(cause === undefined ? {} : { cause }),
      systems: [...scope.systems],
      ...(scope.environments === undefined ? {} : { environments: [...scope.environments] }),
    }),
  );

const windowArb: fc.Arbitrary<PlannedWindow> = fc
  .record({
    start: minuteArb,
    duration: fc.integer({ min: 0, max: 12 * 60 }),
    // When the work actually ended, relative to the start (may be before the planned end, or after).
    finished: fc.option(fc.integer({ min: 0, max: 16 * 60 }), { nil: undefined, freq: 3 }),
    cancelled: fc.boolean(),
    downtime: fc.boolean(),
    scope: scopeArb,
  })
  .map(({ start, duration, finished, cancelled, downtime, scope }) =>
    plannedWindow({
      start: instantAt(start),
      end: instantAt(start + duration),
      ...(finished === undefined ? {} : { finished: instantAt(start + finished) }),
      cancelled,
      downtime,
      systems: [...scope.systems],
      ...(scope.environments === undefined ? {} : { environments: [...scope.environments] }),
    }),
  );

const rulesArb: fc.Arbitrary<SiteData['sla']> = fc.record({
  excludePlanned: fc.boolean(),
  degradedWeight: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  byCause: fc.boolean(),
});

/** A period [start, end) with a split point strictly inside, all whole minutes in the week. */
const splitPeriodArb = fc
  .uniqueArray(minuteArb, { minLength: 3, maxLength: 3 })
  .map((minutes) => minutes.sort((x, y) => x - y).map(instantAt) as [Instant, Instant, Instant]);

const availabilityCaseArb = fc.record({
  incidents: fc.array(incidentArb, { minLength: 1, maxLength: 10 }),
  windows: fc.array(windowArb, { maxLength: 6 }),
  rules: rulesArb,
  split: splitPeriodArb,
  // Often after the whole week; otherwise from a day before it to a day after it (before, inside or after the period).
  now: fc.oneof(
    fc.constant(instantAt(WEEK_MINUTES + 24 * 60)),
    fc.integer({ min: -24 * 60, max: WEEK_MINUTES + 24 * 60 }).map(instantAt),
  ),
  cause: causeArb,
});

const EPSILON = 1e-6;

describe('availability properties', () => {
  it('stays within [0, 1], keeps its parts within the measured time and adds up over a split period', () => {
    fc.assert(
      fc.property(availabilityCaseArb, ({ incidents, windows, rules, split: [start, t, end], now, cause }) => {
        const query = (period: Interval): AvailabilityQuery => ({
          system: SYSTEM,
          environment: ENVIRONMENT,
          period,
          now,
          ...(cause === undefined ? {} : { cause }),
        });
        const whole = availability(query({ start, end }), incidents, windows, rules);
        const first = availability(query({ start, end: t }), incidents, windows, rules);
        const second = availability(query({ start: t, end }), incidents, windows, rules);

        for (const result of [whole, first, second]) {
          if (result.availability === null) {
            expect(result.measuredMinutes).toBe(0);
          } else {
            expect(result.availability).toBeGreaterThanOrEqual(0);
            expect(result.availability).toBeLessThanOrEqual(1);
            expect(result.measuredMinutes).toBeGreaterThan(0);
          }
          for (const minutes of [result.measuredMinutes, result.outageMinutes, result.degradedMinutes, result.plannedMinutes]) {
            expect(minutes).toBeGreaterThanOrEqual(0);
          }
          // Outage and degraded time are disjoint parts of the measured time.
          expect(result.outageMinutes + result.degradedMinutes).toBeLessThanOrEqual(result.measuredMinutes + EPSILON);
          if (rules.excludePlanned) {
            expect(result.outageMinutes).toBeLessThanOrEqual(result.measuredMinutes);
          } else {
            // Planned downtime counts as outage.
            expect(result.outageMinutes).toBeGreaterThanOrEqual(result.plannedMinutes);
          }
        }

        // Measured time is the period up to now, less planned downtime when that is excluded.
        const elapsedMinutes = Math.max(0, Math.min(end, now) - start) / MINUTE;
        expect(whole.measuredMinutes + (rules.excludePlanned ? whole.plannedMinutes : 0)).toBeCloseTo(elapsedMinutes, 6);

        // Additive over [start, t) + [t, end).
        expect(Math.abs(first.outageMinutes + second.outageMinutes - whole.outageMinutes)).toBeLessThan(EPSILON);
        expect(Math.abs(first.degradedMinutes + second.degradedMinutes - whole.degradedMinutes)).toBeLessThan(EPSILON);
        expect(Math.abs(first.measuredMinutes + second.measuredMinutes - whole.measuredMinutes)).toBeLessThan(EPSILON);
        expect(Math.abs(first.plannedMinutes + second.plannedMinutes - whole.plannedMinutes)).toBeLessThan(EPSILON);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores incidents and windows of other systems and environments', () => {
    fc.assert(
      fc.property(availabilityCaseArb, ({ incidents, windows, rules, split: [start, , end], now }) => {
        const query: AvailabilityQuery = { system: SYSTEM, environment: ENVIRONMENT, period: { start, end }, now };
        const ours = (entry: { systems: readonly string[]; environments?: readonly string[] | undefined }) =>
          entry.systems.includes(SYSTEM) && (entry.environments?.includes(ENVIRONMENT) ?? true);
        expect(availability(query, incidents.filter(ours), windows.filter(ours), rules)).toEqual(
          availability(query, incidents, windows, rules),
        );
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Local ↔ UTC conversion.

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The local wall-clock text (`yyyy-mm-dd hh:mm`) and UTC offset (`+01:00`, `Z`) of an instant, from the
 * runtime's own Intl time-zone data: an oracle independent of the Temporal code in time.ts.
 */
function intlLocal(instant: Instant, timeZone: string): { text: string; offset: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const gmt = part('timeZoneName').replace('GMT', '');
  return {
    text: `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`,
    offset: gmt === '' ? 'Z' : gmt,
  };
}

function parsed(text: string, timeZone: string): Instant {
  const result = parseDateTime(text, timeZone);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('local time properties', () => {
  const days = [
    { date: '2024-03-31', hours: 23 }, // spring forward: 02:00–02:59 does not exist
    { date: '2024-10-27', hours: 25 }, // fall back: 02:00–02:59 occurs twice
  ];

  for (const timeZone of ['Europe/Stockholm', 'Europe/Copenhagen']) {
    for (const { date, hours } of days) {
      it(`round-trips every minute of ${date} in ${timeZone} (${hours} hours)`, () => {
        const day = localDayInterval(date, timeZone);
        expect(day.end - day.start).toBe(hours * 60 * MINUTE);
        expect(localDateTimeText(day.start, timeZone)).toBe(`${date} 00:00`);
        expect(localDateTimeText(day.end, timeZone)).toBe(`${addDays(date, 1)} 00:00`);

        let repeated = 0;
        let withOffset = 0;
        const seen = new Set<string>();
        for (let instant = day.start; instant < day.end; instant += MINUTE) {
          const text = localDateTimeText(instant, timeZone);
          const oracle = intlLocal(instant, timeZone);
          const wall = text.slice(0, 16);
          expect(wall).toBe(oracle.text);
          expect(text.startsWith(`${date} `)).toBe(true);
          // Every text written reads back to its own instant, the repeated hour included.
          expect(parsed(text, timeZone)).toBe(instant);
          // With an explicit offset the text always means exactly this instant, even in the repeated hour.
          expect(parsed(`${wall}${oracle.offset}`, timeZone)).toBe(instant);
          if (text !== wall) {
            withOffset++;
            expect(text).toBe(`${wall}${oracle.offset}`);
          }

          const secondOccurrence = seen.has(wall);
          seen.add(wall);
          if (secondOccurrence) {
            // Both occurrences are written with their offsets; the naive text would mean the first, an hour earlier.
            repeated++;
            expect(hours).toBe(25);
            expect(wall.slice(11, 13)).toBe('02');
            expect(localDateTimeText(instant - HOUR, timeZone).slice(0, 16)).toBe(wall);
            expect(parsed(wall, timeZone)).toBe(instant - HOUR);
            expect(text).not.toBe(wall);
          } else {
            expect(parsed(wall, timeZone)).toBe(instant);
          }
        }
        // Both passes of the repeated hour, 2 × 60 minutes, carry their offset; no other minute does.
        expect(withOffset).toBe(hours === 25 ? 120 : 0);
        expect(repeated).toBe(hours === 25 ? 60 : 0);
        expect(seen.size).toBe(hours === 25 ? 24 * 60 : 23 * 60);

        if (hours === 23) {
          // The skipped hour is not a time of that day: writing it is an error.
          expect([...seen].some((wall) => wall.slice(11, 13) === '02')).toBe(false);
          for (let minute = 0; minute < 60; minute += 1) {
            const text = `${date} 02:${String(minute).padStart(2, '0')}`;
            expect(parseDateTime(text, timeZone).ok).toBe(false);
          }
        }
      });
    }
  }

  const zones = [
    'Europe/Stockholm',
    'Europe/Copenhagen',
    'Europe/London',
    'America/New_York',
    'America/Santiago', // changes at local midnight
    'Australia/Sydney', // southern hemisphere
    'Australia/Lord_Howe', // half-hour daylight-saving shift
    'Asia/Kolkata', // +05:30, no daylight saving
    'Pacific/Chatham', // +12:45 / +13:45
    'UTC',
  ];
  const minuteInstantArb = fc
    .integer({ min: Date.UTC(2015, 0, 1) / MINUTE, max: Date.UTC(2030, 11, 31) / MINUTE })
    .map((minutes) => minutes * MINUTE);

  it('round-trips random instants through local text; naive text in a repeated hour means its first occurrence', () => {
    fc.assert(
      fc.property(minuteInstantArb, fc.constantFrom(...zones), (instant, timeZone) => {
        const text = localDateTimeText(instant, timeZone);
        const oracle = intlLocal(instant, timeZone);
        const wall = text.slice(0, 16);
        expect(wall).toBe(oracle.text);
        expect(parsed(text, timeZone)).toBe(instant);
        expect(parsed(`${wall}${oracle.offset}`, timeZone)).toBe(instant);
        // The first occurrence of this wall-clock time: up to two hours earlier, in steps of the shortest DST shift.
        const earlier = [120, 90, 60, 30]
          .map((minutes) => instant - minutes * MINUTE)
          .find((candidate) => localDateTimeText(candidate, timeZone).slice(0, 16) === wall);
        expect(parsed(wall, timeZone)).toBe(earlier ?? instant);
        // The offset is written exactly when the wall-clock time happens twice.
        const later = [120, 90, 60, 30].map((minutes) => instant + minutes * MINUTE).some((c) => localDateTimeText(c, timeZone).slice(0, 16) === wall);
        expect(text !== wall).toBe(earlier !== undefined || later);
      }),
      { numRuns: 2000 },
    );
  });

  it('also round-trips instants chosen near daylight-saving changes', () => {
    // Instants within two hours of 01:00 UTC on the last Sundays of March and October (the EU change times).
    const nearChange = fc
      .record({
        year: fc.integer({ min: 2015, max: 2030 }),
        month: fc.constantFrom(2, 9),
        offset: fc.integer({ min: -120, max: 120 }),
      })
      .map(({ year, month, offset }) => {
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const lastSunday = lastDay.getUTCDate() - lastDay.getUTCDay();
        return Date.UTC(year, month, lastSunday, 1) + offset * MINUTE;
      });
    fc.assert(
      fc.property(nearChange, fc.constantFrom('Europe/Stockholm', 'Europe/Copenhagen', 'Europe/London'), (instant, timeZone) => {
        const text = localDateTimeText(instant, timeZone);
        const wall = text.slice(0, 16);
        const repeated = localDateTimeText(instant - HOUR, timeZone).slice(0, 16) === wall;
        expect(parsed(text, timeZone)).toBe(instant);
        expect(parsed(wall, timeZone)).toBe(repeated ? instant - HOUR : instant);
        expect(parsed(`${wall}${intlLocal(instant, timeZone).offset}`, timeZone)).toBe(instant);
      }),
      { numRuns: 500 },
    );
  });

  it('puts every instant inside the local day and month it is shown in', () => {
    fc.assert(
      fc.property(minuteInstantArb, fc.constantFrom(...zones), (instant, timeZone) => {
        const date = localDate(instant, timeZone);
        const day = localDayInterval(date, timeZone);
        expect(day.start).toBeLessThanOrEqual(instant);
        expect(instant).toBeLessThan(day.end);
        expect([23, 23.5, 24, 24.5, 25]).toContain((day.end - day.start) / HOUR);
        expect(localDateTimeText(instant, timeZone).slice(0, 10)).toBe(date);

        const month = monthInterval(localMonth(instant, timeZone), timeZone);
        expect(month.start).toBeLessThanOrEqual(day.start);
        expect(day.end).toBeLessThanOrEqual(month.end);
        expect(localMonth(month.start, timeZone)).toBe(date.slice(0, 7));
        expect(localMonth(month.end - 1, timeZone)).toBe(date.slice(0, 7));
      }),
      { numRuns: 500 },
    );
  });
});
