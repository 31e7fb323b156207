/**
 * One event in words, in one language, before any channel's format: a title, a few facts (when, what
 * it touches, downtime), the text of the update or of the window, and the absolute address of the page
 * that tells it. Every channel (channels.ts, email.ts) is made from this, so they all say the same.
 */
import { changeText, type FeedContext, type FeedKey } from '../feeds.ts';
import { formatDateTime, formatSpan } from '../format.ts';
import type { Translate } from '../translate.ts';
import { asPlanned } from '../window-updates.ts';
import type { NotifyEvent } from './events.ts';

/** The UI strings messages use: the feeds' and the `notify.` ones. */
export type NotifyKey =
  | FeedKey
  | 'notify.opened'
  | 'notify.reminder'
  | 'notify.soon'
  | 'notify.started'
  | 'notify.ended'
  | 'notify.when'
  | 'notify.since'
  | 'notify.affects'
  | 'notify.downtime'
  | 'notify.status'
  | 'notify.open'
  | 'notify.footer'
  | 'notify.unsubscribe';

export interface MessageContext extends Pick<FeedContext, 'timeZone' | 'locale' | 'affected'> {
  /** Absolute address of the site's root in the message's language, ending in `/` (`https://x.org/drift/en/`). */
  siteUrl: string;
  siteTitle: string;
  t: Translate<NotifyKey>;
}

/** How bad the news is, for a channel's colour (never the only sign: the title says it too). */
export type Tone = 'outage' | 'degraded' | 'maintenance' | 'good' | 'info';

export interface Message {
  eventId: string;
  kind: NotifyEvent['kind'];
  title: string;
  facts: { label: string; value: string }[];
  /** Markdown (as written in the content), possibly empty. */
  text: string;
  /** Absolute address of the page that tells the event. */
  link: string;
  /** Label of the link, e.g. "Open the status page". */
  linkLabel: string;
  tone: Tone;
  at: number;
  siteTitle: string;
  /** The site's root address in the message's language. */
  siteUrl: string;
  locale: string;
}

/** The message of `event` in `context`'s language. */
export function messageOf(event: NotifyEvent, context: MessageContext): Message {
  const { t, locale, timeZone } = context;
  const base = {
    eventId: event.id,
    kind: event.kind,
    link: `${context.siteUrl}${event.path}`,
    linkLabel: t('notify.open'),
    at: event.at,
    siteTitle: context.siteTitle,
    siteUrl: context.siteUrl,
    locale,
  };
  if ('incident' in event) {
    const { incident, update } = event;
    const facts = [
      { label: t('notify.status'), value: t(`status.${incident.impact}`) },
      { label: t('notify.since'), value: formatDateTime(incident.start, locale, timeZone) },
      { label: t('notify.affects'), value: context.affected(incident) },
    ];
    const lead =
      event.kind === 'incident.opened' ? `${t('notify.opened')} – ${t(`status.${incident.impact}`)}` : t(`update.${update?.status ?? 'resolved'}`);
    const tone = event.kind === 'incident.resolved' ? 'good' : incident.impact;
    const text = update?.text ?? (event.kind === 'incident.opened' ? t(`impact.${incident.impact}`) : '');
    return { ...base, title: `${lead}: ${incident.title}`, facts, text, tone };
  }
  const { window, announcement } = event;
  const shown = announcement?.kind === 'scheduled' ? asPlanned(window) : window;
  const span = announcement ?? window;
  const facts = [
    { label: t('notify.when'), value: formatSpan(span.start, span.end, locale, timeZone) },
    { label: t('notify.affects'), value: context.affected(shown) },
    { label: t('notify.downtime'), value: shown.downtime ? t('maintenance.downtimeYes') : t('maintenance.downtimeNo') },
  ];
  const lead: Record<typeof event.kind, string> = {
    'window.announced': t(`kind.${shown.kind}`),
    'window.rescheduled': t('maintenance.rescheduled'),
    'window.cancelled': t('maintenance.cancelled'),
    'window.reminder': t('notify.reminder'),
    'window.soon': t('notify.soon'),
    'window.started': t('notify.started'),
    'window.ended': t('notify.ended'),
  };
  let text = shown.body.trim();
  if (announcement?.kind === 'rescheduled') text = [`${changeText(announcement.was, announcement, context)}.`, text].filter(Boolean).join('\n\n');
  if (announcement?.kind === 'cancelled') text = t('maintenance.cancelledNote');
  const tone = event.kind === 'window.cancelled' || event.kind === 'window.ended' ? 'good' : shown.downtime ? 'maintenance' : 'info';
  return { ...base, title: `${lead[event.kind]}: ${shown.title}`, facts, text, tone };
}
