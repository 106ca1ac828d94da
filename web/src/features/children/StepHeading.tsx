import { useEffect, useRef } from 'react';

/** The heading of one step of a form shown a step at a time: it takes the focus when the step appears, as a new page would. */
export function StepHeading({ children, step }: { children: string; step: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [step]);
  return (
    <h2 ref={heading} tabIndex={-1} className="child-step__title">
      {children}
    </h2>
  );
}
