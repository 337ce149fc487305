import { useEffect, useState } from 'react';

const query = '(max-width: 600px)';

/** True at phone width: fixed-viewBox figures then use a taller aspect so they do not shrink to a strip. */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setNarrow(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return narrow;
}
