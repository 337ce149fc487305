// Recursive descent over tokens, no eval or new Function: sum → product → unary → power → atom.
// ^ binds tighter than unary minus and to the right, as in maths: -x0^2 is −(x0²), 2^3^2 is 2^9.
import { callNames, type BinaryOp, type CallName, type Expr } from './exprTree.ts';

export type ParseError =
  | { kind: 'empty' }
  | { kind: 'tooLong'; limit: number }
  | { kind: 'unexpected'; at: number; text: string }
  | { kind: 'unknownName'; at: number; name: string }
  | { kind: 'unclosed'; at: number }
  | { kind: 'tooLarge'; at: number; text: string };

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ParseError };

export const maxExpressionLength = 200;

type Token = { type: 'num'; value: number; at: number } | { type: 'name'; name: string; at: number } | { type: 'op'; op: string; at: number };

// Learners type the signs they see in the book: × · ÷ − and ² as well as * / - ^2.
const aliases: Record<string, string> = { '×': '*', '·': '*', '÷': '/', '−': '-', '**': '^' };
const variables: Record<string, 0 | 1> = { x0: 0, x1: 1, x: 0, y: 1, 'x₀': 0, 'x₁': 1 };

function tokenize(text: string): Token[] | ParseError {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z_0-9]*[₀₁]?)|(\*\*|[-+*/^()×·÷−²]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) return { kind: 'unexpected', at: at + (text.slice(at).length - text.slice(at).trimStart().length), text: text.slice(at).trim()[0] };
    const start = m.index + m[0].length - (m[1] ?? m[2] ?? m[3]).length;
    if (m[1] !== undefined && !Number.isFinite(Number(m[1]))) return { kind: 'tooLarge', at: start, text: m[1] };
    if (m[1] !== undefined) tokens.push({ type: 'num', value: Number(m[1]), at: start });
    else if (m[2] !== undefined) tokens.push({ type: 'name', name: m[2], at: start });
    else if (m[3] === '²') tokens.push({ type: 'op', op: '^', at: start }, { type: 'num', value: 2, at: start });
    else tokens.push({ type: 'op', op: Object.hasOwn(aliases, m[3]) ? aliases[m[3]] : m[3], at: start });
    at = pattern.lastIndex;
  }
  return tokens;
}

class Failure {
  constructor(readonly error: ParseError) {}
}

/** Parses a function of x0 and x1 (x and y also accepted). */
export function parseExpression(text: string): ParseResult {
  if (text.length > maxExpressionLength) return { ok: false, error: { kind: 'tooLong', limit: maxExpressionLength } };
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  let i = 0;
  const peekOp = (...ops: string[]) => {
    const t = tokens[i];
    return t?.type === 'op' && ops.includes(t.op) ? t.op : null;
  };
  const fail = (): never => {
    const t = tokens[i];
    throw new Failure(t ? { kind: 'unexpected', at: t.at, text: t.type === 'num' ? String(t.value) : t.type === 'name' ? t.name : t.op } : { kind: 'unexpected', at: text.length, text: '' });
  };
  const binaryChain = (next: () => Expr, ops: BinaryOp[]): Expr => {
    let left = next();
    for (let op = peekOp(...ops); op; op = peekOp(...ops)) {
      i++;
      left = { kind: 'binary', op: op as BinaryOp, left, right: next() };
    }
    return left;
  };
  const sum = (): Expr => binaryChain(product, ['+', '-']);
  const product = (): Expr => binaryChain(unary, ['*', '/']);
  const unary = (): Expr => {
    const op = peekOp('-', '+');
    if (!op) return power();
    i++;
    const arg = unary();
    return op === '-' ? { kind: 'neg', arg } : arg;
  };
  const power = (): Expr => {
    const base = atom();
    if (!peekOp('^')) return base;
    i++;
    return { kind: 'binary', op: '^', left: base, right: unary() };
  };
  const atom = (): Expr => {
    const t = tokens[i];
    if (!t) return fail();
    if (t.type === 'num') {
      i++;
      return { kind: 'num', value: t.value };
    }
    if (t.type === 'name') {
      i++;
      if (Object.hasOwn(variables, t.name)) return { kind: 'var', index: variables[t.name] };
      if (!(callNames as readonly string[]).includes(t.name)) throw new Failure({ kind: 'unknownName', at: t.at, name: t.name });
      if (!peekOp('(')) return fail();
      return { kind: 'call', name: t.name as CallName, arg: group() };
    }
    if (t.op === '(') return group();
    return fail();
  };
  const group = (): Expr => {
    const open = tokens[i].at;
    i++;
    const inner = sum();
    if (!peekOp(')')) {
      if (i >= tokens.length) throw new Failure({ kind: 'unclosed', at: open });
      return fail();
    }
    i++;
    return inner;
  };
  try {
    const expr = sum();
    if (i < tokens.length) fail();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}
