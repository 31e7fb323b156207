/**
 * Real servers for the notification tests, on 127.0.0.1 at ports the system picks: an SMTP server
 * (smtp-server, with a login) that keeps every accepted mail parsed (mailparser), and an HTTP receiver
 * that keeps every POST and can be told to fail the next requests to a path, or to never answer one.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  path: string;
  status: number;
  body: unknown;
  headers: http.IncomingHttpHeaders;
}

export interface Receiver {
  url: string;
  /** Every request, answered or not, in order. */
  requests: Received[];
  /** Requests answered 2xx: what the sender may count as accepted. */
  accepted: (path: string) => Received[];
  /** Answers the next `times` requests to `path` with `status`. */
  fail: (path: string, times: number, status?: number) => void;
  /** Calls `onRequest` and never answers the next request to `path`. */
  hang: (path: string, onRequest: () => void) => void;
  close: () => Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const requests: Received[] = [];
  const failures = new Map<string, { times: number; status: number }>();
  const hanging = new Map<string, () => void>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const failure = failures.get(path);
      const hang = hanging.get(path);
      const status = hang ? 0 : failure && failure.times > 0 ? failure.status : 200;
      if (failure && failure.times > 0 && !hang) failure.times -= 1;
      requests.push({ path, status, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), headers: request.headers });
      if (hang) {
        hanging.delete(path);
        hang();
        return;
      }
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'failed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    accepted: (path) => requests.filter((r) => r.path === path && r.status >= 200 && r.status < 300),
    fail: (path, times, status = 500) => failures.set(path, { times, status }),
    hang: (path, onRequest) => hanging.set(path, onRequest),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface MailServer {
  port: number;
  mails: ParsedMail[];
  close: () => Promise<void>;
}

/** An SMTP server that accepts mail only after a login as `user` with `password`. */
export async function startMailServer(user: string, password: string): Promise<MailServer> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    // Plain SMTP on the loopback: no certificate to trust, so no STARTTLS; the login is still required.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
