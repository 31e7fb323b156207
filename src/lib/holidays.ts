/**
 * Public holidays of a country (or one of its regions), from the maintained `date-holidays` data
 * (rules for some 200 countries, bundled in the package: no network, no browser needed). A holiday
 * here is a day of type `public` (a statutory holiday) or `bank` (offices and banks are closed, e.g.
 * Swedish julafton, midsommarafton and nyårsafton); observances and half days are not.
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import type { LocalDate } from './time.ts';

let library: typeof HolidaysClass | undefined;
/**
 * The library, loaded on first use: its data for every country takes a tenth of a second or more to
 * load, which every command would pay at start-up (most content names no holiday country).
 */
function holidaysLibrary(): typeof HolidaysClass {
  // Its CommonJS build exports the class itself.
  library ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
  return library;
}

/** The holiday types on which people are off work, so planned work that needs them is not done. */
const OFF_WORK = new Set(['public', 'bank']);

const calendars = new Map<string, HolidaysClass>();
const years = new Map<string, Map<LocalDate, string>>();

/** The library's calendar of `region` (`SE`, `DK`, `DE-BY`), made once. */
function calendar(region: string): HolidaysClass {
  let found = calendars.get(region);
  if (!found) {
    const [country = '', state] = region.split('-');
    const Holidays = holidaysLibrary();
    found = state === undefined ? new Holidays(country) : new Holidays(country, state);
    calendars.set(region, found);
  }
  return found;
}

/**
 * What is wrong with a holiday region code, or undefined when the library knows it: an ISO 3166-1
 * country code (`SE`), optionally with a region (`DE-BY`).
 * @example holidayRegionProblem('SE') // undefined
 * @example holidayRegionProblem('se') // 'write the country code in capitals: SE'
 */
export function holidayRegionProblem(region: string): string | undefined {
  if (!/^[a-z]{2}(-[a-z0-9]{1,3})?$/i.test(region)) return 'must be a country code such as SE, DK or NO (or a country and a region, e.g. DE-BY)';
  if (region !== region.toUpperCase()) return `write the code in capitals: ${region.toUpperCase()}`;
  const [country = '', state] = region.split('-');
  const Holidays = holidaysLibrary();
  const countries = new Holidays().getCountries('en');
  if (!(country in countries)) return `"${country}" is not a country code the holiday calendar knows: write an ISO 3166-1 code such as SE, DK or NO`;
  if (state !== undefined && !(state in (new Holidays().getStates(country, 'en') ?? {}))) {
    return `"${state}" is not a region of ${countries[country]} in the holiday calendar: write only ${country}, or one of its region codes`;
  }
  return undefined;
}

/**
 * The name (in English) of the public holiday on local `date` in `region`, or undefined when the day
 * is not one.
 * @example holidayOn('SE', '2026-12-24') // 'Christmas Eve'
 * @example holidayOn('SE', '2026-12-23') // undefined
 */
export function holidayOn(region: string, date: LocalDate): string | undefined {
  const year = date.slice(0, 4);
  const key = `${region}|${year}`;
  let days = years.get(key);
  if (!days) {
    days = new Map();
    for (const holiday of calendar(region).getHolidays(Number(year), 'en')) {
      const day = holiday.date.slice(0, 10);
      // Two holidays on one day (alla helgons dag and Gustav Adolf-dagen): the first that counts names it.
      if (OFF_WORK.has(holiday.type) && !days.has(day)) days.set(day, holiday.name);
    }
    years.set(key, days);
  }
  return days.get(date);
}
