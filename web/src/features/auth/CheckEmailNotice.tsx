import { useEffect, useRef, type ReactNode } from 'react';

/** "Check your e-mail", in place of the form that was sent; it takes the focus so a screen reader reads it. */
export function CheckEmailNotice({ title, children }: { title: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} role="status" className="notice notice--success">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
