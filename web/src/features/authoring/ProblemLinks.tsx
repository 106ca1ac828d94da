import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nearestFieldId } from './field-ids';
import { useFieldLabels } from './field-labels';
import type { FieldProblem } from './types';

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const id = nearestFieldId(field);
  if (!id) return;
  event.preventDefault();
  const element = document.getElementById(id);
  element?.scrollIntoView?.({ block: 'center' });
  element?.focus();
}

/** Problems (or advice) from the API, each named with its place and a link that takes the trainer to its field. */
export function ProblemLinks({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation('authoring');
  const { placeLabel } = useFieldLabels();
  return (
    <ul className="authoring-problems">
      {problems.map((problem, index) => (
        <li key={`${problem.field}-${index}`}>
          <a href={`#${problem.field}`} onClick={(event) => focusField(event, problem.field)}>
            {t('versions.place.problem', { place: placeLabel(problem.field), message: problem.message })}
          </a>
        </li>
      ))}
    </ul>
  );
}
