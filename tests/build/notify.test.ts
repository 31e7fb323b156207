/**
 * `npm run notify` end to end, with real servers on this machine: an SMTP server with a login and an
 * HTTP receiver standing in for Slack, Teams, Discord and a Statuspage-format integration. A git
 * history in a temporary folder (tests/fixtures/notify: a site under a path, in sv, en and da) goes
 * through an incident opened, updated and resolved, and a planned window moved and cancelled; after
 * each commit the command runs as a process, at a pinned `now`. It reads the content directly (as the
 * build does), so no build is needed between steps; one build at the end shows no secret in dist/.
 *
 * Who gets what (site.yaml): ops-mail (sv) everything; ops-slack (en) the app's production; planning-
 * teams (da) planned work only; incidents-discord (en) incidents only; integrations (statuspage, en)
 * the API only, so the window but not the incident (which is about the app alone).
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, startReceiver, type MailServer, type Receiver } from '../support/notify-servers.ts';
import { buildSite, userEnv } from '../support/site.ts';

const SECRETS = {
  NOTIFY_SLACK: '/hook/slack/T0SECRET-slack-9f8e7d',
  NOTIFY_TEAMS: '/hook/teams/SECRET-teams-6c5b4a',
  NOTIFY_DISCORD: '/hook/discord/SECRET-discord-3f2e1d',
  NOTIFY_STATUSPAGE: '/hook/statuspage/SECRET-json-0a9b8c',
};
const SMTP_USER = 'notify-user';
const SMTP_PASSWORD = 'pw-SECRET-smtp-77aa';

let repo: string;
let content: string;
let receiver: Receiver;
let smtp: MailServer;
const logs: string[] = [];

function git(args: string[], at?: string): void {
  const dates = at ? { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at } : {};
  execFileSync('git', ['-C', repo, ...args], { env: { ...process.env, ...dates, GIT_AUTHOR_NAME: 'Ops', GIT_AUTHOR_EMAIL: 'ops@example.org', GIT_COMMITTER_NAME: 'Ops', GIT_COMMITTER_EMAIL: 'ops@example.org' }, stdio: 'ignore' });
}

/** Writes files of the content folder and commits them at `at`. */
function commit(at: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  git(['add', '-A']);
  git(['commit', '-q', '-m', `change at ${at}`], at);
}

interface NotifyRun {
  status: number | null;
  stdout: string;
  stderr: string;
  child: ReturnType<typeof execFile>;
}

/** Starts `npm run notify` as a process (the servers answer meanwhile, in this one). */
function startNotify(now: string, extra: string[] = []): { child: ReturnType<typeof execFile>; done: Promise<NotifyRun> } {
  const env = userEnv({
    ...Object.fromEntries(Object.entries(SECRETS).map(([name, hook]) => [name, `${receiver.url}${hook}`])),
    NOTIFY_SMTP_USER: SMTP_USER,
    NOTIFY_SMTP_PASSWORD: SMTP_PASSWORD,
    DRIFTSTATUS_NOTIFY_RETRY_MS: '20',
  });
  const args = [path.resolve('scripts/notify.ts'), '--content', content, '--ledger', path.join(repo, '.driftstatus/notify-ledger.json'), '--now', now, ...extra];
  let child!: ReturnType<typeof execFile>;
  const done = new Promise<NotifyRun>((resolve) => {
    child = execFile(process.execPath, args, { env, encoding: 'utf8' }, (error, stdout, stderr) => {
      logs.push(stdout, stderr);
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, child });
    });
  });
  return { child, done };
}

const notify = (now: string, extra: string[] = []) => startNotify(now, extra).done;

/** Accepted webhook bodies per recipient, and mails. */
const accepted = (name: keyof typeof SECRETS) => receiver.accepted(SECRETS[name]).map((r) => r.body as Record<string, any>);
const counts = () => ({
  mail: smtp.mails.length,
  slack: accepted('NOTIFY_SLACK').length,
  teams: accepted('NOTIFY_TEAMS').length,
  discord: accepted('NOTIFY_DISCORD').length,
  statuspage: accepted('NOTIFY_STATUSPAGE').length,
});

