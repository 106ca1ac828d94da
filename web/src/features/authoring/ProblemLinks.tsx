import type { MouseEvent } from 'react';
import { nearestFieldId } from './field-ids';
import type { FieldProblem } from './types';

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const id = nearestFieldId(field);
  if (!id) return;
  event.preventDefault();
  const element = document.getElementById(id);
  element?.scrollIntoView?.({ block: 'center' });
  element?.focus();
}

/** Problems (or advice) from the API, each a link that takes the trainer to the field it is about. */
export function ProblemLinks({ problems }: { problems: FieldProblem[] }) {
  return (
    <ul className="authoring-problems">
      {problems.map((problem, index) => (
        <li key={`${problem.field}-${index}`}>
          <a href={`#${problem.field}`} onClick={(event) => focusField(event, problem.field)}>
            {problem.message}
          </a>
        </li>
      ))}
    </ul>
  );
}
