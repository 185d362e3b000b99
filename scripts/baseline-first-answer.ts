/**
 * The baseline's own process for `npm run bench`: loads a corpus, builds
 * plain MiniSearch over it and answers one question. It imports only the
 * parser and MiniSearch, so that its start is not charged for the engine.
 *
 * `node dist/scripts/baseline-first-answer.js DIR QUESTION`
 */
import { loadCorpus } from '../src/report/corpus.js';
import { BaselineSearch } from '../src/search/baseline.js';

const [dir, ...question] = process.argv.slice(2);
const { reports } = loadCorpus(dir);
const hits = new BaselineSearch(reports).ask(question.join(' '));
process.stdout.write(JSON.stringify(hits[0] ?? null) + '\n');
