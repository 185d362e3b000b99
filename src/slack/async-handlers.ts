/**
 * The handlers as the listeners call them: each call a promise, run in an
 * answer worker (`workers/pool.ts`) or, with no workers, in this thread.
 * Either way a reply comes back: when every worker is busy, one saying so;
 * when the worker answering was lost, the apology.
 */
import { APOLOGY, type Handlers } from './handlers.js';
import type { Reply } from './render/blocks.js';
import { renderNotice } from './render/answer.js';
import { AnswerLost, PoolBusy } from './workers/pool.js';

export type AsyncHandlers = {
  [K in keyof Handlers]: (...args: Parameters<Handlers[K]>) => Promise<ReturnType<Handlers[K]>>;
};

/** Runs one handler call somewhere, resolving with what the handler returned. */
export type HandlerCaller = (method: keyof Handlers, args: unknown[]) => Promise<unknown>;

export const BUSY = "I'm answering a lot of questions just now, so I couldn't take yours. Please try again in a moment.";

/** The reply given instead of an answer when every worker was busy: for the asker's eyes only. */
export function isBusyReply(reply: Reply): boolean {
  return reply.text === BUSY;
}

/** A busy pool or a lost answer as the reply that says so; anything else (shutting down) goes on up. */
function replyFor(error: unknown): Reply {
  if (error instanceof PoolBusy) return renderNotice(BUSY);
  if (error instanceof AnswerLost) return renderNotice(APOLOGY);
  throw error;
}

export function asyncHandlers(call: HandlerCaller): AsyncHandlers {
  const replying =
    <K extends keyof Handlers>(method: K) =>
    (...args: unknown[]) =>
      call(method, args).then((result) => result as Reply, replyFor);
  return {
    command: replying('command'),
    question: replying('question'),
    paragraph: replying('paragraph'),
    reference: replying('reference'),
    usage: replying('usage'),
    correction: (...args) =>
      call('correction', args).then(
        (result) => result as ReturnType<Handlers['correction']>,
        (error: unknown) => ({ error: replyFor(error).text }),
      ),
    home: (...args) => call('home', args) as Promise<ReturnType<Handlers['home']>>,
    report: (...args) =>
      call('report', args).then(
        (result) => result as ReturnType<Handlers['report']>,
        (error: unknown) => ({ reply: replyFor(error) }),
      ),
  };
}

/** The handlers run in this thread, as they are. */
export function inThread(handlers: Handlers): AsyncHandlers {
  return asyncHandlers(async (method, args) => (handlers[method] as (...a: unknown[]) => unknown).apply(handlers, args));
}
