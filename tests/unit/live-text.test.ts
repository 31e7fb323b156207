import { describe, expect, it } from 'vitest';
import { durationSoFar, relativeText, visitorTime } from '../../src/lib/live-text.ts';
import { windowEnd } from '../../src/lib/status.ts';
import { at } from './helpers.ts';

const SV = { future: 'om {duration}', past: 'för {duration} sedan' };
const EN = { future: 'in {duration}', past: '{duration} ago' };
const DA = { future: 'om {duration}', past: 'for {duration} siden' };
const STOCKHOLM = 'Europe/Stockholm';

describe('how far an instant is from the visitor\'s clock', () => {
  it('rounds a time to come up and one gone by down, to whole minutes', () => {
    // 05:31:30 → 09:00 is 3 h 28 min 30 s: up to 3 h 29 min, never "in 0 min" before it happens.
    expect(relativeText(at('2026-03-11 09:00'), at('2026-03-11 05:31:30'), 'sv', SV)).toBe('om 3 tim, 29 min');
    expect(relativeText(at('2026-03-11 09:00'), at('2026-03-11 05:31:30'), 'da', DA)).toBe('om 3 t. og 29 min.');
    expect(relativeText(at('2026-03-11 09:00'), at('2026-03-11 08:59:30'), 'en', EN)).toBe('in 1 min');
    // 12:00 → 12:40:59 is 40 min 59 s gone: down to 40 min, a count that goes up as a clock does.
    expect(relativeText(at('2026-03-10 12:00'), at('2026-03-10 12:40:59'), 'sv', SV)).toBe('för 40 min sedan');
    expect(relativeText(at('2026-03-10 12:00'), at('2026-03-10 12:00'), 'en', EN)).toBe('1 min ago');
  });

  it('counts real time across the spring change: 01:30–03:30 on 29 March 2026 in Stockholm lasts one hour', () => {
    // 01:30 CET = 00:30 UTC, 03:30 CEST = 01:30 UTC: the clock skips 02:00–03:00.
    const window = { start: at('2026-03-29 01:30'), end: at('2026-03-29 03:30'), cancelled: false };
    expect(relativeText(windowEnd(window), window.start, 'sv', SV)).toBe('om 1 tim');
    expect(relativeText(windowEnd(window), at('2026-03-29 01:45'), 'en', EN)).toBe('in 45 mins');
  });

  it('and across the autumn change: 01:30–03:30 on 25 October 2026 lasts three hours', () => {
    // 01:30 CEST = 23:30 UTC the day before, 03:30 CET = 02:30 UTC: the clock goes through 02:00–03:00 twice.
    const window = { start: at('2026-10-25 01:30'), end: at('2026-10-25 03:30'), cancelled: false };
    expect(relativeText(windowEnd(window), window.start, 'sv', SV)).toBe('om 3 tim');
    expect(relativeText(window.start, at('2026-10-25 01:00'), 'sv', SV)).toBe('om 30 min');
  });

  it('across a month end, in days and hours', () => {
    // 31 January 22:00 → 2 February 04:00 is 1 day 6 hours.
    expect(relativeText(at('2026-02-02 04:00'), at('2026-01-31 22:00'), 'en', EN)).toBe('in 1 day, 6 hrs');
  });
});

describe('how long something has lasted so far', () => {
  it('counts whole minutes gone by', () => {
    // 10:00 → 11:05:59: 1 h 5 min.
    expect(durationSoFar(at('2026-03-10 10:00'), at('2026-03-10 11:05:59'), 'sv')).toBe('1 tim, 5 min');
    expect(durationSoFar(at('2026-03-10 10:00'), at('2026-03-10 09:00'), 'en')).toBe('0 mins');
  });
});

describe('the visitor\'s own clock beside the site\'s', () => {
  it('is left out in the site\'s zone, in a zone with the same clock, or an unknown one', () => {
    const start = at('2026-03-11 05:30');
    const end = at('2026-03-11 09:00');
    expect(visitorTime(start, end, 'sv', STOCKHOLM, STOCKHOLM)).toBeUndefined();
    expect(visitorTime(start, end, 'da', STOCKHOLM, 'Europe/Copenhagen')).toBeUndefined();
    expect(visitorTime(start, end, 'sv', STOCKHOLM, undefined)).toBeUndefined();
  });

  it('gives the visitor\'s times, dated only where their day is not the site\'s', () => {
    // 05:30–09:00 CET = 04:30–08:00 UTC; New York is on summer time (UTC−4) from 8 March 2026.
    expect(visitorTime(at('2026-03-11 05:30'), at('2026-03-11 09:00'), 'en', STOCKHOLM, 'America/New_York')).toBe('00:30–04:00');
    expect(visitorTime(at('2026-03-11 05:30'), undefined, 'en', STOCKHOLM, 'America/New_York')).toBe('00:30');
  });

  it('during the spring change in Stockholm, the evening before in New York', () => {
    // 01:30 CET–03:30 CEST on 29 March = 00:30–01:30 UTC = 20:30–21:30 EDT on 28 March.
    expect(visitorTime(at('2026-03-29 01:30'), at('2026-03-29 03:30'), 'en', STOCKHOLM, 'America/New_York')).toBe('28 Mar, 20:30–21:30');
  });

  it('during the autumn change in Stockholm, the same morning in Tokyo', () => {
    // 01:30 CEST–03:30 CET on 25 October = 23:30–02:30 UTC = 08:30–11:30 in Tokyo (UTC+9) on 25 October.
    expect(visitorTime(at('2026-10-25 01:30'), at('2026-10-25 03:30'), 'sv', STOCKHOLM, 'Asia/Tokyo')).toBe('08:30–11:30');
  });

  it('at a month end, the next month in Tokyo', () => {
    // 31 March 20:00–22:00 CEST = 18:00–20:00 UTC = 1 April 03:00–05:00 in Tokyo.
    expect(visitorTime(at('2026-03-31 20:00'), at('2026-03-31 22:00'), 'sv', STOCKHOLM, 'Asia/Tokyo')).toBe('1 apr. 03:00–05:00');
    expect(visitorTime(at('2026-03-31 20:00'), at('2026-03-31 22:00'), 'da', STOCKHOLM, 'Asia/Tokyo')).toBe('1. apr., 03.00–05.00');
  });

  it('dates the end when the visitor\'s day changes within the span', () => {
    // 11 March 05:00–08:00 CET = 04:00–07:00 UTC = 21:00 on 10 March – 00:00 on 11 March in Los Angeles (PDT, UTC−7).
    expect(visitorTime(at('2026-03-11 05:00'), at('2026-03-11 08:00'), 'en', STOCKHOLM, 'America/Los_Angeles')).toBe('10 Mar, 21:00–11 Mar, 00:00');
  });
});
