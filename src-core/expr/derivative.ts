// ∂e/∂x_index from the tree, each rule beside its operation (micrograd's idea, done symbolically).
import type { Expr } from './exprTree.ts';

const num = (value: number): Expr => ({ kind: 'num', value });
const bin = (op: '+' | '-' | '*' | '/' | '^', left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });
const dependsOn = (e: Expr, index: number): boolean =>
  e.kind === 'var' ? e.index === index : e.kind === 'num' ? false : e.kind === 'binary' ? dependsOn(e.left, index) || dependsOn(e.right, index) : dependsOn(e.arg, index);

export function derivative(e: Expr, index: 0 | 1): Expr {
  if (!dependsOn(e, index)) return num(0);
  const d = (x: Expr) => derivative(x, index);
  switch (e.kind) {
    case 'num': return num(0);
    case 'var': return num(1);
    case 'neg': return { kind: 'neg', arg: d(e.arg) };
    case 'call': {
      const u = e.arg;
      const outer: Record<typeof e.name, Expr> = {
        sin: { kind: 'call', name: 'cos', arg: u },
        cos: { kind: 'neg', arg: { kind: 'call', name: 'sin', arg: u } },
        exp: e,
        log: bin('/', num(1), u),
        sqrt: bin('/', num(0.5), e),
        abs: bin('/', u, e), // sign(u); undefined (NaN) at u = 0, like |u| itself has no slope there
      };
      return bin('*', outer[e.name], d(u));
    }
    case 'binary': {
      const { left: a, right: b } = e;
      switch (e.op) {
        case '+': return bin('+', d(a), d(b));
        case '-': return bin('-', d(a), d(b));
        case '*': return bin('+', bin('*', d(a), b), bin('*', a, d(b)));
        case '/': return bin('/', bin('-', bin('*', d(a), b), bin('*', a, d(b))), bin('*', b, b));
        case '^':
          // a^c with a constant exponent: c·a^(c−1)·a′ (works for negative a, unlike the general rule).
          if (!dependsOn(b, index)) return bin('*', bin('*', b, bin('^', a, bin('-', b, num(1)))), d(a));
          return bin('*', e, bin('+', bin('*', d(b), { kind: 'call', name: 'log', arg: a }), bin('/', bin('*', b, d(a)), a)));
      }
    }
  }
}
