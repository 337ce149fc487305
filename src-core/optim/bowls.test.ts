import { describe, expect, it } from 'vitest';
import { bowlFromExpr, bowlNames, bowls } from './bowls.ts';
import { numericalGradient } from '../grad/numericalGradient.ts';
import { parseExpression } from '../expr/parseExpression.ts';

describe('bowls', () => {
  it.each(bowlNames.map((n) => [n]))('%s: the exact gradient agrees with the book’s numerical one', (name) => {
    const { f, gradient, start } = bowls[name];
    for (const x of [Float64Array.from(start), Float64Array.of(0.3, -1.2), Float64Array.of(1.7, 0.4)]) {
      const numeric = numericalGradient(f, x.slice());
      const exact = gradient(x);
      exact.forEach((g, i) => expect(g).toBeCloseTo(numeric[i], 4));
    }
  });

  it('have their minimum where they say, and the book’s values', () => {
    expect(bowls.sphere.f(Float64Array.of(3, 4))).toBe(25);
    expect(bowls.bowl.f(Float64Array.of(-7, 2))).toBe(6.45);
    expect(bowls.rosenbrock.f(Float64Array.of(1, 1))).toBe(0);
    expect(bowls.rosenbrock.curvatures[0]).toBeCloseTo(1001.6006, 3);
    expect(Array.from(bowls.bowl.gradient(Float64Array.of(-7, 2)))).toEqual([-0.7, 4]);
  });

  it('a typed function gets its gradient from the tree', () => {
    const parsed = parseExpression('x0^2/20 + x1^2');
    if (!parsed.ok) throw new Error('parse');
    const typed = bowlFromExpr(parsed.expr);
    const x = Float64Array.of(-7, 2);
    expect(typed.f(x)).toBe(bowls.bowl.f(x));
    expect(Array.from(typed.gradient(x))).toEqual([-0.7, 4]);
  });
});
