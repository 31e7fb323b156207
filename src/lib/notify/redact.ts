/**
 * Secrets never reach a log: every text the notify command prints (errors from the network or the SMTP
 * library included, which like to quote the address they failed on) goes through `redactor` first.
 */

/** Values shorter than this are not treated as secrets (a one-letter password would blank every "a"). */
const MIN_SECRET = 4;

/**
 * A function that replaces every occurrence of each secret, as written and as URL-encoded, with `[secret NAME]`.
 * @example redactor({ SLACK_HOOK: 'https://hooks.slack.com/services/T/B/x' })('POST https://hooks.slack.com/services/T/B/x failed') // 'POST [secret SLACK_HOOK] failed'
 */
export function redactor(secrets: Readonly<Record<string, string>>): (text: string) => string {
  const forms = Object.entries(secrets)
    .filter(([, value]) => value.length >= MIN_SECRET)
    .flatMap(([name, value]) => [...new Set([value, encodeURIComponent(value), encodeURI(value)])].map((form) => ({ name, form })))
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.form.length - a.form.length);
  return (text) => forms.reduce((out, { name, form }) => out.split(form).join(`[secret ${name}]`), text);
}
