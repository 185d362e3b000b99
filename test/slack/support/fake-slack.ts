/**
 * A stand-in for Slack on loopback: the Web API (form-encoded calls with a
 * bearer token, JSON answers) and response_url endpoints, recording every
 * call so tests can check what the app sent.
 */
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  args: Record<string, any>;
  authorization: string | undefined;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, any>;
}

type Failure = { status: number } | { error: string };

export const BOT_USER_ID = 'UBOTFAKE1';
export const BOT_ID = 'BBOTFAKE1';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseForm(raw: string): Record<string, any> {
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client JSON-encodes structured arguments (blocks, view).
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Decides whether a Web API call fails, and how. */
  failWhen: (call: ApiCall) => Failure | undefined = () => undefined;
  server: Server | undefined;
  /** Where apps.connections.open sends the app, for Socket Mode. */
  socketPath = '/link';
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  private tsCounter = 0;
  origin = '';

  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/respond/${encodeURIComponent(id)}`;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesFor(id: string): ResponseUrlPost[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once `check` holds; the test's own timeout bounds the wait. */
  waitFor(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ check, resolve }));
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void (async () => {
        const raw = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://x');
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        if (url.pathname.startsWith('/respond/')) {
          this.responses.push({ id: decodeURIComponent(url.pathname.slice('/respond/'.length)), body: JSON.parse(raw) });
          send(200, { ok: true });
          this.notify();
          return;
        }
        const method = url.pathname.replace(/^\/api\//, '');
        const call: ApiCall = {
          method,
          args: req.headers['content-type']?.includes('json') ? JSON.parse(raw || '{}') : parseForm(raw),
          authorization: req.headers.authorization,
        };
        this.calls.push(call);
        const failure = this.failWhen(call);
        if (failure && 'status' in failure) send(failure.status, { ok: false, error: 'fatal_error' });
        else if (failure) send(200, { ok: false, error: failure.error });
        else send(200, this.answer(call));
        this.notify();
      })();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private answer(call: ApiCall): Record<string, unknown> {
    if (call.method === 'apps.connections.open') {
      if (call.authorization !== `Bearer ${FAKE_APP_TOKEN}`) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `${this.origin.replace(/^http/, 'ws')}${this.socketPath}` };
    }
    if (call.authorization !== `Bearer ${FAKE_BOT_TOKEN}`) return { ok: false, error: 'invalid_auth' };
    switch (call.method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Test Team', user: 'ofsted', team_id: 'T0FAKE', user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'chat.postMessage':
        return { ok: true, channel: call.args.channel, ts: `1700000000.${String(++this.tsCounter).padStart(6, '0')}`, message: {} };
      default:
        return { ok: true };
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

export const FAKE_BOT_TOKEN = 'xoxb-1111-2222-fakebottokenvalue';
export const FAKE_APP_TOKEN = 'xapp-1-A0FAKE-3333-fakeapptokenvalue';
export const FAKE_SIGNING_SECRET = 'f00dfeedcafe0123456789abcdefbeef';
