import { useTranslation } from 'react-i18next';
import type { SecretKind } from './pictures';

/** PIN or pictures: the two kinds of secret a child can choose, on joining as on logging in. */
export function SecretKindChoice({ name, legend, value, onChange }: { name: string; legend: string; value: SecretKind; onChange: (kind: SecretKind) => void }) {
  const { t } = useTranslation('children');
  return (
    <fieldset className="child-choices child-choices--inline">
      <legend>{legend}</legend>
      {(['pin', 'pictures'] as const).map((choice) => (
        <label key={choice} className="choice">
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />
          <span className="choice__text">{t(`join.kind_${choice}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
