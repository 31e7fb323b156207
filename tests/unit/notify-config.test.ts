/** The `notify:` section of site.yaml: its defaults, and a complete one that passes. */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';

const site = (notify: string) => ({
  file: 'content/site.yaml',
  kind: 'site' as const,
  slug: 'site',
  text: `title: T\nurl: https://status.example.org/drift/\ntimezone: Europe/Stockholm\nlocale: sv\nlocales: [sv, en]\ncontact:\n  email: sd@example.org\n${notify}`,
});
const app = { file: 'content/systems/app.yaml', kind: 'system' as const, slug: 'app', text: 'name: App\nenvironments: [production, test]\n' };

describe('notify settings', () => {
  it('fills in the defaults: reminders at the notice time and an hour before, no start and end messages, SMTP on 587', () => {
    const { content, problems } = validateContent([
      site('notify:\n  email: { from: a@example.org, host: smtp.example.org }\n  recipients:\n    - { id: mail, channel: email, toEnv: MAIL_TO }\n'),
      app,
    ]);
    expect(problems).toEqual([]);
    expect(content.site.notify?.reminders).toEqual({ notice: true, beforeStartMinutes: 60, startAndEnd: false });
    expect(content.site.notify?.email?.port).toBe(587);
  });

  it('accepts a recipient limited to a system, an environment, a kind and a language, each written as one value', () => {
    const { content, problems } = validateContent([
      site('notify:\n  recipients:\n    - id: ops\n      channel: mattermost\n      urlEnv: MM_OPS\n      systems: app\n      environments: production\n      kinds: planned\n      locale: en\n'),
      app,
    ]);
    expect(problems).toEqual([]);
    expect(content.site.notify?.recipients[0]).toEqual({ id: 'ops', channel: 'mattermost', urlEnv: 'MM_OPS', systems: ['app'], environments: ['production'], kinds: ['planned'], locale: 'en' });
  });

  it('refuses an environment no system has, with its line', () => {
    const { problems } = validateContent([site('notify:\n  recipients:\n    - id: ops\n      channel: slack\n      urlEnv: S\n      environments: staging\n'), app]);
    // site.yaml has 7 lines before `notify:`; `environments` is its 6th line: line 13.
    expect(problems).toEqual([{ file: 'content/site.yaml', line: 13, field: 'notify.recipients[0].environments[0]', message: 'unknown environment "staging" (the systems have production, test)' }]);
  });
});
