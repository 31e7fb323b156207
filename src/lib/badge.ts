/**
 * A status badge (SVG) for intranets and READMEs: "<label> | <state>", with the state in words. The
 * XML is written by fast-xml-builder, which escapes text and attributes.
 */
import XMLBuilder from 'fast-xml-builder';
import type { Status } from './status.ts';

const COLOURS: Record<Status, string> = {
  operational: '#1d6b3a',
  maintenance: '#1f4f99',
  degraded: '#8a5a00',
  outage: '#b3261e',
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });

/** Rough width of text in 11 px Verdana, enough to size the badge without measuring fonts. */
function textWidth(text: string): number {
  return Math.ceil([...text].length * 6.8) + 12;
}

export function badgeSvg(label: string, message: string, status: Status): string {
  const left = textWidth(label);
  const right = textWidth(message);
  const text = `${label}: ${message}`;
  return builder.build({
    svg: {
      '@_xmlns': 'http://www.w3.org/2000/svg',
      '@_width': left + right,
      '@_height': 20,
      '@_role': 'img',
      '@_aria-label': text,
      '@_data-status': status,
      title: text,
      rect: [
        { '@_width': left, '@_height': 20, '@_fill': '#454c54' },
        { '@_x': left, '@_width': right, '@_height': 20, '@_fill': COLOURS[status] },
      ],
      g: {
        '@_fill': '#fff',
        '@_font-family': 'Verdana,DejaVu Sans,sans-serif',
        '@_font-size': 11,
        text: [
          { '@_x': 6, '@_y': 14, '#text': label },
          { '@_x': left + 6, '@_y': 14, '#text': message },
        ],
      },
    },
  }) as string;
}