const incident = (extra: string) => `---
title: Appen ligger nere
systems: app
environments: production
impact: outage
start: 2026-03-05 10:00
${extra}---
`;
const incidentEn = (updates: string) => `---
title: The app is down
${updates}---
`;
const windowFile = (times: string, extra = '') => `---
title: Planerad uppgradering
kind: upgrade
systems: [app, api]
environments: production
${times}${extra}---
Appen och API:t uppgraderas till version 5.
`;

beforeAll(async () => {
  receiver = await startReceiver();
  smtp = await startMailServer(SMTP_USER, SMTP_PASSWORD);
  repo = mkdtempSync(path.join(tmpdir(), 'driftstatus-notify-'));
  content = path.join(repo, 'content');
  cpSync('tests/fixtures/notify', content, { recursive: true });
  const site = readFileSync(path.join(content, 'site.yaml'), 'utf8').replace('port: 2525', `port: ${smtp.port}`);
  writeFileSync(path.join(content, 'site.yaml'), site);
  git(['init', '-q']);
  commit('2026-03-02T08:00:00Z', {});
});

afterAll(async () => {
  await receiver?.close();
  await smtp?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('npm run notify, step by step through a git history', { timeout: 120_000 }, () => {
  it('on the first run records the present state as the baseline and sends nothing old', async () => {
    const run = await notify('2026-03-02T08:01:00Z');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The window announced at the first commit is there before any recipient: nobody gets it.
    expect(run.stdout).toContain('ops-mail: first run for this recipient: its 1 present events are the baseline, recorded as sent; nothing old is sent.');
    expect(run.stdout).toContain('integrations: first run for this recipient');
    expect(counts()).toEqual({ mail: 0, slack: 0, teams: 0, discord: 0, statuspage: 0 });
  });

  it('tells of an incident opened, in each recipient language, with links under the site path', async () => {
    commit('2026-03-05T09:05:00Z', { 'incidents/app-down.md': incident(''), 'incidents/app-down.en.md': incidentEn('') });
    const run = await notify('2026-03-05T09:06:00Z');
    expect(run.status).toBe(0);
    // ops-mail, ops-slack and incidents-discord want it; planning-teams (planned only) and integrations (API only) do not.
    expect(counts()).toEqual({ mail: 1, slack: 1, teams: 0, discord: 1, statuspage: 0 });
    const mail = smtp.mails[0]!;
    expect(mail.subject).toBe('Ny störning – Avbrott: Appen ligger nere');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('drift@example.org');
    expect(mail.text).toContain('https://status.example.org/drift/incidents/app-down/');
    expect(mail.html).toContain('href="https://status.example.org/drift/incidents/app-down/"');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <mailto:servicedesk@example.org?subject=unsubscribe>');
    const slack = accepted('NOTIFY_SLACK')[0]!;
    expect(slack['attachments'][0].title).toBe('New incident – Outage: The app is down');
    expect(slack['attachments'][0].title_link).toBe('https://status.example.org/drift/en/incidents/app-down/');
    expect(accepted('NOTIFY_DISCORD')[0]!['embeds'][0].url).toBe('https://status.example.org/drift/en/incidents/app-down/');
  });

  it('tells of an update once, when the webhook fails once and the retry is accepted', async () => {
    receiver.fail(SECRETS.NOTIFY_DISCORD, 1);
    commit('2026-03-05T09:30:00Z', {
      'incidents/app-down.md': incident('updates:\n  - at: 2026-03-05 10:25\n    status: identified\n    text: Databasen svarar inte.\n'),
      'incidents/app-down.en.md': incidentEn('updates:\n  - at: 2026-03-05 10:25\n    text: The database does not answer.\n'),
    });
    const run = await notify('2026-03-05T09:31:00Z');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('the server answered 500');
    expect(counts()).toEqual({ mail: 2, slack: 2, teams: 0, discord: 2, statuspage: 0 });
    // Discord saw the update twice (500, then 200); only the accepted one counts, and it is the update.
    expect(receiver.requests.filter((r) => r.path === SECRETS.NOTIFY_DISCORD).map((r) => r.status)).toEqual([200, 500, 200]);
    const discord = accepted('NOTIFY_DISCORD')[1]!;
    expect(discord['embeds'][0].title).toBe('Identified: The app is down');
    expect(discord['embeds'][0].description).toBe('The database does not answer.');
    // 10:25 in Stockholm (CET) is 09:25 UTC.
    expect(discord['embeds'][0].url).toBe('https://status.example.org/drift/en/incidents/app-down/#update-20260305T092500Z');
    expect(smtp.mails[1]!.subject).toBe('Orsak identifierad: Appen ligger nere');
    expect(smtp.mails[1]!.text).toContain('Databasen svarar inte.');
  });

  it('--dry-run prints what would be sent, sends nothing and records nothing; then the run sends the resolution', async () => {
    commit('2026-03-05T10:30:00Z', {
      'incidents/app-down.md': incident(
        'end: 2026-03-05 11:20\nupdates:\n  - at: 2026-03-05 10:25\n    status: identified\n    text: Databasen svarar inte.\n  - at: 2026-03-05 11:20\n    status: resolved\n    text: Appen fungerar igen.\n',
      ),
    });
    const dry = await notify('2026-03-05T10:31:00Z', ['--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('would send ops-mail (email, sv): incidents/app-down/#update-20260305T102000Z: Löst: Appen ligger nere <https://status.example.org/drift/incidents/app-down/#update-20260305T102000Z>');
    expect(dry.stdout).toContain('Dry run: 3 messages would be sent');
    expect(counts()).toEqual({ mail: 2, slack: 2, teams: 0, discord: 2, statuspage: 0 });
    const run = await notify('2026-03-05T10:31:00Z');
    expect(run.status).toBe(0);
    expect(counts()).toEqual({ mail: 3, slack: 3, teams: 0, discord: 3, statuspage: 0 });
    expect(smtp.mails[2]!.subject).toBe('Löst: Appen ligger nere');
  });

  it('a run that fails midway sends the rest on the next run, nothing twice', async () => {
    // Slack refuses more often than the run tries (4 attempts): the run fails for it alone.
    receiver.fail(SECRETS.NOTIFY_SLACK, 10);
    const moved = 'start: 2026-03-13 05:30\nend: 2026-03-13 09:00\n';
    commit('2026-03-06T08:00:00Z', { 'maintenance/upgrade.md': windowFile(moved) });
    const failing = await notify('2026-03-06T08:05:00Z');
    expect(failing.status).toBe(1);
    // The webhook's address is a secret: the error names its variable instead.
    expect(failing.stderr).toContain('ops-slack: maintenance/upgrade/#rescheduled-20260313T043000Z-20260313T080000Z: not sent: POST [secret NOTIFY_SLACK]: the server answered 500');
    expect(counts()).toEqual({ mail: 4, slack: 3, teams: 1, discord: 3, statuspage: 1 });
    receiver.fail(SECRETS.NOTIFY_SLACK, 0);
    const retry = await notify('2026-03-06T08:10:00Z');
    expect(retry.status).toBe(0);
    expect(retry.stdout).toContain('1 messages sent.');
    expect(counts()).toEqual({ mail: 4, slack: 4, teams: 1, discord: 3, statuspage: 1 });
    const teams = accepted('NOTIFY_TEAMS')[0]!['attachments'][0];
    expect(teams.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // Danish words; the window has no Danish text, so its title stays Swedish.
    expect(teams.content.body[0].text).toBe('Nyt tidspunkt: Planerad uppgradering');
    expect(teams.content.actions[0].url).toBe('https://status.example.org/drift/da/maintenance/upgrade/#rescheduled-20260313T043000Z-20260313T080000Z');
    const json = accepted('NOTIFY_STATUSPAGE')[0]!;
    expect(Object.keys(json).sort()).toEqual(['incident', 'meta', 'page']);
    expect(json['incident'].id).toBe('upgrade');
    expect(json['incident'].shortlink).toBe('https://status.example.org/drift/en/maintenance/upgrade/');
    expect(json['incident'].scheduled_for).toBe('2026-03-13T04:30:00Z');
    expect(json['page'].status_indicator).toBe('none');
    expect(accepted('NOTIFY_SLACK')[3]!['attachments'][0].title).toBe('New time: Planned upgrade');
  });

  it('a run killed midway resends nothing that was accepted', async () => {
    commit('2026-03-07T08:00:00Z', { 'maintenance/upgrade.md': windowFile('start: 2026-03-13 05:30\nend: 2026-03-13 09:00\n', 'cancelled: true\n') });
    // Kill the run while Teams (third in line, after e-mail and Slack) has the request unanswered.
    const started = startNotify('2026-03-07T08:05:00Z');
    receiver.hang(SECRETS.NOTIFY_TEAMS, () => started.child.kill('SIGKILL'));
    const killed = await started.done;
    expect(killed.status).not.toBe(0);
    expect(counts()).toEqual({ mail: 5, slack: 5, teams: 1, discord: 3, statuspage: 1 });
    const rerun = await notify('2026-03-07T08:06:00Z');
    expect(rerun.status).toBe(0);
    // Teams (never answered) and the Statuspage receiver get it now; e-mail and Slack not again.
    expect(counts()).toEqual({ mail: 5, slack: 5, teams: 2, discord: 3, statuspage: 2 });
    expect(smtp.mails[4]!.subject).toBe('Inställt: Planerad uppgradering');
    expect(accepted('NOTIFY_TEAMS')[1]!['attachments'][0].content.body[0].text).toBe('Aflyst: Planerad uppgradering');
    expect(accepted('NOTIFY_STATUSPAGE')[1]!['incident'].cancelled).toBe(true);
  });

  it('a rerun sends nothing', async () => {
    const before = counts();
    const run = await notify('2026-03-07T09:00:00Z');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 messages sent.');
    expect(counts()).toEqual(before);
    // Every message arrived once: no (recipient, event) pair was accepted twice.
    const hooks = receiver.requests.filter((r) => r.status === 200).map((r) => `${r.path} ${String(r.headers['x-driftstatus-event'])}`);
    expect(new Set(hooks).size).toBe(hooks.length);
    const mails = smtp.mails.map((m) => m.messageId);
    expect(new Set(mails).size).toBe(mails.length);
  });

  it('never prints a secret, and a build with the secrets set writes none into dist/', () => {
    const secrets = [...Object.values(SECRETS), SMTP_PASSWORD];
    const printed = logs.join('\n');
    expect(printed).toContain('sent ');
    for (const secret of secrets) expect(printed).not.toContain(secret);
    const built = buildSite(content, '2026-03-07T09:00:00Z', {
      ...Object.fromEntries(Object.entries(SECRETS).map(([name, hook]) => [name, `${receiver.url}${hook}`])),
      NOTIFY_SMTP_PASSWORD: SMTP_PASSWORD,
    });
    try {
      expect(built.status, built.stderr).toBe(0);
      const files = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(built.outDir, f)).isFile());
      expect(files.length).toBeGreaterThan(10);
      const output = [built.stdout, built.stderr, ...files.map((f) => readFileSync(path.join(built.outDir, f), 'latin1'))].join('\n');
      for (const secret of secrets) expect(output).not.toContain(secret);
      // Nor the e-mail recipients' addresses, which only the notify command reads.
      expect(output).not.toContain('drift@example.org');
    } finally {
      rmSync(built.outDir, { recursive: true, force: true });
    }
  });
});
