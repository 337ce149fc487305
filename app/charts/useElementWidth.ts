import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element in CSS pixels, kept current with a ResizeObserver. Figures use it as their viewBox
 * width so text stays at its CSS size on a phone instead of shrinking with the picture.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const w = Math.round(element.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
