import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIGITS, PICTURE_EMOJI, type SecretKind } from './pictures';

interface Props {
  kind: SecretKind;
  /** The picture ids the API lists (only for pictures). */
  pictures: readonly string[];
  length: number;
  value: string[];
  onChange: (value: string[]) => void;
  legend: string;
  /** Offer a button that shows what was picked (while choosing a secret); hidden by default, and always while logging in. */
  revealable: boolean;
}

/** A big grid of digits or pictures; each press adds one, up to `length`. Every button has a text name. */
export function SecretGrid({ kind, pictures, length, value, onChange, legend, revealable }: Props) {
  const { t } = useTranslation('children');
  const [shown, setShown] = useState(false);
  const reveal = revealable && shown;
  const countId = useId();
  const choices = kind === 'pin' ? DIGITS : pictures;
  const full = value.length >= length;
  const nameOf = (choice: string) => (kind === 'pin' ? choice : t(`pictures.${choice}`, { defaultValue: choice }));
  return (
    <fieldset className="secret-grid">
      <legend>{legend}</legend>
      <div className="secret-grid__slots" aria-hidden="true">
        {Array.from({ length }, (_, index) => (
          <span key={index} className={index < value.length ? 'secret-grid__slot secret-grid__slot--filled' : 'secret-grid__slot'}>
            {index < value.length ? (reveal ? (kind === 'pin' ? value[index] : PICTURE_EMOJI[value[index]]) : '●') : ''}
          </span>
        ))}
      </div>
      <p id={countId} className="secret-grid__count" role="status">
        {reveal && value.length > 0
          ? t('secret.chosenList', { count: value.length, total: length, list: value.map(nameOf).join(', ') })
          : t('secret.chosen', { count: value.length, total: length })}
      </p>
      <div className={kind === 'pin' ? 'secret-grid__keys secret-grid__keys--digits' : 'secret-grid__keys'}>
        {choices.map((choice) => (
          <button key={choice} type="button" className="secret-grid__key" disabled={full} onClick={() => onChange([...value, choice])}>
            {kind === 'pictures' && (
              <span className="secret-grid__emoji" aria-hidden="true">
                {PICTURE_EMOJI[choice] ?? '❓'}
              </span>
            )}
            <span className={kind === 'pin' ? 'secret-grid__digit' : 'secret-grid__label'}>{nameOf(choice)}</span>
          </button>
        ))}
      </div>
      <p className="secret-grid__actions">
        {revealable && (
          <button type="button" className="button button--secondary" aria-controls={countId} onClick={() => setShown(!shown)}>
            {shown ? t('secret.hide') : t('secret.show')}
          </button>
        )}
        <button type="button" className="button button--secondary" disabled={value.length === 0} onClick={() => onChange(value.slice(0, -1))}>
          {t('secret.eraseLast')}
        </button>
        <button type="button" className="button button--secondary" disabled={value.length === 0} onClick={() => onChange([])}>
          {t('secret.clear')}
        </button>
      </p>
    </fieldset>
  );
}
