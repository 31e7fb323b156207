/**
 * Sending one notification: an e-mail over SMTP (nodemailer: the maintained standard for SMTP in Node,
 * with STARTTLS, authentication and RFC-correct MIME, none of which is worth writing again), or a JSON
 * POST to a webhook (the global fetch). A failure that may pass (a network error, a timeout, 5xx, 408,
 * 429) is tried again after a pause that doubles each time, a few times; one that will not (another
 * 4xx, a refused address) fails at once. Either way the caller records only what was accepted.
 */
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Email } from '../../src/lib/notify/email.ts';

/** How often a message is tried in all, and the first pause (it doubles: 1 s, 2 s, 4 s). */
export interface Retry {
  attempts: number;
  firstDelayMs: number;
}

export const DEFAULT_RETRY: Retry = { attempts: 4, firstDelayMs: 1000 };
/** A server that does not answer within this long has failed this attempt. */
const TIMEOUT_MS = 15_000;
/** The longest pause a server may ask for with Retry-After before the next attempt. */
const MAX_RETRY_AFTER_MS = 30_000;

/** A failure; `retry` says whether trying again may help. */
export class SendError extends Error {
  readonly retry: boolean;
  readonly waitMs: number | undefined;
  constructor(message: string, retry: boolean, waitMs?: number) {
    super(message);
    this.retry = retry;
    this.waitMs = waitMs;
  }
}

/** Runs `attempt` until it succeeds, fails for good, or has been tried `retry.attempts` times. */
export async function withRetry(attempt: () => Promise<void>, retry: Retry, onRetry: (error: Error, next: number) => void): Promise<void> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      const failure = error instanceof SendError ? error : new SendError(String((error as Error).message ?? error), true);
      if (!failure.retry || tried >= retry.attempts) throw failure;
      const delay = Math.max(retry.firstDelayMs * 2 ** (tried - 1), Math.min(failure.waitMs ?? 0, MAX_RETRY_AFTER_MS));
      onRetry(failure, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * POSTs `body` as JSON to `url`; resolves once the server answers 2xx. Its errors name the address,
 * which is a secret: the command prints them only through its redactor, which puts the variable's
 * name in its place (`POST [secret SLACK_WEBHOOK_URL]: the server answered 500`).
 */
export async function postJson(url: string, body: unknown, eventId: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'driftstatus-notify', 'x-driftstatus-event': eventId },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new SendError(`POST ${url}: no answer (${cause?.code ?? cause?.message ?? (error as Error).name})`, true);
  }
  await response.body?.cancel();
  if (response.ok) return;
  const status = response.status;
  const waitMs = Number(response.headers.get('retry-after')) * 1000 || undefined;
  throw new SendError(`POST ${url}: the server answered ${status} ${response.statusText}`.trim(), status >= 500 || status === 408 || status === 429, waitMs);
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string | undefined;
  password?: string | undefined;
}

export type Mailer = ReturnType<typeof nodemailer.createTransport>;

export function mailer(settings: SmtpSettings): Mailer {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
}

/**
 * Sends `email`; its Message-ID is made from the recipient and the event, so that a message sent again
 * after a lost answer is the same message to the mail programs that drop duplicates.
 */
export async function sendEmail(transport: Mailer, email: Email, { from, to, key, domain }: { from: string; to: string[]; key: string; domain: string }): Promise<void> {
  const messageId = `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
  try {
    await transport.sendMail({ from, to, subject: email.subject, text: email.text, html: email.html, headers: email.headers, messageId });
  } catch (error) {
    const { responseCode, code } = error as { responseCode?: number; code?: string };
    // 5xx from the server is a refusal (a wrong address, a rejected sender): sending again will not help.
    const permanent = responseCode !== undefined && responseCode >= 500;
    throw new SendError(`the SMTP server ${responseCode ? `answered ${responseCode}` : `failed (${code ?? (error as Error).message})`}`, !permanent);
  }
}
