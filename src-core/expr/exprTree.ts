// A typed function of x0 and x1 as a tree: numbers, variables, + − × ÷ ^, and one-argument calls.

export const callNames = ['sin', 'cos', 'exp', 'log', 'sqrt', 'abs'] as const;
export type CallName = (typeof callNames)[number];
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'var'; index: 0 | 1 }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call'; name: CallName; arg: Expr };

const binaries: Record<BinaryOp, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
};

export const calls: Record<CallName, (a: number) => number> = {
  sin: Math.sin, cos: Math.cos, exp: Math.exp, log: Math.log, sqrt: Math.sqrt, abs: Math.abs,
};

/** f(x0, x1); IEEE values pass through (a diverging path shows them). */
export function evaluate(e: Expr, x: ArrayLike<number>): number {
  switch (e.kind) {
    case 'num': return e.value;
    case 'var': return x[e.index];
    case 'neg': return -evaluate(e.arg, x);
    case 'binary': return binaries[e.op](evaluate(e.left, x), evaluate(e.right, x));
    case 'call': return calls[e.name](evaluate(e.arg, x));
  }
}

/** The tree as text with every operation in parentheses (for tests and the "exact gradient" readout). */
export function show(e: Expr): string {
  switch (e.kind) {
    case 'num': return String(e.value);
    case 'var': return `x${e.index}`;
    case 'neg': return `(-${show(e.arg)})`;
    case 'binary': return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'call': return `${e.name}(${show(e.arg)})`;
  }
}
