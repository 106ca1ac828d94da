import { useEffect, useRef } from 'react';

/** Calls `onEnd` once when the element (placed after the lesson text) scrolls into view: the lesson was read to its end. */
export function useMarkReadAtEnd(key: string, enabled: boolean, onEnd: () => void) {
  const sentinel = useRef<HTMLDivElement>(null);
  const done = useRef<string>('');
  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || !element || done.current === key) return;
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && done.current !== key) {
        done.current = key;
        onEnd();
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [key, enabled, onEnd]);
  return sentinel;
}
