/**
 * The HTTP front door, before Bolt's own checks. A request to the events
 * endpoint must carry a well-formed signature and a timestamp within five
 * minutes of now, either way, before a byte of its body is read; the body
 * is read up to a limit, its signature is checked, and it must hold an
 * object before Bolt parses it. Anything else is refused with a status and
 * a log line, and never reaches a listener.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { BufferedIncomingMessage } from '@slack/bolt';
import type { Logger } from './logger.js';

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** The path Slack posts to. */
  endpoint: string;
  now?: () => number;
}

/** Far more than any event, command or interaction Slack sends. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's rule for the request timestamp: five minutes, either way. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Slack's `ssl_check=1&token=…` comes unsigned; Bolt answers it, and refuses anything else unsigned. */
const MAX_UNSIGNED_FORM_BYTES = 512;

type Refusal = { status: number; reason: string };

export function guardRequests(next: RequestListener, options: GuardOptions): RequestListener {
  const now = options.now ?? Date.now;
  const refuse = (req: IncomingMessage, res: ServerResponse, { status, reason }: Refusal) => {
    options.logger.warn(`Refused a request with ${status}: ${reason}`);
    res.writeHead(status, { connection: 'close' });
    res.end();
    // Whatever of the body is still coming is read and dropped, never kept.
    req.resume();
  };

  return (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== options.endpoint) return next(req, res);
    if (isSmallUnsignedForm(req)) return next(req, res);
    const refusal = checkHeaders(req, now());
    if (refusal) return refuse(req, res, refusal);
    readBody(req, MAX_BODY_BYTES).then(
      (body) => {
        const bad = checkBody(req, body, options.signingSecret);
        if (bad) return refuse(req, res, bad);
        // Bolt reads a body it finds already read, and checks the signature again.
        (req as BufferedIncomingMessage).rawBody = body;
        next(req, res);
      },
      (error: unknown) => refuse(req, res, error instanceof TooLarge ? error.refusal : { status: 400, reason: 'its body could not be read' }),
    );
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function isSmallUnsignedForm(req: IncomingMessage): boolean {
  const length = Number(header(req, 'content-length') ?? NaN);
  return (
    header(req, 'x-slack-signature') === undefined &&
    header(req, 'content-type') === 'application/x-www-form-urlencoded' &&
    length >= 0 &&
    length <= MAX_UNSIGNED_FORM_BYTES
  );
}

function checkHeaders(req: IncomingMessage, nowMs: number): Refusal | undefined {
  if (!/^v0=[0-9a-f]{64}$/.test(header(req, 'x-slack-signature') ?? '')) return { status: 401, reason: 'it has no well-formed Slack signature' };
  const timestamp = header(req, 'x-slack-request-timestamp') ?? '';
  if (!/^\d{1,12}$/.test(timestamp)) return { status: 401, reason: 'it has no well-formed request timestamp' };
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) {
    return { status: 401, reason: `its timestamp is ${Math.abs(skew)} s ${skew > 0 ? 'ahead of' : 'behind'} the clock, more than Slack allows` };
  }
  const length = header(req, 'content-length');
  if (length !== undefined && Number(length) > MAX_BODY_BYTES) return tooLarge(Number(length));
  return undefined;
}

function tooLarge(bytes: number): Refusal {
  return { status: 413, reason: `its body of ${bytes} bytes or more is over the ${MAX_BODY_BYTES} allowed` };
}

class TooLarge extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

/** The body, or a rejection as soon as it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      reject(new TooLarge(tooLarge(size)));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    // A client that goes away mid-body leaves nothing to answer; once the body has ended this does nothing.
    req.once('close', () => reject(new Error('the request was closed before its body ended')));
  });
}

function checkBody(req: IncomingMessage, body: Buffer, signingSecret: string): Refusal | undefined {
  const timestamp = header(req, 'x-slack-request-timestamp')!;
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest();
  const given = Buffer.from(header(req, 'x-slack-signature')!.slice(3), 'hex');
  if (!timingSafeEqual(expected, given)) return { status: 401, reason: 'its signature does not match' };
  if (!holdsObject(body, header(req, 'content-type'))) return { status: 400, reason: 'its body is not a Slack payload' };
  return undefined;
}

/**
 * Whether Bolt will find an object to read: a JSON object, or a form
 * whose `payload`, if it has one, is a JSON object.
 */
function holdsObject(body: Buffer, contentType: string | undefined): boolean {
  const text = body.toString('utf8');
  let json = text;
  if (contentType === 'application/x-www-form-urlencoded') {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) return true;
    json = payload;
  }
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
