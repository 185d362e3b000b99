/**
 * Module hooks that let a worker thread run this project's TypeScript source
 * in tests, as Vitest runs it in the test's own thread: Node 20 cannot load
 * `.ts` files itself. Each file is transpiled alone, its types dropped and
 * nothing checked (`npm run typecheck` does that). Transpiled files are kept
 * in node_modules/.cache, keyed by their source, so that only a changed file
 * costs anything the next time a worker starts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/worker-typescript/', import.meta.url));
let typescript;

/** The source imports `./x.js`, as the compiled code will; from source, that is `./x.ts`. */
export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const cached = `${CACHE}${createHash('sha256').update(file).update('\0').update(source).digest('hex').slice(0, 32)}.js`;
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  typescript ??= (await import('typescript')).default;
  const { outputText } = typescript.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: typescript.ModuleKind.ESNext, target: typescript.ScriptTarget.ES2022, isolatedModules: true },
  });
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed, as workers starting together may transpile the same file.
  const aside = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(aside, outputText);
  renameSync(aside, cached);
  return { format: 'module', source: outputText, shortCircuit: true };
}
