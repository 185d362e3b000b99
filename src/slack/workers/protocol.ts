/**
 * What the main thread and the answer workers say to each other. The main
 * thread sends handler calls; a worker says when it is ready (its engine
 * loaded), answers each call, and passes on what it would log.
 */

/** What a worker needs to load the engine: the reports' folder and the saved index's. */
export interface WorkerSetup {
  corpusDir?: string;
  savedIndexDir?: string;
}

/** One call of a handler (`handlers.ts`), by name, with its arguments. */
export interface HandlerCall {
  method: string;
  args: unknown[];
}

export interface CallMessage {
  id: number;
  call: HandlerCall;
}

export type WorkerMessage =
  | { type: 'ready' }
  /** The engine could not be loaded; the worker ends. */
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; result: unknown }
  /** The handler itself threw: a bug, as handlers turn engine failures into apologies. */
  | { type: 'threw'; id: number; message: string }
  | { type: 'log'; level: 'warn' | 'error'; line: string };
