// Indices as numpy counts them, from 0 everywhere (np.argmax says 0 for the first output): w₀₀ … w₁₂, z₀ … z₂.
const sub = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

export const subscript = (n: number) => String(n).split('').map((d) => sub[Number(d)]).join('');

/** Row-major cell 0…5 of the 2×3 W as its subscripts, e.g. cell 5 → { i: '₁', j: '₂' } (W[1, 2] in numpy). */
export function cellIndices(cell: number): { i: string; j: string } {
  return { i: subscript(Math.floor(cell / 3)), j: subscript(cell % 3) };
}

export const oneHot = (label: number) => `(${[0, 1, 2].map((k) => (k === label ? 1 : 0)).join(', ')})`;
