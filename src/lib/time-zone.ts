/**
 * Which time zones a site may be kept in. Every front-matter time is read in the site's zone, so a zone
 * that does not follow the place's summer time reads half the year's times an hour wrong. A fixed
 * offset (`+01:00`, `Etc/GMT-1`) or an abbreviation (`CET`, `UTC+1`) is refused with the zone of a
 * place to write instead; `UTC` itself is a real choice and accepted.
 */
import { Temporal } from 'temporal-polyfill';

/** The city zone of each language's main country: the first suggestion for a site in that language. */
const ZONE_OF_LOCALE: Readonly<Record<string, string>> = {
  sv: 'Europe/Stockholm',
  da: 'Europe/Copenhagen',
  de: 'Europe/Berlin',
  nb: 'Europe/Oslo',
  fi: 'Europe/Helsinki',
  en: 'Europe/London',
};

const SUGGESTIONS = 3;

/**
 * Why `timeZone` will not do as the site's zone, with the zone of a place to write instead (first that of
 * the site's default language `locale`, where it has the same offset); undefined when it will do.
 * @example
 * siteTimeZoneProblem('Europe/Stockholm', 'sv') // undefined
 * siteTimeZoneProblem('+01:00', 'sv')           // '"+01:00" is a fixed UTC offset, …: write … e.g. Europe/Stockholm (or …)'
 */
export function siteTimeZoneProblem(timeZone: string, locale: string | undefined): string | undefined {
  const id = knownZone(timeZone);
  if (id !== undefined && (/^(Etc\/)?UTC$/.test(id) || (id.includes('/') && !id.startsWith('Etc/')))) return undefined;
  const named = /^(UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone.trim());
  const fixed = named !== null || (id !== undefined && (/^[+-]/.test(id) || id.startsWith('Etc/')));
  const abbreviation = !fixed && (id !== undefined || /^[A-Za-z]{2,5}$/.test(timeZone.trim()));
  if (!fixed && !abbreviation) return `is not an IANA time zone like ${suggestions(undefined, locale)[0] ?? 'Europe/Stockholm'}`;
  const offsets: readonly number[] | undefined = named
    ? [(named[2] === '-' ? -1 : 1) * (Number(named[3]) * 60 + Number(named[4] ?? 0))]
    : id === undefined
      ? undefined
      : offsetsOf(id);
  const [first, ...others] = suggestions(offsets, locale);
  const what = fixed ? 'is a fixed UTC offset, which never changes for summer time' : "is an abbreviation, not a place's time zone";
  const more = others.length > 0 ? ` (or ${others.join(', ')})` : '';
  const utc = offsets?.[0] === 0 ? ', or UTC if the site keeps UTC all year' : '';
  return `"${timeZone}" ${what}: write the zone of the place, e.g. ${first ?? 'Europe/Stockholm'}${more}${utc}`;
}

/** The zone's id as the runtime spells it, or undefined when it knows no such zone. */
function knownZone(timeZone: string): string | undefined {
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    return undefined;
  }
}

/** A year whose rules stand for today's: fixed, so that the same site.yaml always gets the same message. */
const RULES_YEAR = 2026;

const offsetsCache = new Map<string, number[]>();

/** The zone's offsets in minutes in January and in July, standard (winter) time first. */
function offsetsOf(timeZone: string): number[] {
  const at = (month: number) =>
    Temporal.PlainDate.from({ year: RULES_YEAR, month, day: 1 }).toZonedDateTime(timeZone).offsetNanoseconds / 60e9;
  let offsets = offsetsCache.get(timeZone);
  if (!offsets) offsetsCache.set(timeZone, (offsets = [at(1), at(7)].sort((a, b) => a - b)));
  return offsets;
}

/**
 * Place zones for a zone with `offsets` (its standard offset, then its summer one if any): the zone of
 * the site's language, then those of the other languages, that keep this offset in winter, then in
 * summer (`+02:00` on a Swedish site is most likely Swedish summer time); then zones the runtime knows
 * with the very same offsets, then with the same standard offset. Without offsets (an unknown
 * abbreviation), the zone of the site's language.
 */
function suggestions(offsets: readonly number[] | undefined, locale: string | undefined): string[] {
  const own = locale === undefined ? [] : [ZONE_OF_LOCALE[locale] ?? []].flat();
  if (offsets === undefined) return own;
  const [standard] = offsets;
  const inWinter = (zone: string) => offsetsOf(zone)[0] === standard;
  const inSummer = (zone: string) => offsetsOf(zone)[1] === standard;
  const others = Object.values(ZONE_OF_LOCALE);
  const places = Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'));
  const found = [
    ...own.filter(inWinter),
    ...own.filter(inSummer),
    ...others.filter(inWinter),
    ...others.filter(inSummer),
    ...places.filter((zone) => offsetsOf(zone).join() === offsets.join()),
    ...places.filter(inWinter),
  ];
  return [...new Set(found)].slice(0, SUGGESTIONS);
}
