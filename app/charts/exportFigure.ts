/**
 * Figure export, the one home for it: an on-screen SVG becomes a standalone SVG file (styles inlined, a font
 * stack that renders elsewhere), a PNG at 2× for slides, or a canvas's PNG; data becomes CSV. Every panel's
 * export buttons call these.
 */

/**
 * The computed styles an SVG needs to look the same without our stylesheet, written as presentation attributes:
 * a style attribute would be refused by our CSP (style-src 'self') when the PNG export draws the SVG as an image.
 */
const inlinedProperties = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'visibility', 'display', 'paint-order',
] as const;

/**
 * Generic families last, so every viewer finds a font. Korean labels need a font with Hangul: Noto Sans KR or
 * Noto Sans CJK KR (Linux: fonts-noto-cjk), Apple SD Gothic Neo (macOS), Malgun Gothic (Windows).
 */
export const exportFontStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

const svgNs = 'http://www.w3.org/2000/svg';

export interface SvgExport {
  readonly text: string;
  /** Size in CSS pixels, as on screen. */
  readonly width: number;
  readonly height: number;
}

/**
 * A standalone SVG of an on-screen one: computed styles inlined, its on-screen size, a white background
 * (none for a layer drawn over others).
 */
export function svgExport(svg: SVGSVGElement, { background: opaque = true } = {}): SvgExport {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 300;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 150;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const computed = getComputedStyle(source);
    const target = targets[i] as SVGElement;
    for (const p of inlinedProperties) {
      const value = computed.getPropertyValue(p);
      if (value !== '') target.setAttribute(p, value);
    }
    target.removeAttribute('style');
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', svgNs);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', exportFontStack);
  const lang = svg.closest('[lang]')?.getAttribute('lang');
  if (lang) copy.setAttribute('xml:lang', lang);
  if (opaque) {
    const background = document.createElementNS(svgNs, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', '#ffffff');
    copy.insertBefore(background, copy.firstChild);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { text, width, height };
}

/** The SVG drawn at `scale` (2 for slides) into a PNG. Needs img-src blob: in the page's policy. */
export function svgToPng(image: SvgExport, scale = 2): Promise<Blob> {
  return layersToPng([image], image.width, image.height, scale);
}

/** A canvas layer placed where it sits on screen, in CSS pixels from the figure's top left corner. */
export interface CanvasLayer {
  readonly canvas: HTMLCanvasElement;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where `canvas` sits inside `figure` on screen. */
export function canvasLayer(canvas: HTMLCanvasElement, figure: Element): CanvasLayer {
  const c = canvas.getBoundingClientRect(), f = figure.getBoundingClientRect();
  return { canvas, x: c.left - f.left, y: c.top - f.top, width: c.width, height: c.height };
}

/**
 * Layers drawn one over the other into one PNG at `scale`: exported SVGs (each fills width × height) and
 * canvases at their place (a figure whose curve is on a canvas between an SVG grid and an SVG of axes, like
 * 4.5's loss chart).
 */
export async function layersToPng(layers: readonly (SvgExport | CanvasLayer)[], width: number, height: number, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of layers) {
    if ('canvas' in layer) {
      context.drawImage(layer.canvas, layer.x * scale, layer.y * scale, layer.width * scale, layer.height * scale);
      continue;
    }
    const url = URL.createObjectURL(new Blob([layer.text], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return canvasToPng(canvas);
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
  });
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header row; lines end in CRLF (RFC 4180). */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Saves a blob under a file name through a temporary link (no navigation, no popup). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
