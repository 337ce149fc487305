/** Width of one character of the read-out text (12.5 px monospace) and the box's padding. */
const charWidth = 7.4;
const padding = 8;

export interface HoverTipProps {
  /** The hovered x position; the box sits to its right, or to its left where it would leave the plot. */
  x: number;
  /** Top edge of the plot; the box hangs just below it. */
  top: number;
  /** Horizontal room the box must stay in (SVG units). */
  left: number;
  right: number;
  text: string;
}

/** The box of a hover read-out on a chart: one line of text on a white rectangle beside the hovered point. */
export function HoverTip({ x, top, left, right, text }: HoverTipProps) {
  const width = text.length * charWidth + 2 * padding;
  const boxX = x + 10 + width > right ? Math.max(left, x - 10 - width) : x + 10;
  return (
    <>
      <rect x={boxX} y={top + 4} width={width} height={24} rx={4} />
      <text x={boxX + padding} y={top + 20}>{text}</text>
    </>
  );
}
