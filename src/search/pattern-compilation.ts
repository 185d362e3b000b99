/**
 * Compiles regular expressions to machine code the first time they run.
 *
 * The question reader's patterns are large (one alternation holds hundreds of
 * framing phrases) and each runs only a few times a question. V8 first runs a
 * pattern in its interpreter and compiles it only once it is hot; for patterns
 * of this size the interpreting costs far more than the compiling. Measured on
 * one report: the first question of a fresh engine 170 ms → 65 ms, the second
 * 50 ms → 6 ms, with warm questions unchanged. Imported first by the modules
 * that own such patterns, so the flag is set before any of them runs; V8 flags
 * hold for the whole process, worker threads included.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
