import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { formatDate } from './format-date';

export function MyCertificatesPage() {
  const { t } = useTranslation('certificates');
  const lang = useLanguage();
  const [copied, setCopied] = useState<string>();
  const { state, reload } = useApi((signal) => api.GET('/api/me/certificates', { params: { query: { lang } }, signal }), [lang]);
  const copy = async (code: string, url: string) => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(code);
  };
  return (
    <>
      <h1>{t('mine.title')}</h1>
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('mine.empty')}</p>
      ) : (
        <ul className="module-list">
          {state.data.items.map((certificate) => (
            <li key={certificate.code} className="card">
              <h2 className="module-card__title">{certificate.moduleTitle}</h2>
              <p className="module-card__meta">
                {certificate.kind === 'programme' && <span className="badge">{t('programme')}</span>}
                <span>{t('issued', { date: formatDate(certificate.issuedAt, lang) })}</span>
                {certificate.expiresAt && <span>{t('validUntil', { date: formatDate(certificate.expiresAt, lang) })}</span>}
                <span className={`badge badge--${certificate.status}`}>{t(`status.${certificate.status}`)}</span>
              </p>
              <p>
                {t('code')} <strong className="verification-code">{certificate.code}</strong>
              </p>
              {certificate.status === 'revoked' && certificate.revokedReason && <p className="notice">{t('mine.revokedReason', { reason: certificate.revokedReason })}</p>}
              <p className="actions">
                {certificate.status !== 'revoked' && (
                  <>
                    <a className="button" href={`/api/certificates/${certificate.code}/pdf?lang=fr`} download>
                      {t('mine.pdfFr')}
                    </a>
                    <a className="button" href={`/api/certificates/${certificate.code}/pdf?lang=en`} download>
                      {t('mine.pdfEn')}
                    </a>
                  </>
                )}
                <a className="button button--secondary" href={`/api/certificates/${certificate.code}/credential`} download>
                  {t('mine.credential')}
                </a>
                <button type="button" className="button button--secondary" onClick={() => void copy(certificate.code, certificate.verificationUrl)}>
                  {t('mine.copyLink')}
                </button>
                <Link className="button button--secondary" to={`/verify/${certificate.code}`}>
                  {t('mine.openVerification')}
                </Link>
                {certificate.status === 'expired' && certificate.kind === 'module' && (
                  <Link className="button" to={`/modules/${certificate.moduleSlug}`}>
                    {t('mine.renew')}
                  </Link>
                )}
              </p>
              <p role="status">{copied === certificate.code ? t('mine.copied') : ''}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
