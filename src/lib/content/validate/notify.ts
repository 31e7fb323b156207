/**
 * Checks the `notify:` section of site.yaml beyond its schema: each recipient has what its channel
 * needs, ids are unique (the ledger of what was sent is kept by id), and the systems and environments
 * a recipient is limited to exist.
 */
import type { EntryContext } from './context.ts';
import { checkReferences } from './references.ts';

export function validateNotify(ctx: EntryContext): void {
  const notify = ctx.site?.notify;
  const file = ctx.byKind('site')[0]?.file;
  if (!notify || !file) return;
  const seen = new Set<string>();
  notify.recipients.forEach((recipient, index) => {
    const field = (name: string) => `notify.recipients[${index}].${name}`;
    if (seen.has(recipient.id)) ctx.report(file, field('id'), `"${recipient.id}" is the id of an earlier recipient: give each its own`);
    seen.add(recipient.id);
    const locales = ctx.site?.locales ?? [];
    if (recipient.locale && !locales.includes(recipient.locale)) {
      ctx.report(file, field('locale'), `"${recipient.locale}" is not built (the site's \`locales\` are ${locales.join(', ')}): its links would lead nowhere; add it to \`locales\` or choose one of them`);
    }
    if (recipient.channel === 'email') {
      if (!recipient.to && !recipient.toEnv) ctx.report(file, field('to'), 'an e-mail recipient needs `to` (addresses) or `toEnv` (a variable that holds them)');
      if (recipient.urlEnv) ctx.report(file, field('urlEnv'), 'is for webhooks: an e-mail recipient has `to` or `toEnv`');
      if (!notify.email) ctx.report(file, field('channel'), 'e-mail needs the SMTP server: add `notify.email` with `from` and `host`');
    } else {
      if (!recipient.urlEnv) ctx.report(file, field('urlEnv'), `a ${recipient.channel} webhook needs \`urlEnv\`: the environment variable that holds its address, e.g. SLACK_WEBHOOK_OPS`);
      for (const name of ['to', 'toEnv'] as const) {
        if (recipient[name]) ctx.report(file, field(name), `is for e-mail: a ${recipient.channel} recipient has \`urlEnv\``);
      }
    }
    if (recipient.systems) {
      checkReferences(ctx, file, `notify.recipients[${index}].`, { systems: recipient.systems, environments: recipient.environments });
    } else {
      const known = new Set([...ctx.systemById.values()].flatMap((system) => system.environments.map((e) => e.id)));
      recipient.environments?.forEach((env, envIndex) => {
        if (!known.has(env)) ctx.report(file, field(`environments[${envIndex}]`), `unknown environment "${env}" (the systems have ${[...known].join(', ')})`);
      });
    }
  });
  const email = notify.email;
  if (email && !email.unsubscribe && !ctx.site?.contact?.email) {
    ctx.report(file, 'notify.email.unsubscribe', 'is needed when the site has no `contact.email`: every e-mail says how to unsubscribe (a mailto: or https:// address)');
  }
}
