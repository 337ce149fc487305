import { useEffect, useRef, useState } from 'react';

/**
 * The width (CSS px) of the element, for charts whose viewBox follows it one to one: text keeps its size on a
 * phone instead of shrinking with a scaled-down figure, and tick counts can follow the room there is.
 */
export function useChartWidth<T extends HTMLElement>(initial = 720, min = 300) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.max(min, Math.round(entry.contentRect.width));
      setWidth((old) => (Math.abs(old - w) >= 1 ? w : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [min]);
  return [ref, width] as const;
}
