import { describe, expect, it } from 'vitest';
import { csvText } from './exportFigure.ts';

describe('csvText', () => {
  it('writes a header row, then one line per row', () => {
    expect(csvText(['iteration', 'loss'], [[0, 2.3], [1, 2.25]])).toBe('iteration,loss\r\n0,2.3\r\n1,2.25\r\n');
  });
  it('quotes fields with commas, quotes or line breaks', () => {
    expect(csvText(['a'], [['x,y'], ['say "hi"']])).toBe('a\r\n"x,y"\r\n"say ""hi"""\r\n');
  });
});
