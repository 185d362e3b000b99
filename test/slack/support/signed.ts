/** Requests signed as Slack signs them: v0=HMAC-SHA256("v0:{timestamp}:{raw body}"). */
import { createHmac } from 'node:crypto';

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature, to test rejection. */
  signature?: string;
  headers?: Record<string, string>;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

export async function postSigned(url: string, body: string, contentType: string, options: SignOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

export class SlackSender {
  private eventCounter = 0;
  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  /** An Events API callback; returns the response and the event id used. */
  async event(event: Record<string, unknown>, options: Partial<SignOptions> & { eventId?: string; retryNum?: number } = {}) {
    const eventId = options.eventId ?? `Ev${String(++this.eventCounter).padStart(8, '0')}`;
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0FAKE', user_id: 'UBOTFAKE1', is_bot: true, is_enterprise_install: false }],
    });
    const headers: Record<string, string> = { ...options.headers };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    const res = await postSigned(this.url, body, 'application/json', { secret: this.secret, ...options, headers });
    return { res, eventId };
  }

  /** A slash command, form-encoded as Slack sends it. */
  command(fields: { command: string; text: string; user_id: string; response_url: string; channel_id?: string }, options: Partial<SignOptions> = {}) {
    const body = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: 'T0FAKE',
      team_domain: 'fake',
      channel_id: fields.channel_id ?? 'C0CHANNEL',
      channel_name: 'general',
      user_id: fields.user_id,
      user_name: 'someone',
      command: fields.command,
      text: fields.text,
      api_app_id: 'A0FAKE',
      response_url: fields.response_url,
      trigger_id: '123.456.abc',
    }).toString();
    return postSigned(this.url, body, 'application/x-www-form-urlencoded', { secret: this.secret, ...options });
  }

  /** An interaction (button, shortcut, view submission): `payload=` JSON, form-encoded. */
  interaction(payload: Record<string, unknown>, options: Partial<SignOptions> = {}) {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return postSigned(this.url, body, 'application/x-www-form-urlencoded', { secret: this.secret, ...options });
  }
}
