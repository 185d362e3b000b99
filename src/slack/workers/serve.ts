/**
 * The work of an answer worker: load the engine from the saved index, make
 * the handlers over it, and answer each call the main thread sends, one at a
 * time. The handlers stay the plain synchronous functions every surface uses.
 */
import type { MessagePort } from 'node:worker_threads';
import { loadEngine } from '../../search/engine.js';
import { describeError } from '../context.js';
import { type Handlers, createHandlers } from '../handlers.js';
import type { CallMessage, WorkerMessage, WorkerSetup } from './protocol.js';

/**
 * Serves handler calls on `port`. `wrap` lets a caller put something around
 * the handlers (the tests' faults); the app serves them as they are.
 */
export function serveAnswers(port: MessagePort, setup: WorkerSetup, wrap: (handlers: Handlers) => Handlers = (h) => h): void {
  const send = (message: WorkerMessage) => port.postMessage(message);
  let handlers: Handlers;
  try {
    const engine = loadEngine(setup.corpusDir, {
      ...(setup.savedIndexDir ? { savedIndex: setup.savedIndexDir } : {}),
      log: (line) => send({ type: 'log', level: 'warn', line }),
    });
    handlers = wrap(createHandlers(engine, (error) => send({ type: 'log', level: 'error', line: `The engine failed: ${describeError(error)}` })));
  } catch (error) {
    send({ type: 'failed', message: describeError(error) });
    return;
  }
  port.on('message', ({ id, call }: CallMessage) => {
    try {
      const method = handlers[call.method as keyof Handlers] as ((...args: unknown[]) => unknown) | undefined;
      if (typeof method !== 'function') throw new Error(`no handler called ${JSON.stringify(call.method)}`);
      send({ type: 'done', id, result: method.apply(handlers, call.args) });
    } catch (error) {
      send({ type: 'threw', id, message: describeError(error) });
    }
  });
  send({ type: 'ready' });
}
