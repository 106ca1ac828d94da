import { useEffect, useRef } from 'react';
import { useReadingPlace } from './useReadingPlace';

/**
 * A lesson's title and server-rendered body; moving to another lesson moves focus to its title, as a new page would.
 * Inside another page (the authoring preview) the title is a lower heading and the focus stays where the author is.
 */
export function LessonContent({ lessonKey, title, html, headingLevel = 1 }: { lessonKey: string; title: string; html: string; headingLevel?: 1 | 3 }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (headingLevel === 1) heading.current?.focus();
  }, [lessonKey, headingLevel]);
  useReadingPlace(body, lessonKey, html, headingLevel === 1);
  const Heading = headingLevel === 1 ? 'h1' : 'h3';
  return (
    <>
      <Heading ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {/* Rendered on the server from Markdown with raw HTML disabled: safe to insert. */}
      <div ref={body} className="lesson__body" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
