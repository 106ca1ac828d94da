import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../auth/FieldError';
import { fieldId, problemsAt } from './field-ids';
import { BOTH, type FieldProblem, type Localized } from './types';

/** The API's messages for `path`, shown under the field and read with it. */
export function FieldProblems({ path, problems, exact = true }: { path: string; problems: FieldProblem[]; exact?: boolean }) {
  const messages = problemsAt(problems, path, exact);
  if (messages.length === 0) return null;
  return <FieldError id={`${fieldId(path)}-error`} message={messages.join(' ')} />;
}

const describedBy = (path: string, problems: FieldProblem[]) => (problemsAt(problems, path, true).length ? `${fieldId(path)}-error` : undefined);

interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  path: string;
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  problems: FieldProblem[];
}

/** A labelled input for one draft field, its API problems shown under it. */
export function DraftInput({ path, label, value, onChange, problems, ...input }: InputProps) {
  const invalid = problemsAt(problems, path, true).length > 0;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={fieldId(path)}>{label}</label>
      <FieldProblems path={path} problems={problems} />
      <input {...input} id={fieldId(path)} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid || undefined} aria-describedby={describedBy(path, problems)} />
    </div>
  );
}

interface BilingualProps {
  path: string;
  label: string;
  value: Localized;
  onChange: (value: Localized) => void;
  problems: FieldProblem[];
  multiline?: boolean;
  rows?: number;
  /** Shown under each language's field, e.g. a preview. */
  below?: (language: 'fr' | 'en') => ReactNode;
}

/** One text in French and English, side by side (stacked on a phone). */
export function BilingualField({ path, label, value, onChange, problems, multiline = false, rows = 3, below }: BilingualProps) {
  const { t } = useTranslation('authoring');
  return (
    <fieldset className="bilingual-field">
      <legend>{label}</legend>
      <FieldProblems path={path} problems={problems} />
      <div className="bilingual">
        {BOTH.map((language) => {
          const sub = `${path}.${language}`;
          const invalid = problemsAt(problems, sub, true).length > 0;
          const props = {
            id: fieldId(sub),
            lang: language,
            value: value[language],
            'aria-invalid': invalid || undefined,
            'aria-describedby': describedBy(sub, problems),
          };
          return (
            <div key={language} className={invalid ? 'field field--invalid' : 'field'}>
              <label htmlFor={fieldId(sub)}>{t(`language.${language}`)}</label>
              <FieldProblems path={sub} problems={problems} />
              {multiline ? (
                <textarea {...props} rows={rows} onChange={(event) => onChange({ ...value, [language]: event.target.value })} />
              ) : (
                <input {...props} onChange={(event) => onChange({ ...value, [language]: event.target.value })} />
              )}
              {below?.(language)}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
