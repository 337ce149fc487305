// Book notation for the weights: w₁₁ … w₂₃ (row i = input, column j = output, both from 1).
const sub = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

export const subscript = (n: number) => String(n).split('').map((d) => sub[Number(d)]).join('');

/** Row-major cell 0…5 of the 2×3 W as its subscripts, e.g. cell 5 → { i: '₂', j: '₃' }. */
export function cellIndices(cell: number): { i: string; j: string } {
  return { i: subscript(Math.floor(cell / 3) + 1), j: subscript((cell % 3) + 1) };
}

export const oneHot = (label: number) => `(${[0, 1, 2].map((k) => (k === label ? 1 : 0)).join(', ')})`;
