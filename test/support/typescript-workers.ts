/**
 * What a worker thread started by a test needs to run the TypeScript
 * source: Node options that install {@link ./typescript-hooks.mjs}.
 */
const hooks = new URL('./typescript-hooks.mjs', import.meta.url).href;
const register = `import { register } from 'node:module'; register(${JSON.stringify(hooks)});`;

export const TYPESCRIPT_WORKER_ARGV: string[] = ['--import', `data:text/javascript,${encodeURIComponent(register)}`];
