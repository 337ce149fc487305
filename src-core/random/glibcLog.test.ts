import { describe, expect, it } from 'vitest';
import { glibcLog } from './glibcLog.ts';
import fixture from './fixtures/log-fma.json';

// Reference: the C library's log via Python's math.log (fixtures/makeLogFixtures.py), compared bit for bit.
describe('glibcLog', () => {
  it(`reproduces glibc's log on ${fixture.log.length} inputs across the range`, () => {
    let mismatches = 0;
    for (const [x, want] of fixture.log) if (!Object.is(glibcLog(x), want)) mismatches++;
    expect(mismatches).toBe(0);
  });

  it("copies glibc's last-bit errors too, where Math.log and the true value disagree with it", () => {
    expect(fixture.logNotCorrectlyRounded.length).toBeGreaterThan(0);
    const table = new Map(fixture.log.map(([x, y]) => [x, y]));
    for (const x of fixture.logNotCorrectlyRounded) expect(glibcLog(x)).toBe(table.get(x));
  });

  it('handles the edges like log', () => {
    expect(glibcLog(1)).toBe(0);
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(NaN)).toBeNaN();
  });
});
