import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormErrors } from './form-errors';

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/**
 * What went wrong with the last submit. It takes the focus each time it gets new errors, so a
 * keyboard or screen-reader user lands on it; each field's error links to that field.
 */
export function ErrorSummary({ errors, idPrefix }: { errors: FormErrors; idPrefix: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [errors]);
  const fieldMessages = Object.entries(errors.fields).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== errors.message,
  );
  return (
    <div ref={summary} role="alert" tabIndex={-1} className="error-summary">
      <p className="error-summary__message">{errors.message}</p>
      {fieldMessages.length > 0 && (
        <ul>
          {fieldMessages.map(([field, message]) => (
            <li key={field}>
              <a href={`#${idPrefix}-${field}`} onClick={(event) => focusField(event, `${idPrefix}-${field}`)}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
