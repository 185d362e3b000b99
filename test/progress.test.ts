import { describe, expect, it } from 'vitest';
import { buildProgress } from '../src/progress.js';

describe('build progress', () => {
  const run = (interactive: boolean, steps: [number, number, number, number][]) => {
    let clock = 0;
    const lines: string[] = [];
    const progress = buildProgress({ write: (s) => lines.push(s), interactive, now: () => clock });
    for (const [t, done, total, built] of steps) {
      clock = t;
      progress(done, total, built);
    }
    return lines;
  };

  it('logs a line every few seconds with what is left, then a summary', () => {
    const lines = run(false, [
      [500, 10, 1000, 10],
      [2000, 40, 1000, 40],
      [4000, 80, 1000, 80],
      [7100, 140, 1000, 140],
      [50_000, 1000, 1000, 1000],
    ]);
    expect(lines).toEqual([
      'Indexing reports: 40 of 1000 (4%), about 48 s left.\n',
      'Indexing reports: 140 of 1000 (14%), about 44 s left.\n',
      'Indexed 1000 reports in 50 s (1000 built, 0 read from the saved index).\n',
    ]);
  });

  it('keeps one line up to date on a terminal', () => {
    const lines = run(true, [
      [1500, 1, 3, 1],
      [3000, 3, 3, 2],
    ]);
    expect(lines[0]).toMatch(/^\r\u001b\[KIndexing reports: 1 of 3 \(33%\)/);
    expect(lines[1]).toBe('\r\u001b[KIndexed 3 reports in 3 s (2 built, 1 read from the saved index).\n');
  });

  it('says nothing when everything is read back, or the build is quick', () => {
    expect(run(false, [[5000, 1000, 1000, 0]])).toEqual([]);
    expect(run(false, [[300, 1, 1, 1]])).toEqual([]);
  });
});
