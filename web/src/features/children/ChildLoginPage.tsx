import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { useApplyUser } from '../auth/useApplyUser';
import './children.css';
import { secretForApi } from './pictures';
import { SecretGrid } from './SecretGrid';
import { SecretKindChoice } from './SecretKindChoice';
import { useSecret } from './useSecret';
import { usePictures } from './usePictures';
import { WaitingOnDevice } from '../offline/WaitingOnDevice';

/** A child logs in again with the username they were given and their PIN or pictures. */
export function ChildLoginPage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const navigate = useNavigate();
  const applyUser = useApplyUser();
  const { state: pictures, reload } = usePictures();
  const [username, setUsername] = useState('');
  const { kind, secret, setSecret, chooseKind } = useSecret();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (pictures.status !== 'ok') return <LoadState state={pictures} onRetry={reload} />;
  const { secretLength } = pictures.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (username.trim() === '') return setProblem(t('login.usernameMissing'));
    if (secret.length < secretLength) return setProblem(kind === 'pin' ? t('login.pinMissing') : t('login.picturesMissing'));
    setBusy(true);
    setProblem(undefined);
    const outcome = await api
      .POST('/api/children/login', { ...inLanguage(lang), body: { username: username.trim().toLowerCase(), secret: secretForApi(kind, secret) } })
      .catch(() => undefined);
    setBusy(false);
    if (outcome?.data) {
      applyUser(outcome.data);
      navigate('/', { replace: true });
      return;
    }
    setSecret([]);
    const status = outcome?.response.status;
    setProblem(
      status === undefined
        ? t('errors.offline')
        : status === 401
          ? t('login.wrong')
          : status === 423
            ? t('login.locked')
            : (errorMessage(outcome?.error) ?? t('errors.failed')),
    );
  };

  return (
    <div className="child-page child-entry">
      <h1>{t('login.title')}</h1>
      <WaitingOnDevice child />
      <form noValidate onSubmit={(event) => void submit(event)} className="child-step">
        <div className="field">
          <label htmlFor="child-username">{t('login.username')}</label>
          <p id="child-username-hint" className="field__hint">
            {t('login.usernameHint')}
          </p>
          <input
            id="child-username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={60}
            aria-describedby="child-username-hint"
          />
        </div>
        <SecretKindChoice name="login-kind" legend={t('login.kind')} value={kind} onChange={chooseKind} />
        <SecretGrid
          kind={kind}
          pictures={pictures.data.pictures}
          length={secretLength}
          value={secret}
          onChange={setSecret}
          legend={kind === 'pin' ? t('login.pin') : t('login.pictures')}
          revealable={false}
        />
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
        <p>
          <button type="submit" className="button child-button" disabled={busy}>
            {t('login.submit')}
          </button>
        </p>
      </form>
      <p>
        {t('login.noAccount')} <Link to="/join">{t('login.toJoin')}</Link>
      </p>
    </div>
  );
}
