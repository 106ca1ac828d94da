import { useEffect, useRef } from 'react';

/** A lesson's title and server-rendered body; moving to another lesson moves focus to its title, as a new page would. */
export function LessonContent({ lessonKey, title, html }: { lessonKey: string; title: string; html: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [lessonKey]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {/* Rendered on the server from Markdown with raw HTML disabled: safe to insert. */}
      <div className="lesson__body" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
