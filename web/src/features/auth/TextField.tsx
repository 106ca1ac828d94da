import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy } from './described-by';
import { FieldError } from './FieldError';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** A control shown beside the input, such as a password's show/hide button. */
  action?: ReactNode;
}

/** A labelled input whose hint and error are read with it. */
export function TextField({ id, label, value, onChange, hint, error, action, ...input }: TextFieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      <div className="field__control">
        <input
          {...input}
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        {action}
      </div>
    </div>
  );
}
