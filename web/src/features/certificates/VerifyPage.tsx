import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { useSession } from '../auth/useSession';
import { CredentialFileCheck } from './CredentialFileCheck';
import { RevokeForm } from './RevokeForm';
import { formatDate } from './format-date';

/** Public: anyone checks a certificate by its code, or drops a downloaded credential file. */
export function VerifyPage() {
  const { t } = useTranslation('certificates');
  const { code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  const lookUp = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) navigate(`/verify/${encodeURIComponent(typed.trim())}`);
  };
  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.intro')}</p>
      <form onSubmit={lookUp} className="filters" role="search" aria-label={t('verify.byCode')}>
        <div className="field">
          <label htmlFor="verify-code">{t('verify.codeLabel')}</label>
          <input id="verify-code" value={typed} onChange={(e) => setTyped(e.target.value)} autoCapitalize="characters" placeholder="XXXX-XXXX-XXXX" />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('verify.check')}
          </button>
        </div>
      </form>
      {code && <CodeVerification key={code} code={code} />}
      <CredentialFileCheck />
    </>
  );
}

function CodeVerification({ code }: { code: string }) {
  const { t } = useTranslation('certificates');
  const lang = useLanguage();
  const { user } = useSession();
  const { state, reload } = useApi((signal) => api.GET('/api/certificates/verify/{code}', { params: { path: { code }, query: { lang } }, signal }), [code, lang]);
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const c = state.data;
  const ok = c.status === 'valid' && c.signatureValid;
  return (
    <>
      <section className={`card verification verification--${ok ? 'valid' : 'invalid'}`} aria-labelledby="verification-title">
        <h2 id="verification-title">{t(`verify.verdict.${c.signatureValid ? c.status : 'badSignature'}`)}</h2>
        <dl className="facts">
          <dt>{t('verify.holder')}</dt>
          <dd>{c.holderName}</dd>
          <dt>{t('verify.achievement')}</dt>
          <dd>{c.kind === 'programme' ? `${c.moduleTitle} (${t('programme')})` : `${c.moduleTitle} (${t('version', { version: c.version })})`}</dd>
          {c.programmeModules && (
            <>
              <dt>{t('verify.programmeModules')}</dt>
              <dd>{c.programmeModules.join(' · ')}</dd>
            </>
          )}
          <dt>{t('verify.competencies')}</dt>
          <dd>{c.competencies.map((k) => `${k.code} — ${k.title}`).join(' ; ')}</dd>
          <dt>{t('verify.issuedOn')}</dt>
          <dd>{formatDate(c.issuedAt, lang)}</dd>
          {c.expiresAt && (
            <>
              <dt>{t('verify.expiresOn')}</dt>
              <dd>{formatDate(c.expiresAt, lang)}</dd>
            </>
          )}
          <dt>{t('verify.issuer')}</dt>
          <dd>
            {c.issuer.name} <span className="did">{c.issuer.id}</span>
          </dd>
          <dt>{t('code')}</dt>
          <dd className="verification-code">{c.code}</dd>
          {c.revokedAt && (
            <>
              <dt>{t('verify.revokedOn')}</dt>
              <dd>
                {formatDate(c.revokedAt, lang)} — {c.revokedReason}
              </dd>
            </>
          )}
          <dt>{t('verify.signature')}</dt>
          <dd>{c.signatureValid ? t('verify.signatureValid') : t('verify.signatureInvalid')}</dd>
        </dl>
      </section>
      {user?.platformRole === 'admin' && !c.revokedAt && <RevokeForm code={c.code} onRevoked={reload} />}
    </>
  );
}
