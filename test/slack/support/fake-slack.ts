/**
 * A stand-in for Slack on loopback: the Web API (form-encoded calls with a
 * bearer token, JSON answers) and response_url endpoints, recording every
 * call so tests can check what the app sent.
 *
 * Faults can be scripted per call, for Web API methods and response_urls
 * alike: an HTTP status (429 with Retry-After, 500), an `ok: false` error, a
 * hang (answered late, or never), or a connection reset.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How one call goes wrong. A call that hangs for a number of milliseconds
 * still takes effect, as at Slack: only its answer is late. A status or a
 * reset leaves the call without effect unless `tookEffect` says Slack acted
 * before the answer was lost.
 */
export type Fault =
  | { status: number; retryAfter?: number; tookEffect?: boolean }
  | { error: string }
  | { hang: number | 'forever' }
  | { reset: true; tookEffect?: boolean };

export interface ApiCall {
  method: string;
  args: Record<string, any>;
  authorization: string | undefined;
  /** When the call arrived, from `performance.now()`. */
  at: number;
  /** The fault this call met, if any. */
  fault?: Fault;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, any>;
  fault?: Fault;
}

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

/** Whether a call met with this fault still took effect. */
export function tookEffect(fault: Fault | undefined): boolean {
  if (fault === undefined) return true;
  if ('hang' in fault) return fault.hang !== 'forever';
  return 'tookEffect' in fault && fault.tookEffect === true;
}

export class FakeSlack {
  /** Every Web API call received, including those that met a fault. */
  readonly calls: ApiCall[] = [];
  /** Every response_url post received, including those that met a fault. */
  readonly responseAttempts: ResponseUrlPost[] = [];
  /** Decides whether a Web API call fails, and how, when no fault is queued for it. */
  failWhen: (call: ApiCall) => Fault | undefined = () => undefined;
  server: Server | undefined;
  /** Where apps.connections.open sends the app, for Socket Mode. */
  socketPath = '/link';
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  private queued = new Map<string, Fault[]>();
  private timers = new Set<NodeJS.Timeout>();
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

  /** Messages that were posted: chat.postMessage calls that took effect. */
  postedTo(channel: string): ApiCall[] {
    return this.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && tookEffect(c.fault));
  }

  /** Posts to a response_url that took effect. */
  get responses(): ResponseUrlPost[] {
    return this.responseAttempts.filter((r) => tookEffect(r.fault));
  }

  responsesFor(id: string): ResponseUrlPost[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** The next calls to a Web API method meet these faults, one a call, in order; later calls succeed. */
  failNextCalls(method: string, ...faults: Fault[]): void {
    this.queue(`api:${method}`, faults);
  }

  /** The next posts to the response_url of `id` meet these faults, one a post, in order. */
  failNextResponses(id: string, ...faults: Fault[]): void {
    this.queue(`respond:${id}`, faults);
  }

  private queue(key: string, faults: Fault[]): void {
    this.queued.set(key, [...(this.queued.get(key) ?? []), ...faults]);
  }

  private takeQueued(key: string): Fault | undefined {
    return this.queued.get(key)?.shift();
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

  /** Answers a call as its fault says, or with `answer` when it has none. */
  private reply(req: IncomingMessage, res: ServerResponse, fault: Fault | undefined, answer: () => unknown): void {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!fault) return send(200, answer());
    if ('reset' in fault) return void req.socket.destroy();
    if ('error' in fault) return send(200, { ok: false, error: fault.error });
    if ('status' in fault) {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return send(fault.status, { ok: false, error: fault.status === 429 ? 'ratelimited' : 'fatal_error' }, headers);
    }
    if (fault.hang === 'forever') return; // until close() ends the connection
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!res.destroyed) send(200, answer());
    }, fault.hang);
    this.timers.add(timer);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void (async () => {
        const raw = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname.startsWith('/respond/')) {
          const id = decodeURIComponent(url.pathname.slice('/respond/'.length));
          const post: ResponseUrlPost = { id, body: JSON.parse(raw) };
          const fault = this.takeQueued(`respond:${id}`);
          if (fault) post.fault = fault;
          this.responseAttempts.push(post);
          this.reply(req, res, fault, () => ({ ok: true }));
          this.notify();
          return;
        }
        const method = url.pathname.replace(/^\/api\//, '');
        const call: ApiCall = {
          method,
          args: req.headers['content-type']?.includes('json') ? JSON.parse(raw || '{}') : parseForm(raw),
          authorization: req.headers.authorization,
          at: performance.now(),
        };
        const fault = this.takeQueued(`api:${method}`) ?? this.failWhen(call);
        if (fault) call.fault = fault;
        this.calls.push(call);
        this.reply(req, res, fault, () => this.answer(call));
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
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
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
