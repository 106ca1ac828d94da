import { useTranslation } from 'react-i18next';

export interface PathStep {
  label: string;
  done: boolean;
}

/** Progress as a path of stars, one per step, with the same in words for everyone who does not see the stars. */
export function StepPath({ steps, label }: { steps: PathStep[]; label: string }) {
  const { t } = useTranslation('children');
  const done = steps.filter((step) => step.done).length;
  return (
    <div className="step-path">
      <p className="step-path__summary">{t('path.summary', { count: done, total: steps.length })}</p>
      <ol className="step-path__steps" aria-label={label}>
        {steps.map((step, index) => (
          <li key={index} className={step.done ? 'step-path__step step-path__step--done' : 'step-path__step'}>
            <span className="step-path__mark" aria-hidden="true">
              {step.done ? '★' : index + 1}
            </span>
            <span className="step-path__label">
              {step.label}
              <span className="visually-hidden"> — {step.done ? t('path.done') : t('path.toDo')}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
