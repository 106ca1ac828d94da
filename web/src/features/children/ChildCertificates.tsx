import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { formatDate } from '../certificates/format-date';

/**
 * The child's certificates, in their words: the PDF to download and the page that proves it, nothing more (no
 * credential file, no code to manage). Shown only once there is one.
 */
export function ChildCertificates() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const { state } = useApi((signal) => api.GET('/api/me/certificates', { params: { query: { lang } }, signal }), [lang]);
  if (state.status !== 'ok' || state.data.items.length === 0) return null;
  return (
    <section aria-labelledby="child-certificates-title" className="child-certificates">
      <h2 id="child-certificates-title">{t('certificates.title')}</h2>
      <p>{t('certificates.intro')}</p>
      <ul className="child-modules">
        {state.data.items.map((certificate) => (
          <li key={certificate.code} className="card child-module">
            <h3>
              <span aria-hidden="true">🏅 </span>
              {certificate.moduleTitle}
            </h3>
            <p>{t('certificates.issued', { date: formatDate(certificate.issuedAt, lang) })}</p>
            {certificate.status === 'revoked' ? (
              <p className="notice">{t('certificates.revoked')}</p>
            ) : (
              <p className="actions">
                <a className="button child-button" href={`/api/certificates/${certificate.code}/pdf?lang=${lang}`} download>
                  {t('certificates.download')}
                  <span className="visually-hidden"> : {certificate.moduleTitle}</span>
                </a>
                <Link className="button button--secondary" to={`/verify/${certificate.code}`}>
                  {t('certificates.proof')}
                  <span className="visually-hidden"> : {certificate.moduleTitle}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
