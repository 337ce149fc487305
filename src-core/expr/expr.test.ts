import { describe, expect, it } from 'vitest';
import { parseExpression } from './parseExpression.ts';
import { evaluate, show, type Expr } from './exprTree.ts';
import { derivative } from './derivative.ts';

const tree = (text: string): Expr => {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.expr;
};
const at = (text: string, x0: number, x1: number) => evaluate(tree(text), [x0, x1]);

describe('parseExpression', () => {
  it('follows the usual precedence: ^ right-associative and above unary minus', () => {
    expect(show(tree('x0^2 + x1^2'))).toBe('((x0 ^ 2) + (x1 ^ 2))');
    expect(show(tree('-x0^2'))).toBe('(-(x0 ^ 2))');
    expect(show(tree('2^3^2'))).toBe('(2 ^ (3 ^ 2))');
    expect(show(tree('1 - 2 - 3'))).toBe('((1 - 2) - 3)');
    expect(show(tree('x²/20 + y²'))).toBe('(((x0 ^ 2) / 20) + (x1 ^ 2))');
    expect(show(tree('2×x0 − 3÷x1'))).toBe('((2 * x0) - (3 / x1))');
    expect(show(tree('sin(x0)*exp(-x1)'))).toBe('(sin(x0) * exp((-x1)))');
  });

  it('evaluates with JavaScript’s float64 operations', () => {
    expect(at('x0^2 + x1^2', 3, 4)).toBe(25);
    expect(at('x0**2/20 + x1**2', -7, 2)).toBe(49 / 20 + 4);
    expect(at('(1 - x0)^2 + 100*(x1 - x0^2)^2', 1, 1)).toBe(0);
    expect(at('sqrt(abs(x0)) + log(exp(1.5e0)) - cos(0)', -4, 0)).toBe(2.5);
    expect(at('.5 * x1', 0, 3)).toBe(1.5);
    expect(at('log(x0)', -1, 0)).toBeNaN();
  });

  it('refuses broken input with where and why', () => {
    const err = (text: string) => {
      const r = parseExpression(text);
      return r.ok ? null : r.error;
    };
    expect(err('')).toEqual({ kind: 'empty' });
    expect(err('x0 +')).toEqual({ kind: 'unexpected', at: 4, text: '' });
    expect(err('x0 ** * 2')).toEqual({ kind: 'unexpected', at: 6, text: '*' });
    expect(err('tan(x0)')).toEqual({ kind: 'unknownName', at: 0, name: 'tan' });
    expect(err('x0 + z')).toEqual({ kind: 'unknownName', at: 5, name: 'z' });
    expect(err('(x0 + 1')).toEqual({ kind: 'unclosed', at: 0 });
    expect(err('x0 $ 1')).toEqual({ kind: 'unexpected', at: 3, text: '$' });
    expect(err('constructor')).toEqual({ kind: 'unknownName', at: 0, name: 'constructor' });
    expect(err('sin x0')).toEqual({ kind: 'unexpected', at: 4, text: 'x0' });
    expect(err('2 * 1e400')).toEqual({ kind: 'tooLarge', at: 4, text: '1e400' });
    expect(err('x'.repeat(201))).toEqual({ kind: 'tooLong', limit: 200 });
  });
});

describe('derivative', () => {
  const grad = (text: string, x0: number, x1: number) => [0, 1].map((i) => evaluate(derivative(tree(text), i as 0 | 1), [x0, x1]));
  it('gives the exact gradients of the built-in bowls', () => {
    expect(grad('x0^2 + x1^2', 3, 4)).toEqual([6, 8]);
    expect(grad('x0^2 - x1^2', 3, 4)).toEqual([6, -8]);
    expect(grad('x0^2/20 + x1^2', -7, 2)).toEqual([-0.7, 4]);
    const [gx, gy] = grad('(1 - x0)^2 + 100*(x1 - x0^2)^2', -1, 2);
    expect(gx).toBeCloseTo(-2 * (1 + 1) - 400 * -1 * (2 - 1), 12);
    expect(gy).toBeCloseTo(200 * (2 - 1), 12);
  });
  it('agrees with a central difference for every call and operation', () => {
    const text = 'sin(x0*x1) + cos(x0)/(2 + x1^2) + exp(0.1*x0) * log(3 + x1) + sqrt(1 + x0^2) + abs(x1 - 5) + 2^x0 + x0^x1';
    const f = tree(text);
    const x = [1.3, 0.7];
    const h = 1e-6;
    for (const i of [0, 1] as const) {
      const up = [...x];
      const down = [...x];
      up[i] += h;
      down[i] -= h;
      const numeric = (evaluate(f, up) - evaluate(f, down)) / (2 * h);
      expect(evaluate(derivative(f, i), x)).toBeCloseTo(numeric, 6);
    }
  });
});
