import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import './auth.css';

/**
 * Development only: the messages Clef's in-process SMTP server caught (no SMTP_URL), with their links, so a demo
 * can follow a confirmation or reset link. The API route does not exist in production; this page then says so.
 */
export function DevMailPage() {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const { state, reload } = useApi((signal) => api.GET('/api/dev/mail', { signal }), []);
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });

  return (
    <div className="dev-mail">
      <h1>{t('devMail.title')}</h1>
      {state.status === 'error' && state.httpStatus === 404 ? (
        <p>{t('devMail.unavailable')}</p>
      ) : (
        <>
          <p>{t('devMail.intro')}</p>
          <p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('devMail.reload')}
            </button>
          </p>
          {state.status !== 'ok' ? (
            <LoadState state={state} onRetry={reload} />
          ) : state.data.length === 0 ? (
            <p>{t('devMail.empty')}</p>
          ) : (
            <ul className="module-list">
              {state.data.map((message) => (
                <li key={message.id} className="card">
                  <h2 className="module-card__title">{message.subject}</h2>
                  <p className="module-card__meta">
                    <span>{t('devMail.to', { to: message.to.join(', ') })}</span>
                    <span>{t('devMail.received', { date: dateTime.format(new Date(message.receivedAt)) })}</span>
                  </p>
                  <pre className="dev-mail__text">{message.text}</pre>
                  {message.links.length > 0 && (
                    <>
                      <h3>{t('devMail.links')}</h3>
                      <ul>
                        {message.links.map((link) => (
                          <li key={link}>
                            <a href={link} className="dev-mail__link">
                              {link}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
