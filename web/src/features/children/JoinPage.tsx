import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage, type Schemas } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { useApplyUser } from '../auth/useApplyUser';
import { parseClassCode } from './class-code';
import './children.css';
import { secretForApi } from './pictures';
import { SecretGrid } from './SecretGrid';
import { SecretKindChoice } from './SecretKindChoice';
import { useSecret } from './useSecret';
import { StepHeading } from './StepHeading';
import { usePictures } from './usePictures';

const AGE_BANDS = ['10-12', '13-15', '16-17'] as const;
type AgeBand = (typeof AGE_BANDS)[number];
type Step = 'details' | 'secret' | 'confirm' | 'done';
const STEPS: Step[] = ['details', 'secret', 'confirm', 'done'];

/** A child joins their group: class code and nickname, then a PIN or pictures chosen twice, then their username. */
export function JoinPage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const navigate = useNavigate();
  const applyUser = useApplyUser();
  const { state: pictures, reload } = usePictures();
  const [step, setStep] = useState<Step>('details');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [ageBand, setAgeBand] = useState<AgeBand | ''>('');
  const { kind, secret, setSecret, chooseKind } = useSecret();
  const [again, setAgain] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ field?: 'code' | 'name'; message: string }>();
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<Schemas['JoinedDto']>();

  if (pictures.status !== 'ok') return <LoadState state={pictures} onRetry={reload} />;
  const { secretLength } = pictures.data;

  const go = (next: Step) => {
    setProblem(undefined);
    setStep(next);
  };

  const checkDetails = (event: FormEvent) => {
    event.preventDefault();
    if (!parseClassCode(code)) return setProblem({ field: 'code', message: t('join.codeFormat') });
    if (name.trim() === '') return setProblem({ field: 'name', message: t('join.nameMissing') });
    go('secret');
  };

  const join = async () => {
    if (again.join('-') !== secret.join('-')) {
      setSecret([]);
      setAgain([]);
      setStep('secret');
      setProblem({ message: t('join.mismatch') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const body = { classCode: code, displayName: name.trim(), ...(ageBand && { ageBand }), secretKind: kind, secret: secretForApi(kind, secret), language: lang };
    const outcome = await api.POST('/api/children/join', { ...inLanguage(lang), body }).catch(() => undefined);
    setBusy(false);
    if (outcome?.data) {
      setJoined(outcome.data);
      return go('done');
    }
    const status = outcome?.response.status;
    setAgain([]);
    if (status === 404 || status === 410) {
      setStep('details');
      return setProblem({ field: 'code', message: status === 404 ? t('join.codeUnknown') : t('join.codeExpired') });
    }
    setProblem({ message: status === undefined ? t('errors.offline') : (errorMessage(outcome?.error) ?? t('errors.failed')) });
  };

  const finish = () => {
    if (!joined) return;
    applyUser(joined.me);
    navigate('/', { replace: true });
  };

  const alert = problem && !problem.field && (
    <p role="alert" className="notice notice--error">
      {problem.message}
    </p>
  );

  return (
    <div className="child-page child-entry">
      <h1>{t('join.title')}</h1>
      <p className="child-step__count">{t('join.stepCount', { step: STEPS.indexOf(step) + 1, total: STEPS.length })}</p>
      {step === 'details' && (
        <form noValidate onSubmit={checkDetails} className="child-step">
          <StepHeading step={step}>{t('join.detailsTitle')}</StepHeading>
          <div className={problem?.field === 'code' ? 'field field--invalid' : 'field'}>
            <label htmlFor="join-code">{t('join.code')}</label>
            <p id="join-code-hint" className="field__hint">
              {t('join.codeHint')}
            </p>
            {problem?.field === 'code' && (
              <p id="join-code-error" role="alert" className="field__error">
                {problem.message}
              </p>
            )}
            <input
              id="join-code"
              className="child-code-input"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              aria-invalid={problem?.field === 'code' || undefined}
              aria-describedby={problem?.field === 'code' ? 'join-code-hint join-code-error' : 'join-code-hint'}
            />
          </div>
          <div className={problem?.field === 'name' ? 'field field--invalid' : 'field'}>
            <label htmlFor="join-name">{t('join.name')}</label>
            <p id="join-name-hint" className="field__hint">
              {t('join.nameHint')}
            </p>
            {problem?.field === 'name' && (
              <p id="join-name-error" role="alert" className="field__error">
                {problem.message}
              </p>
            )}
            <input
              id="join-name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              autoComplete="nickname"
              maxLength={40}
              aria-invalid={problem?.field === 'name' || undefined}
              aria-describedby={problem?.field === 'name' ? 'join-name-hint join-name-error' : 'join-name-hint'}
            />
          </div>
          <fieldset className="child-choices">
            <legend>{t('join.ageBand')}</legend>
            {(['', ...AGE_BANDS] as const).map((band) => (
              <label key={band || 'none'} className="choice">
                <input type="radio" name="join-age" checked={ageBand === band} onChange={() => setAgeBand(band)} />
                <span className="choice__text">{band ? t('join.ageBandValue', { band: band.replace('-', '–') }) : t('join.ageBandNone')}</span>
              </label>
            ))}
          </fieldset>
          {alert}
          <p>
            <button type="submit" className="button child-button">
              {t('join.next')}
            </button>
          </p>
        </form>
      )}
      {step === 'secret' && (
        <div className="child-step">
          <StepHeading step={step}>{t('join.secretTitle')}</StepHeading>
          <p>{t('join.secretIntro')}</p>
          {alert}
          <SecretKindChoice name="join-kind" legend={t('join.kind')} value={kind} onChange={chooseKind} />
          <SecretGrid
            kind={kind}
            pictures={pictures.data.pictures}
            length={secretLength}
            value={secret}
            onChange={setSecret}
            legend={kind === 'pin' ? t('join.choosePin') : t('join.choosePictures')}
            revealable
          />
          <p className="actions">
            <button type="button" className="button button--secondary" onClick={() => go('details')}>
              {t('join.back')}
            </button>
            <button type="button" className="button child-button" disabled={secret.length < secretLength} onClick={() => go('confirm')}>
              {t('join.next')}
            </button>
          </p>
        </div>
      )}
      {step === 'confirm' && (
        <div className="child-step">
          <StepHeading step={step}>{t('join.confirmTitle')}</StepHeading>
          <p>{t('join.confirmIntro')}</p>
          {alert}
          <SecretGrid
            kind={kind}
            pictures={pictures.data.pictures}
            length={secretLength}
            value={again}
            onChange={setAgain}
            legend={kind === 'pin' ? t('join.againPin') : t('join.againPictures')}
            revealable
          />
          <p className="actions">
            <button type="button" className="button button--secondary" onClick={() => go('secret')}>
              {t('join.back')}
            </button>
            <button type="button" className="button child-button" disabled={again.length < secretLength || busy} onClick={() => void join()}>
              {busy ? t('join.joining') : t('join.submit')}
            </button>
          </p>
        </div>
      )}
      {step === 'done' && joined && (
        <div className="child-step">
          <StepHeading step={step}>{t('join.doneTitle', { name: joined.me.displayName })}</StepHeading>
          <p>{t('join.usernameIntro')}</p>
          <p className="child-username">
            <span className="visually-hidden">{t('join.usernameLabel')} </span>
            {joined.username}
          </p>
          <p className="notice notice--warning">{t('join.writeItDown')}</p>
          <p>
            <button type="button" className="button child-button" onClick={finish}>
              {t('join.continue')}
            </button>
          </p>
        </div>
      )}
      {step === 'details' && (
        <p>
          {t('join.haveAccount')} <Link to="/child-login">{t('join.toLogin')}</Link>
        </p>
      )}
    </div>
  );
}
