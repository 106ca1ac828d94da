import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

interface Place {
  lessonKey: string;
  /** The block (paragraph, heading, list) at the top of the screen, of how many. */
  index: number;
  count: number;
  /** How far into that block the screen starts, as a fraction of its height. */
  into: number;
}

/**
 * Keeps the reader's place when the lesson on screen is replaced by the same lesson in the other language: French and
 * English lessons have the same blocks in the same order, so the reader goes on from the same paragraph rather than
 * from the top.
 */
export function useReadingPlace(body: RefObject<HTMLElement | null>, lessonKey: string, html: string, enabled: boolean) {
  const place = useRef<Place>(undefined);
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const blocks = [...(body.current?.children ?? [])];
        const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
        const top = blocks[index]?.getBoundingClientRect();
        place.current = top && !(index === 0 && top.top >= 0) ? { lessonKey, index, count: blocks.length, into: -top.top / (top.height || 1) } : undefined;
      });
    };
    window.addEventListener('scroll', remember, { passive: true });
    return () => {
      window.removeEventListener('scroll', remember);
      cancelAnimationFrame(frame);
    };
  }, [body, lessonKey, enabled]);
  useLayoutEffect(() => {
    const saved = place.current;
    const blocks = body.current?.children;
    if (!enabled || !saved || saved.lessonKey !== lessonKey || !blocks?.length) return;
    const block = blocks[Math.min(blocks.length - 1, Math.round((saved.index * blocks.length) / saved.count))];
    const rect = block.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top + saved.into * rect.height, behavior: 'instant' });
    // Only a new text (the other language) moves the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [html]);
}
